// title: Văn bản thực hiện
// description: Các văn bản thực hiện văn bản đã cho, trực tiếp hay qua một chuỗi văn bản thực hiện hoặc lấy làm căn cứ, kèm chuỗi đó.
// params: document, limit?
MATCH p = (d:Document)-[:IMPLEMENTS|CITES*1..6]->(t:Document)
WHERE t.key IN $keys AND all(r IN relationships(p) WHERE type(r) = 'IMPLEMENTS' OR r.basis = true)
RETURN {key: t.key, number: t.number, type: t.type, issuer: t.issuer, date: t.date} AS target, {key: d.key, number: d.number, type: d.type, issuer: d.issuer, date: d.date, title: d.title} AS document, [n IN nodes(p) | n.number] AS chain, length(p) AS hops
ORDER BY hops, d.date
LIMIT $limit
