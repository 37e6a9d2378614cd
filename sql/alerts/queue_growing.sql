-- Queues (the register «черги») that grew three months running: the people waiting
-- month_start the start of each of the last four month starts up to the period's end, each
-- more than the one before, counted as the indicators count a queue (cw_open).
-- Counts of 1 to 4 people are withheld, as everywhere people read.
-- id: queue_growing
-- title: Черга зростає три місяці поспіль
-- link: /areas/casework?period={period}
-- sources: cherhy
-- needs: months=4
WITH starts AS (
    SELECT unnest(generate_series($to::DATE - INTERVAL 3 MONTH, $to::DATE, INTERVAL 1 MONTH))::DATE AS month_start
), waiting AS (
    SELECT r.key, regexp_replace(r.name_uk, '; дата — [^)]*', '') AS name_uk, s.month_start, cw_open('cherhy', [r.key], s.month_start) AS n
    FROM ref_casework_events r CROSS JOIN starts s
    WHERE r.register = 'cherhy'
), runs AS (
    SELECT key, name_uk, list(n ORDER BY month_start) AS ns FROM waiting GROUP BY key, name_uk
)
SELECT name_uk, 'у черзі на початок місяця: ' || array_to_string(
           list_transform(ns, n -> CASE WHEN n BETWEEN 1 AND 4 THEN 'менше 5' ELSE n::VARCHAR END), ' → ')
FROM runs
WHERE ns[1] < ns[2] AND ns[2] < ns[3] AND ns[3] < ns[4]
ORDER BY name_uk;
