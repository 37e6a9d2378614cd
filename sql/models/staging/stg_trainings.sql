-- Staff training: one row per worker per completed course.
-- test: not_null(employer, worker_id, course, completed_on)
-- test: relationships(course, ref_trainings.code)
CREATE TABLE stg_trainings AS
SELECT employer, worker_id, course, completed_on, profession, _file AS source_file, _line AS source_line
FROM raw_trainings;
