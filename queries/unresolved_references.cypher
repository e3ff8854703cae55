// title: Trích dẫn chưa giải quyết
// description: Citations whose target is known only from citations, or is ambiguous or flagged.
// params:
MATCH (d:Document)-[r:IMPLEMENTS|CITES|PROMULGATES]->(t:Document)
WHERE t.status = 'cited' OR size(t.flags) > 0
RETURN d AS document, t AS target, type(r) AS relation, t.status AS status, t.flags AS flags
ORDER BY t.number
LIMIT 1000
