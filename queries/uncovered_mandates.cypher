// title: Nhiệm vụ chưa được thực hiện
// description: Nhiệm vụ yêu cầu một cơ quan ban hành kế hoạch riêng mà cơ quan đó chưa ban hành văn bản nào thực hiện văn bản giao việc; một nhóm ("UBND các phường") được xét từng đơn vị.
// params: document?, province?, limit?
MATCH (d:Document)-[a:ASSIGNS]->(b:Body)
WHERE a.requires_plan = true AND a.members = 0 AND a.answered = false
  AND ($keys IS NULL OR d.key IN $keys)
  AND ($province IS NULL OR d.province = $province)
WITH d, a, b LIMIT $limit
RETURN {key: d.key, number: d.number, type: d.type, issuer: d.issuer, date: d.date, title: d.title} AS document,
       {key: b.key, name: b.name, unit: b.unit} AS body, a.group AS group, a.tasks AS tasks,
       a.deadline AS deadline, a.recurrence AS recurrence, a.report_to AS report_to,
       a.guessed AS guessed
