-- The social-services commission: one row per application and its decision.
-- test: not_null(meeting_date, person_id, decision)
CREATE TABLE stg_social_services_decisions AS
SELECT meeting_date, protocol_no, person_id, service, decision, _file AS source_file, _line AS source_line
FROM raw_social_services_decisions;
