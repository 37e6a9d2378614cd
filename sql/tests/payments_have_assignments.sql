-- Every payment is made on an assignment of the same account and benefit.
-- NOT EXISTS rather than LEFT JOIN … IS NULL: an anti join only probes the ten
-- million payments, the outer join first made a row for each payment's assignments.
SELECT p.office_code, p.list_date, p.benefit_code, p.source_file, p.source_line
FROM stg_benefit_payments p
WHERE NOT EXISTS (
    SELECT 1 FROM stg_benefit_assignments a
    WHERE a.account_id = p.account_id AND a.benefit_code = p.benefit_code);
