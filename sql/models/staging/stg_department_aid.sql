-- The department's gifts, sets, vouchers and reimbursements: one row per recipient.
-- test: not_null(given_on, action, basis, basis_no, recipient_id, quantity, amount_kop)
-- test: relationships(action, ref_department_actions.code)
CREATE TABLE stg_department_aid AS
SELECT given_on, action, basis, basis_no, recipient_id, quantity, amount_kop, funding,
       _file AS source_file, _line AS source_line
FROM raw_department_aid;
