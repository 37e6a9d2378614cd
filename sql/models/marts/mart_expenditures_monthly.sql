-- Spending by month, budget line and funding source: the budget dashboard and the
-- open dataset on budget execution.
-- test: not_null(month, line_id, kpkvk, fund, amount_uah)
-- test: unique(month, line_id)
CREATE TABLE mart_expenditures_monthly AS
SELECT
    date_trunc('month', paid_date)::DATE AS month,
    line_id,
    kpkvk,
    fund,
    count(*) AS documents,
    sum(amount_kop) / 100.0 AS amount_uah
FROM core_expenditures
GROUP BY ALL;
