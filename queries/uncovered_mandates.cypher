// title: Nhiệm vụ chưa được thực hiện
// description: Assignments that asked a body to issue its own plan where nothing issued by that body implements the assigning document; a group ("UBND các phường") is answered ward by ward.
// params: document?, province?
MATCH (d:Document)-[a:ASSIGNS]->(b:Body)
WHERE a.requires_plan = true AND a.members = 0
  AND ($keys IS NULL OR d.key IN $keys)
  AND ($province IS NULL OR d.province = $province)
OPTIONAL MATCH (x:Document)-[:ISSUED_BY]->(b)
OPTIONAL MATCH (x)-[:IMPLEMENTS|CITES]->(d)
WITH d, a, b, count(x) AS answers
WHERE answers = 0
RETURN {key: d.key, number: d.number, type: d.type, issuer: d.issuer, date: d.date} AS document, {key: b.key, name: b.name, unit: b.unit} AS body, a.group AS group, a.tasks AS tasks
ORDER BY d.date, b.name
LIMIT 1000
