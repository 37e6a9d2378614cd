-- The department's HR actions: evaluations of officials (with their result) and award
-- packages, one row per worker.
-- test: not_null(worker_id, action, action_date)
CREATE TABLE stg_hr_records AS
SELECT worker_id, action, action_date, result, _file AS source_file, _line AS source_line
FROM raw_hr_records;
