// title: Độ bao phủ theo đơn vị hành chính
// description: Với một văn bản và một cấp (tỉnh, huyện, xã): các đơn vị thuộc đơn vị của cơ quan ban hành, mỗi đơn vị kèm các văn bản ban hành ở đó thực hiện văn bản này.
// params: document, level
MATCH (d:Document)-[:ISSUED_BY]->(:Body)-[:IN]->(u:AdminUnit)
WHERE d.key IN $keys
OPTIONAL MATCH p = (x:Document)-[:IMPLEMENTS|CITES*1..4]->(d)
WHERE all(r IN relationships(p) WHERE type(r) = 'IMPLEMENTS' OR r.basis = true)
OPTIONAL MATCH (x)-[:ISSUED_BY]->(:Body)-[:IN]->(xu:AdminUnit)
WITH d, u, collect(DISTINCT {unit: xu.key, above: xu.ancestors, number: x.number}) AS answers
MATCH (m:AdminUnit)
WHERE m.level = $level AND u.key IN m.ancestors
WITH d, m, [a IN answers WHERE a.unit = m.key OR m.key IN a.above | a.number] AS documents
RETURN {key: d.key, number: d.number, type: d.type, issuer: d.issuer, date: d.date} AS document, m.name AS unit, m.kind AS kind, size(documents) > 0 AS covered, documents
ORDER BY covered DESC, unit
