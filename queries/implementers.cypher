// title: Văn bản thực hiện
// description: Documents that implement the given document, directly or through a chain of IMPLEMENTS and basis CITES, with the chain.
// params: document
MATCH p = (d:Document)-[:IMPLEMENTS|CITES*1..6]->(t:Document)
WHERE t.key IN $keys AND all(r IN relationships(p) WHERE type(r) = 'IMPLEMENTS' OR r.basis = true)
RETURN t AS target, d AS document, [n IN nodes(p) | n.number] AS chain, length(p) AS hops
ORDER BY hops, d.date
LIMIT 500
