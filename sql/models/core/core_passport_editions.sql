-- Editions of the budget programme passports with the appropriations each approved:
-- a programme's plan on a day is the edition in force that day, from its approval
-- until the next edition's (docs/exports/passports.md, «План на дату D»).
-- test: not_null(kpkvk, year, approved, line_id, plan_kop)
-- test: unique(kpkvk, year, approved)
-- test: relationships(line_id, ref_budget_lines.id)
CREATE TABLE core_passport_editions AS
SELECT p.kpkvk, p.year, p.approved, p.order_no, l.id AS line_id,
       p.general_kop, p.special_kop, p.general_kop + p.special_kop AS plan_kop,
       row_number() OVER w - 1 AS amendment,
       lead(p.approved) OVER w AS superseded
FROM stg_budget_passports p
JOIN ref_budget_lines l ON l.kpkvk = p.kpkvk
WHERE p.section = 'обсяг'
WINDOW w AS (PARTITION BY p.kpkvk, p.year ORDER BY p.approved);
