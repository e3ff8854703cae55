// title: Được trích dẫn bởi
// description: Documents that cite the given document, with the relation and the quoted sentence.
// params: document, limit?
MATCH (d:Document)-[r:IMPLEMENTS|CITES|PROMULGATES]->(t:Document)
WHERE t.key IN $keys
RETURN {key: t.key, number: t.number, type: t.type, issuer: t.issuer, date: t.date} AS target, {key: d.key, number: d.number, type: d.type, issuer: d.issuer, date: d.date} AS document, type(r) AS relation, r.basis AS basis, r.quote AS quote
ORDER BY d.date
LIMIT $limit
