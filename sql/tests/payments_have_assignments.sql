-- Every payment is made on an assignment of the same account and benefit.
SELECT p.office_code, p.list_date, p.benefit_code, p.source_file, p.source_line
FROM stg_benefit_payments p
LEFT JOIN stg_benefit_assignments a
  ON a.account_id = p.account_id AND a.benefit_code = p.benefit_code
WHERE a.account_id IS NULL;
