-- Twice-monthly payment lists, one row per payment. A re-sent list has already
-- replaced the first sending in the lake, so every list appears once.
-- test: not_null(office_code, list_date, account_id, person_id, benefit_code, for_month, amount_kop)
CREATE TABLE stg_benefit_payments AS
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
