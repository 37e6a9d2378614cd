-- Twice-monthly payment lists, one row per payment. A re-sent list has already
-- replaced the first sending in the lake, so every list appears once.
-- A view over the lake while the build runs, read once by its core model: a copy of
-- millions of rows nothing else reads cost the build a third of its time and file;
-- the build drops it before it is served.
-- test: not_null(office_code, list_date, account_id, person_id, benefit_code, for_month, amount_kop)
CREATE VIEW stg_benefit_payments AS
SELECT
    office_code,
    list_date,
    account_id,
    person_id,
    benefit_code,
    for_month,
    amount_kop,
    _file AS source_file,
    _line AS source_line
FROM raw_benefit_payments;
