-- Budget obligations with their budget line.
-- test: not_null(line_id, registered, amount_kop)
CREATE TABLE core_obligations AS
SELECT o.obligation_no, o.registered, o.paid, o.kpkvk, o.fund, o.amount_kop, l.id AS line_id
FROM stg_budget_obligations o
JOIN ref_budget_lines l ON l.kpkvk = o.kpkvk;
