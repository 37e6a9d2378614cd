-- The privilege register (ex-ЄДАРП): one row per person and privilege category.
-- test: not_null(office_code, person_id, birth_date, lgcode, granted)
-- test: accepted_values(office_code, 'DN', 'ZV', 'PV')
CREATE TABLE stg_privileges AS
SELECT office_code, person_id, birth_date, lgcode, lgkat, family_id, granted, ended,
       _file AS source_file, _line AS source_line
FROM raw_privileges;
