// title: Được trích dẫn bởi
// description: Các văn bản trích dẫn văn bản đã cho, kèm quan hệ và câu trích.
// params: document, limit?
MATCH (d:Document)-[r:IMPLEMENTS|CITES|PROMULGATES]->(t:Document)
WHERE t.key IN $keys
// a national decree has thousands of citers: order and cut them before building the rows
WITH d, r, t
ORDER BY d.date
LIMIT $limit
RETURN {key: t.key, number: t.number, type: t.type, issuer: t.issuer, date: t.date} AS target, {key: d.key, number: d.number, type: d.type, issuer: d.issuer, date: d.date} AS document, type(r) AS relation, r.basis AS basis, r.quote AS quote
ORDER BY document.date
