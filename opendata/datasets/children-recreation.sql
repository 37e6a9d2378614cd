-- One row per month of arrival × place × category with children sent: the
-- register lists vouchers, so a place and category without one in a covered month
-- sent none.
SELECT date_trunc('month', r.arrival)::DATE AS month, p.code AS place_code, p.name_uk AS place_name,
       p.funding, r.category, count(DISTINCT r.child_id) AS children
FROM stg_recreation r
JOIN ref_recreation_places p ON p.code = r.place
GROUP BY ALL
ORDER BY 1, 2, 5
