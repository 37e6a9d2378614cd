-- Plan against cash execution at the end of every month of the years the passports
-- or the accounting cover: budget_plan_execution for each month, so that analysts
-- read the plan and which lines lag as the budget page does. Spending, execution and
-- the lag are unknown (NULL) for a month unless the accounting's exports cover every
-- month from January to it; the plan is NULL where no passport is in force.
-- table: План (паспорт, чинний на кінець місяця) і касове виконання програм з початку року. Рядок: month × line_id.
-- column month: перше число місяця; план — на його останній день
-- column line_id: рядок бюджету (ref_budget_lines.id)
-- column kpkvk: код програмної класифікації (КПКВК МБ)
-- column name_uk: назва програми
-- column plan_approved: дата редакції паспорта, чинної на кінець місяця
-- column plan_uah: бюджетні призначення за паспортом, грн; порожньо — паспорта немає
-- column spent_month_uah: касові видатки за місяць, грн
-- column spent_ytd_uah: касові видатки з 1 січня до кінця місяця, грн
-- column execution_pct: виконання, %
-- column elapsed_pct: частка року, що минула, %
-- column lags: рядок відстає (docs/exports/passports.md)
-- test: not_null(month, line_id, kpkvk, elapsed_pct)
-- test: unique(month, line_id)
CREATE TABLE mart_budget_plan_monthly AS
WITH months AS (
    SELECT DISTINCT month FROM mart_expenditures_monthly
    UNION
    SELECT DISTINCT (make_date(year, 1, 1) + INTERVAL (r.k) MONTH)::DATE FROM core_passport_editions, range(12) r(k)
), known AS (
    SELECT m.month,
           (SELECT count(DISTINCT c.month) FROM meta_coverage c WHERE c.source = 'budget_expenditures'
            AND c.month >= make_date(year(m.month), 1, 1) AND c.month <= m.month) = month(m.month) AS spent_known
    FROM months m
)
SELECT k.month, b.line_id, b.kpkvk, b.name_uk, b.plan_approved, b.plan_uah,
       CASE WHEN k.spent_known THEN b.spent_period_uah END AS spent_month_uah,
       CASE WHEN k.spent_known THEN b.spent_ytd_uah END AS spent_ytd_uah,
       CASE WHEN k.spent_known THEN b.execution_pct END AS execution_pct,
       b.elapsed_pct,
       CASE WHEN k.spent_known THEN b.lags END AS lags
FROM known k, LATERAL budget_plan_execution(k.month, (k.month + INTERVAL 1 MONTH)::DATE) b;
