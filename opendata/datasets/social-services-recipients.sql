-- Dense: every month × unit of the Centre with a register, with explicit zeros.
WITH months AS (
    SELECT unnest(generate_series(
        (SELECT date_trunc('month', min(act_date)) FROM core_csc_acts),
        (SELECT date_trunc('month', max(act_date)) FROM core_csc_acts),
        INTERVAL 1 MONTH))::DATE AS month
),
units AS (
    SELECT code, department, kind, name_uk FROM ref_csc_units
    WHERE code IN (SELECT DISTINCT unit FROM core_csc_cases)
)
SELECT
    m.month,
    u.code AS unit_code,
    u.name_uk AS unit_name,
    u.kind AS unit_kind,
    (SELECT count(DISTINCT c.client) FROM core_csc_cases c
     WHERE c.unit = u.code AND c.taken_on < m.month + INTERVAL 1 MONTH
       AND (c.removed_on IS NULL OR c.removed_on >= m.month)) AS recipients
FROM months m
CROSS JOIN units u
WHERE m.month IS NOT NULL
ORDER BY m.month, u.code
