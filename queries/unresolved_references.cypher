// title: Trích dẫn chưa giải quyết
// description: Các trích dẫn mà văn bản được trích chỉ biết qua trích dẫn, chưa xác định được hoặc bị gắn cờ.
// params: limit?
MATCH (d:Document)-[r:IMPLEMENTS|CITES|PROMULGATES]->(t:Document)
WHERE t.status = 'cited' OR size(t.flags) > 0
RETURN {key: d.key, number: d.number, type: d.type, issuer: d.issuer, date: d.date} AS document, {key: t.key, number: t.number, type: t.type, issuer: t.issuer, date: t.date} AS target, type(r) AS relation, t.status AS status, t.flags AS flags
ORDER BY t.number
LIMIT $limit
