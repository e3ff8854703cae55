// title: Văn bản có căn cứ đã hết hiệu lực
// description: Văn bản còn thực hiện (vào một ngày, mặc định: hôm nay) mà văn bản nó căn cứ hay thực hiện đã bị thay thế, bãi bỏ hoặc đã hết thời hạn, kèm văn bản thay thế khi đồ thị biết: những văn bản cần được rà soát, sửa đổi.
// params: document?, as_of?, limit?
// (start_day and until_day are indexed numbers: the documents in force on a date are one index scan; no
// aggregate stands before a LIMIT, so each part stops once it has its rows)
MATCH (x:Document)-[e:REPLACES|REPEALS]->(b:Document)
WHERE x.start_day <= $as_of_day AND coalesce(e.partial, false) = false
MATCH (p:Document)-[r:IMPLEMENTS|CITES]->(b)
WHERE p.until_day >= $as_of_day AND p.start_day <= $as_of_day AND (type(r) = 'IMPLEMENTS' OR r.basis = true)
  AND p.status = 'loaded' AND ($keys IS NULL OR p.key IN $keys)
WITH DISTINCT p, b, type(r) AS rel
LIMIT $limit
WITH p, b, rel, [(y:Document)-[f:REPLACES|REPEALS]->(b) WHERE coalesce(f.partial, false) = false
     AND y.start_day <= $as_of_day | {key: y.key, number: y.number, type: y.type, issuer: y.issuer, date: y.date,
     effect: toLower(type(f))}] AS by
RETURN {key: p.key, number: p.number, type: p.type, issuer: p.issuer, date: p.date} AS document,
       {key: b.key, number: b.number, type: b.type, issuer: b.issuer, date: b.date} AS basis,
       CASE WHEN rel = 'IMPLEMENTS' THEN 'implements' ELSE 'basis' END AS relation,
       CASE WHEN any(y IN by WHERE y.effect = 'replaces') THEN 'replaced' ELSE 'repealed' END AS basis_status,
       [y IN by | {key: y.key, number: y.number, type: y.type, issuer: y.issuer, date: y.date}] AS replaced_by
UNION ALL
MATCH (p:Document)
WHERE p.until_day >= $as_of_day AND p.start_day <= $as_of_day AND p.status = 'loaded'
  AND ($keys IS NULL OR p.key IN $keys)
MATCH (p)-[r:IMPLEMENTS|CITES]->(b:Document)
WHERE b.until_day < $as_of_day AND (type(r) = 'IMPLEMENTS' OR r.basis = true)
RETURN {key: p.key, number: p.number, type: p.type, issuer: p.issuer, date: p.date} AS document,
       {key: b.key, number: b.number, type: b.type, issuer: b.issuer, date: b.date} AS basis,
       CASE WHEN type(r) = 'IMPLEMENTS' THEN 'implements' ELSE 'basis' END AS relation,
       'period_ended' AS basis_status, [] AS replaced_by
LIMIT $limit
