-- One row per month × commission × subject × decision that occurred.
WITH decisions AS (
    SELECT meeting_date, 'social_services' AS commission, coalesce(nullif(service, ''), '—') AS subject, decision
    FROM stg_social_services_decisions
    UNION ALL
    SELECT a.meeting_date, 'material_aid', c.name_uk, a.decision
    FROM core_material_aid a JOIN ref_material_aid c ON c.code = a.category
)
SELECT date_trunc('month', meeting_date)::DATE AS month, commission, subject, decision,
       count(DISTINCT meeting_date) AS sittings, count(*) AS applications
FROM decisions
GROUP BY ALL
ORDER BY 1, 2, 3, 4
