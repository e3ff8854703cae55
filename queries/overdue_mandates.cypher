// title: Nhiệm vụ quá hạn chưa có văn bản thực hiện
// description: Nhiệm vụ có thời hạn đã qua vào ngày as_of (mặc định: hôm nay) mà cơ quan được giao chưa ban hành văn bản nào (đến ngày đó) thực hiện hay trích dẫn văn bản giao việc; một nhóm ("UBND các xã") được xét từng đơn vị.
// params: document?, body?, as_of?, limit?
MATCH (d:Document)-[a:ASSIGNS]->(b:Body)
WHERE a.deadline < $as_of AND a.members = 0
  AND ($keys IS NULL OR d.key IN $keys) AND ($body_keys IS NULL OR b.key IN $body_keys)
OPTIONAL MATCH (b)<-[:ISSUED_BY]-(x:Document)-[:IMPLEMENTS|CITES]->(d)
WHERE a.answered = true AND coalesce(x.date, '') <= $as_of
WITH d, a, b, count(x) AS answers
WHERE answers = 0
WITH d, a, b ORDER BY a.deadline, d.key, b.key
LIMIT $limit
RETURN {key: d.key, number: d.number, type: d.type, issuer: d.issuer, date: d.date} AS document,
       {key: b.key, name: b.name, unit: b.unit} AS body, a.deadline AS deadline, a.recurrence AS recurrence,
       a.report_to AS report_to, a.tasks AS tasks
