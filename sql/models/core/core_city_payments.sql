-- City-programme payments with their programme. A case (номер справи) is a
-- recipient, or a family where the aid is shared between its members.
-- test: not_null(payment_code, person_id, amount_kop, budget_line)
-- test: relationships(payment_code, ref_city_payments.code)
CREATE TABLE core_city_payments AS
SELECT p.paid_date, p.payment_code, t.periodicity, t.budget_line, p.case_id, p.person_id,
       p.for_month, p.privilege_percent, p.amount_kop
FROM stg_city_payments p
JOIN ref_city_payments t ON t.code = p.payment_code;
