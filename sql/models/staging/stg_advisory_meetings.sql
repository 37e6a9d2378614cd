-- Sittings of the advisory bodies, one row per sitting.
-- test: not_null(meeting_date, body, protocol_no)
-- test: relationships(body, ref_advisory_bodies.code)
CREATE TABLE stg_advisory_meetings AS
SELECT meeting_date, body, protocol_no, _file AS source_file, _line AS source_line
FROM raw_advisory_meetings;
