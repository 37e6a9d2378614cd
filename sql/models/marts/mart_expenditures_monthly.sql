-- Spending by month, budget line and funding source: the budget dashboard and the
-- open dataset on budget execution.
-- table: Касові видатки за місяцем, бюджетною програмою і фондом. Рядок: month × line_id.
-- column month: перше число місяця оплати
-- column line_id: рядок бюджету (ref_budget_lines.id)
-- column kpkvk: код програмної класифікації (КПКВК)
-- column fund: фонд: загальний чи спеціальний
-- column documents: платіжні документи
-- column amount_uah: видатки, грн
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
