-- Families receiving each benefit at the start of every month the payment lists
-- cover (and of the month after), by district office: the dashboards' trend and
-- the open dataset.
-- table: Сім’ї — отримувачі кожної державної допомоги на початок місяця, за управліннями. Рядок: as_of × office_code × benefit_code.
-- column as_of: дата (перше число місяця), на початок якої рахують сім’ї
-- column office_code: управління (ref_offices.code)
-- column benefit_code: вид допомоги (ref_benefits.code)
-- column families: різні сім’ї, що отримують цю допомогу
-- test: not_null(as_of, office_code, benefit_code, families)
-- test: unique(as_of, office_code, benefit_code)
CREATE TABLE mart_recipients_monthly AS
WITH months AS (
    SELECT unnest(generate_series(
        date_trunc('month', min(list_date)),
        date_trunc('month', max(list_date)) + INTERVAL 1 MONTH,
        INTERVAL 1 MONTH))::DATE AS as_of
    FROM core_payments
)
SELECT
    m.as_of,
    a.office_code,
    a.benefit_code,
    count(DISTINCT a.family_id) AS families
FROM months m
JOIN core_assignments a
  ON a.date_from < m.as_of AND (a.date_to IS NULL OR a.date_to >= m.as_of)
GROUP BY ALL;
