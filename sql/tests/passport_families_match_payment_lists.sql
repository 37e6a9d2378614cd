-- The product indicator «Кількість сімей, яким виплачено допомогу» (сімей) of an
-- execution report equals the families the benefit payment lists paid from the
-- programme from 1 January to the end of the reported quarter, wherever every office's
-- lists cover all those months (docs/exports/passports.md).
WITH covered AS (
    SELECT month FROM meta_coverage WHERE source = 'benefit_payments' GROUP BY month
    HAVING count(DISTINCT office_code) = (SELECT count(*) FROM meta_coverage_units WHERE source = 'benefit_payments')
), reported AS (
    SELECT kpkvk, year, quarter, actual, make_date(year, 1, 1) AS jan1, (make_date(year, 1, 1) + INTERVAL (3 * quarter) MONTH)::DATE AS until
    FROM stg_budget_passport_reports
    WHERE kind = 'продукту' AND unit = 'сімей' AND indicator = 'Кількість сімей, яким виплачено допомогу'
), paid AS (
    SELECT r.kpkvk, r.year, r.quarter, r.actual,
           (SELECT count(DISTINCT p.family_id) FROM core_payments p JOIN ref_budget_lines l ON l.id = p.budget_line
            WHERE l.kpkvk = r.kpkvk AND p.list_date >= r.jan1 AND p.list_date < r.until) AS families
    FROM reported r
    WHERE (SELECT count(*) FROM covered c WHERE c.month >= r.jan1 AND c.month < r.until) = 3 * r.quarter
)
SELECT kpkvk, year, quarter, actual, families FROM paid WHERE actual <> families;
