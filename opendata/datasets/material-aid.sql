-- Dense over the months the sources cover and the kinds ever granted.
WITH months AS (
    SELECT DISTINCT month FROM meta_coverage WHERE source IN ('material_aid', 'deputies_aid')
),
granted AS (
    SELECT date_trunc('month', meeting_date)::DATE AS month, 'commission:' || category AS kind, person_id, amount_kop
    FROM core_material_aid WHERE decision = 'виділити'
    UNION ALL
    SELECT date_trunc('month', statement_date)::DATE, 'deputies:' || council, person_id, amount_kop
    FROM stg_deputies_aid
),
kinds AS (
    SELECT 'commission:' || code AS kind, name_uk AS kind_name FROM ref_material_aid
    UNION ALL SELECT 'deputies:обласна', 'За зверненнями депутатів обласної ради'
    UNION ALL SELECT 'deputies:міська', 'За зверненнями депутатів міської ради'
),
totals AS (
    SELECT month, kind, count(DISTINCT person_id) AS persons, sum(amount_kop) AS kop FROM granted GROUP BY ALL
)
SELECT m.month, k.kind, k.kind_name,
       coalesce(t.persons, 0) AS persons,
       round(coalesce(t.kop, 0) / 100.0, 2)::DOUBLE AS amount_uah
FROM months m
CROSS JOIN kinds k
LEFT JOIN totals t ON t.month = m.month AND t.kind = k.kind
WHERE k.kind IN (SELECT kind FROM granted)
ORDER BY 1, 2
