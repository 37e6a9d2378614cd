-- The Centre's journal of acts: services, gifts, referrals, raids.
-- A view over the lake while the build runs, read once by core_csc_acts: a table
-- copy of the journal cost the build as much again as the core model; the build
-- drops it before it is served.
-- test: not_null(act_date, unit, act_code)
-- test: relationships(unit, ref_csc_units.code)
-- test: relationships(act_code, ref_csc_acts.code)
CREATE VIEW stg_csc_acts AS
SELECT act_date, unit, act_code, case_no, person_id, birth_date, sex, category, children,
       quantity, measures, amount_kop, _file AS source_file, _line AS source_line
FROM raw_csc_acts;
