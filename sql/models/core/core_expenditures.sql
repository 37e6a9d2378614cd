-- Every expenditure with the budget line its programme code (КПКВК МБ) belongs to:
-- the accounting records are the authority for what the department spent.
-- test: not_null(line_id, paid_date, amount_kop)
-- test: unique(doc_no)
-- test: relationships(line_id, ref_budget_lines.id)
CREATE TABLE core_expenditures AS
SELECT e.paid_date, e.doc_no, e.kpkvk, e.kekv, e.fund, e.amount_kop, l.id AS line_id
FROM stg_budget_expenditures e
JOIN ref_budget_lines l ON l.kpkvk = e.kpkvk;
