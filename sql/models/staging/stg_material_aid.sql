-- The material-aid commission's decisions, one row per application considered.
-- test: not_null(meeting_date, person_id, category, decision)
CREATE TABLE stg_material_aid AS
SELECT meeting_date, protocol_no, person_id, category, decision, coalesce(amount_kop, 0) AS amount_kop,
       _file AS source_file, _line AS source_line
FROM raw_material_aid;
