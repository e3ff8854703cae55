// title: Văn bản có căn cứ đã hết hiệu lực
// description: Văn bản còn thực hiện (vào một ngày, mặc định: hôm nay) mà văn bản nó căn cứ hay thực hiện đã bị thay thế, bãi bỏ hoặc đã hết thời hạn, kèm văn bản thay thế khi đồ thị biết: những văn bản cần được rà soát, sửa đổi.
// params: document?, as_of?, limit?
// left_out: MATCH (p:Document)-[r:IMPLEMENTS|CITES]->(b:Document {status: 'cited'}) WHERE p.key IN $keys AND (type(r) = 'IMPLEMENTS' OR r.basis = true) AND (b.ended_day IS NULL OR b.ended_day > $as_of_day) RETURN count(DISTINCT b) AS n
// left_out_all: MATCH (b:Document {status: 'cited'}) WHERE b.ended_day IS NULL OR b.ended_day > $as_of_day WITH b LIMIT 1001 RETURN count(b) AS n
// (over the whole graph, the documents known only from citations, counted up to 1001: a bound on what the
// notice may cost; more reads as 'hơn 1000')
// left_out_says: văn bản chỉ biết qua trích dẫn (chưa rõ hiệu lực: không biết đã hết hiệu lực hay chưa) không được xét làm căn cứ
// (stale_from, derived at ingest, is the earliest day any basis of a document ended: an indexed number, so
// the candidates are one range scan; ended_day is the day a document stopped being in force)
MATCH (p:Document)
WHERE p.stale_from <= $as_of_day AND p.start_day <= $as_of_day AND p.until_day >= $as_of_day
  AND p.status = 'loaded' AND ($keys IS NULL OR p.key IN $keys)
MATCH (p)-[r:IMPLEMENTS|CITES]->(b:Document)
WHERE b.ended_day <= $as_of_day AND (type(r) = 'IMPLEMENTS' OR r.basis = true)
WITH DISTINCT p, b, type(r) AS rel
LIMIT $limit
WITH p, b, rel, [(y:Document)-[f:REPLACES|REPEALS]->(b) WHERE coalesce(f.partial, false) = false
     AND y.start_day <= $as_of_day | {key: y.key, number: y.number, type: y.type, issuer: y.issuer, date: y.date,
     effect: toLower(type(f))}] AS by
RETURN {key: p.key, number: p.number, type: p.type, issuer: p.issuer, date: p.date, title: p.title} AS document,
       {key: b.key, number: b.number, type: b.type, issuer: b.issuer, date: b.date} AS basis,
       CASE WHEN rel = 'IMPLEMENTS' THEN 'implements' ELSE 'basis' END AS relation,
       CASE WHEN any(y IN by WHERE y.effect = 'replaces') THEN 'replaced'
            WHEN size(by) > 0 THEN 'repealed' ELSE 'period_ended' END AS basis_status,
       [y IN by | {key: y.key, number: y.number, type: y.type, issuer: y.issuer, date: y.date}] AS replaced_by
