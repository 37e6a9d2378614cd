-- Payments under the city's social-protection programmes, one row per payment.
-- test: not_null(paid_date, payment_code, case_id, person_id, amount_kop)
CREATE TABLE stg_city_payments AS
SELECT paid_date, payment_code, case_id, person_id, for_month, privilege_percent, amount_kop,
       _file AS source_file, _line AS source_line
FROM raw_city_payments;
