// title: Cơ sở pháp lý
// description: Những gì văn bản đã cho dựa vào: các văn bản nó thực hiện hoặc lấy làm căn cứ, lần ngược lên tới gốc.
// params: document, limit?
MATCH p = (t:Document)-[:IMPLEMENTS|CITES*1..6]->(b:Document)
WHERE t.key IN $keys AND all(r IN relationships(p) WHERE type(r) = 'IMPLEMENTS' OR r.basis = true)
RETURN {key: t.key, number: t.number, type: t.type, issuer: t.issuer, date: t.date} AS target, {key: b.key, number: b.number, type: b.type, issuer: b.issuer, date: b.date} AS basis, [n IN nodes(p) | n.number] AS chain, length(p) AS hops
ORDER BY hops
LIMIT $limit
