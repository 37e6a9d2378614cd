-- One row per benefit assignment. A family is identified by its applicant: every
-- benefit of one application (the "єдина заява") belongs to the applicant's family.
-- test: unique(assignment_id)
-- test: unique(decision_no)
-- test: not_null(family_id, benefit_code, date_from, decision_date, office_code)
-- test: accepted_values(office_code, 'DN', 'ZV', 'PV')
-- test: relationships(benefit_code, ref_benefits.code)
CREATE TABLE core_assignments AS
SELECT
    row_number() OVER (ORDER BY office_code, account_id, benefit_code, date_from) AS assignment_id,
    office_code,
    account_id,
    person_id AS family_id,
    person_id,
    birth_date,
    benefit_code,
    decision_no,
    decision_date,
    date_from,
    date_to,
    monthly_kop,
    status
FROM stg_benefit_assignments;
