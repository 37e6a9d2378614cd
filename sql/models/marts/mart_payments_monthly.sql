-- Payments by month of the list, office and benefit: count, recipients and sum.
-- table: Виплати за місяцем відомості, управлінням, допомогою і бюджетною програмою. Рядок: month × office_code × benefit_code × budget_line.
-- column month: перше число місяця відомості
-- column office_code: управління (ref_offices.code)
-- column benefit_code: вид допомоги (ref_benefits.code)
-- column budget_line: бюджетна програма (ref_budget_lines.id)
-- column payments: рядки виплат
-- column recipients: різні сім’ї, яким виплачено за місяць (між місяцями не додаються)
-- column amount_uah: виплачено, грн
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
