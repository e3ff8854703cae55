// title: Văn bản còn hiệu lực của một cơ quan
// description: Các văn bản do một cơ quan ban hành còn hiệu lực vào một ngày (mặc định: hôm nay): đã có hiệu lực, chưa bị thay thế, bãi bỏ hay tạm ngừng toàn bộ, chưa hết thời hạn thực hiện; kèm các văn bản đã sửa đổi, bổ sung chúng.
// params: issuer, as_of?, limit?
// left_out: MATCH (d:Document) WHERE d.issuer_key IN $issuer_keys AND d.status = 'cited' RETURN count(d) AS n
// left_out_says: văn bản của cơ quan này chỉ biết qua trích dẫn (chưa rõ hiệu lực) không được liệt kê
// (a document known only from citations is in force only as far as anyone knows: it is left out, and counted)
MATCH (d:Document)
WHERE d.issuer_key IN $issuer_keys AND d.status = 'loaded' AND coalesce(d.effective_from, d.date, '') <= $as_of
  AND (d.period_to IS NULL OR d.period_to >= $as_of)
OPTIONAL MATCH (x:Document)-[e:REPLACES|REPEALS|SUSPENDS]->(d)
WHERE coalesce(e.partial, false) = false AND coalesce(x.effective_from, x.date, '') <= $as_of
WITH d, count(x) AS ended
WHERE ended = 0
OPTIONAL MATCH (y:Document)-[:AMENDS|REPLACES|REPEALS|SUSPENDS]->(d)
WHERE coalesce(y.effective_from, y.date, '') <= $as_of
WITH d, [n IN collect(y.number) WHERE n IS NOT NULL] AS amended_by
ORDER BY d.date DESC
LIMIT $limit
RETURN {key: d.key, number: d.number, type: d.type, issuer: d.issuer, date: d.date, title: d.title} AS document,
       coalesce(d.effective_from, d.date) AS in_force_from, d.period_to AS until, amended_by AS amended_by
