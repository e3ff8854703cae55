// title: Văn bản có căn cứ đã hết hiệu lực
// description: Văn bản còn thực hiện (vào ngày as_of, mặc định: hôm nay) mà văn bản nó căn cứ hay thực hiện đã bị thay thế, bãi bỏ hoặc đã hết thời hạn, kèm văn bản thay thế khi đồ thị biết: những văn bản cần được rà soát, sửa đổi.
// params: document?, as_of?, limit?
MATCH (x:Document)-[e:REPLACES|REPEALS]->(b:Document)
WHERE coalesce(e.partial, false) = false AND coalesce(x.effective_from, x.date, '') <= $as_of
WITH b, collect({key: x.key, number: x.number, type: x.type, issuer: x.issuer, date: x.date}) AS by,
     collect(toLower(type(e))) AS effects
MATCH (p:Document)-[r:IMPLEMENTS|CITES]->(b)
WHERE p.status = 'loaded' AND (type(r) = 'IMPLEMENTS' OR r.basis = true) AND ($keys IS NULL OR p.key IN $keys)
  AND (p.period_to IS NULL OR p.period_to >= $as_of) AND coalesce(p.effective_from, p.date, '') <= $as_of
RETURN {key: p.key, number: p.number, type: p.type, issuer: p.issuer, date: p.date} AS document,
       {key: b.key, number: b.number, type: b.type, issuer: b.issuer, date: b.date} AS basis,
       CASE WHEN type(r) = 'IMPLEMENTS' THEN 'implements' ELSE 'basis' END AS relation,
       CASE WHEN 'replaces' IN effects THEN 'replaced' ELSE 'repealed' END AS basis_status, by AS replaced_by
LIMIT $limit
UNION ALL
MATCH (b:Document)
WHERE b.period_to < $as_of
MATCH (p:Document)-[r:IMPLEMENTS|CITES]->(b)
WHERE p.status = 'loaded' AND (type(r) = 'IMPLEMENTS' OR r.basis = true) AND ($keys IS NULL OR p.key IN $keys)
  AND (p.period_to IS NULL OR p.period_to >= $as_of) AND coalesce(p.effective_from, p.date, '') <= $as_of
RETURN {key: p.key, number: p.number, type: p.type, issuer: p.issuer, date: p.date} AS document,
       {key: b.key, number: b.number, type: b.type, issuer: b.issuer, date: b.date} AS basis,
       CASE WHEN type(r) = 'IMPLEMENTS' THEN 'implements' ELSE 'basis' END AS relation,
       'period_ended' AS basis_status, [] AS replaced_by
LIMIT $limit
