// title: Diễn biến hiệu lực của văn bản
// description: Các mốc của một văn bản theo thứ tự ngày: ký, có hiệu lực, hết thời hạn; những văn bản nó thay thế, sửa đổi, bãi bỏ, hướng dẫn, và những văn bản thay thế, sửa đổi, bãi bỏ, hướng dẫn nó.
// params: document
MATCH (d:Document) WHERE d.key IN $keys
OPTIONAL MATCH (d)-[o:REPLACES|AMENDS|REPEALS|SUSPENDS|GUIDES|EXTENDS]->(x:Document)
WITH d, collect(CASE WHEN x IS NULL THEN NULL ELSE {date: coalesce(d.effective_from, d.date), direction: 'out',
     event: toLower(type(o)), partial: o.partial,
     other: {key: x.key, number: x.number, type: x.type, issuer: x.issuer, date: x.date}} END) AS outs
OPTIONAL MATCH (y:Document)-[i:REPLACES|AMENDS|REPEALS|SUSPENDS|GUIDES|EXTENDS]->(d)
WITH d, outs, collect(CASE WHEN y IS NULL THEN NULL ELSE {date: coalesce(y.effective_from, y.date), direction: 'in',
     event: toLower(type(i)), partial: i.partial,
     other: {key: y.key, number: y.number, type: y.type, issuer: y.issuer, date: y.date}} END) AS ins
UNWIND [{date: d.date, direction: 'self', event: 'signed', partial: false, other: NULL},
        {date: d.effective_from, direction: 'self', event: 'in_force', partial: false, other: NULL},
        {date: d.period_from, direction: 'self', event: 'period_starts', partial: false, other: NULL},
        {date: d.period_to, direction: 'self', event: 'period_ends', partial: false, other: NULL}] + outs + ins AS ev
WITH d, ev WHERE ev.date IS NOT NULL
RETURN {key: d.key, number: d.number, type: d.type, issuer: d.issuer, date: d.date} AS document,
       ev.date AS date, ev.direction AS direction, ev.event AS event, ev.partial AS partial, ev.other AS other
ORDER BY date, direction DESC
