-- Payments by month of the list, office and benefit: count, recipients and sum.
-- test: not_null(month, office_code, benefit_code, payments, amount_uah)
CREATE TABLE mart_payments_monthly AS
SELECT
    date_trunc('month', list_date)::DATE AS month,
    office_code,
    benefit_code,
    budget_line,
    count(*) AS payments,
    count(DISTINCT family_id) AS recipients,
    sum(amount_kop) / 100.0 AS amount_uah
FROM core_payments
GROUP BY ALL;
