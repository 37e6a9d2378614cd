-- Benefit assignments as the district offices export them, one row per assignment.
-- Identifiers are already pseudonyms: the loader replaced them before the lake.
-- A view over the lake while the build runs, read once by its core model: a copy of
-- millions of rows nothing else reads cost the build a third of its time and file;
-- the build drops it before it is served.
-- test: not_null(office_code, account_id, person_id, benefit_code, decision_date, date_from)
-- test: accepted_values(status, 'діюча', 'припинена')
CREATE VIEW stg_benefit_assignments AS
SELECT
    office_code,
    account_id,
    person_id,
    birth_date,
    benefit_code,
    decision_no,
    decision_date,
    date_from,
    date_to,
    monthly_kop,
    status,
    _file AS source_file,
    _line AS source_line
FROM raw_benefit_assignments;
