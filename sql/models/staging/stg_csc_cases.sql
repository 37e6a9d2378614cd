-- The Centre's register of recipients: one row per person on one unit's record (a
-- family's children are rows of the family's case).
-- test: not_null(unit, case_no, category, taken_on)
-- test: relationships(unit, ref_csc_units.code)
-- test: relationships(category, ref_csc_categories.code)
CREATE TABLE stg_csc_cases AS
SELECT unit, case_no, person_id, birth_date, sex, category, idp = 'так' AS idp, fee,
       taken_on, removed_on, reason, _file AS source_file, _line AS source_line
FROM raw_csc_cases;
