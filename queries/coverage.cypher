// title: Độ bao phủ theo đơn vị hành chính
// description: For a document, the bodies it assigned work to and whether each has issued an implementing document.
// params: document, level?
MATCH (d:Document)-[:ASSIGNS]->(b:Body)
WHERE d.key IN $keys
OPTIONAL MATCH (x:Document)-[:ISSUED_BY]->(b)
OPTIONAL MATCH (x)-[:IMPLEMENTS|CITES]->(d)
WITH d, b, collect(x.number) AS answers
RETURN d AS document, b AS body, size(answers) > 0 AS covered, answers
ORDER BY covered, b.name
