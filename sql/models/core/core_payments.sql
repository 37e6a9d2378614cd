-- One row per payment, with the budget line that pays for its benefit.
-- test: not_null(office_code, list_date, benefit_code, amount_kop, budget_line)
-- test: relationships(benefit_code, ref_benefits.code)
CREATE TABLE core_payments AS
SELECT
    p.office_code,
    p.list_date,
    p.for_month,
    p.account_id,
    p.person_id AS family_id,
    p.benefit_code,
    b.budget_line,
    p.amount_kop
FROM stg_benefit_payments p
JOIN ref_benefits b ON b.code = p.benefit_code;
