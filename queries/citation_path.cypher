// title: Đường trích dẫn
// description: Những chuỗi trích dẫn ngắn nhất giữa hai văn bản.
// params: source, target, limit?
MATCH (s:Document), (t:Document)
WHERE s.key IN $source_keys AND t.key IN $target_keys
WITH s, t
MATCH p = (s)-[:IMPLEMENTS|CITES|PROMULGATES*1..8]->(t)
RETURN {key: s.key, number: s.number, type: s.type, issuer: s.issuer, date: s.date} AS source, {key: t.key, number: t.number, type: t.type, issuer: t.issuer, date: t.date} AS target, [n IN nodes(p) | n.number] AS chain, length(p) AS hops
ORDER BY hops
LIMIT $limit
