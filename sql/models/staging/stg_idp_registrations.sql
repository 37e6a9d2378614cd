-- ЄІБД ВПО: persons the offices registered as internally displaced, on record or not.
-- test: not_null(certificate_id, certificate_date, birth_date, arrived, registered)
-- test: unique(certificate_id)
CREATE TABLE stg_idp_registrations AS
SELECT certificate_id, certificate_date, person_id, birth_date, arrived, registered, deregistered,
       pensioner = 'так' AS pensioner, disabled = 'так' AS disabled, _file AS source_file, _line AS source_line
FROM raw_idp_registrations;
