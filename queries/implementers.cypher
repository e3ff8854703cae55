// title: Văn bản thực hiện
// description: Documents that implement the given document, directly or through a chain of IMPLEMENTS and basis CITES, with the chain.
// params: document, limit?
MATCH p = (d:Document)-[:IMPLEMENTS|CITES*1..6]->(t:Document)
WHERE t.key IN $keys AND all(r IN relationships(p) WHERE type(r) = 'IMPLEMENTS' OR r.basis = true)
RETURN {key: t.key, number: t.number, type: t.type, issuer: t.issuer, date: t.date} AS target, {key: d.key, number: d.number, type: d.type, issuer: d.issuer, date: d.date} AS document, [n IN nodes(p) | n.number] AS chain, length(p) AS hops
ORDER BY hops, d.date
LIMIT $limit
