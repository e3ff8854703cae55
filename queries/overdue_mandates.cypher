// title: Nhiệm vụ quá hạn chưa có văn bản thực hiện
// description: Nhiệm vụ có thời hạn đã qua vào một ngày (mặc định: hôm nay) mà cơ quan được giao chưa ban hành văn bản nào (đến ngày đó) thực hiện hay trích dẫn văn bản giao việc; một nhóm ("UBND các xã") được xét từng đơn vị.
// params: document?, body?, as_of?, limit?
// empty: MATCH (d:Document) WHERE d.due_day > 0 AND ($keys IS NULL OR d.key IN $keys) RETURN count(d) AS dated, sum(CASE WHEN d.due_day < $as_of_day THEN 1 ELSE 0 END) AS due
// empty_says: Không có nhiệm vụ quá hạn tính đến ngày {as_of}: {dated} văn bản giao nhiệm vụ có thời hạn ghi rõ ngày, {due} văn bản có thời hạn đã qua (các cơ quan được giao đã có văn bản thực hiện); nhiệm vụ không ghi ngày (thường xuyên, hằng năm) không được xét
MATCH (d:Document)
WHERE d.due_day < $as_of_day AND ($keys IS NULL OR d.key IN $keys)
MATCH (d)-[a:ASSIGNS]->(b:Body)
WHERE a.deadline < $as_of AND a.members = 0 AND ($body_keys IS NULL OR b.key IN $body_keys)
// answered by then? (a projection, not an aggregate: the scan stops once it has its rows)
WITH d, a, b, CASE WHEN a.answered THEN [(b)<-[:ISSUED_BY]-(x:Document)-[:IMPLEMENTS|CITES]->(d)
                                         WHERE coalesce(x.date, '') <= $as_of | x.key] ELSE [] END AS answers
WHERE size(answers) = 0
WITH d, a, b LIMIT $limit
RETURN {key: d.key, number: d.number, type: d.type, issuer: d.issuer, date: d.date, title: d.title} AS document,
       {key: b.key, name: b.name, unit: b.unit} AS body, a.deadline AS deadline, a.recurrence AS recurrence,
       a.report_to AS report_to, a.tasks AS tasks,
       a.guessed AS guessed
ORDER BY deadline, document.key, body.key
