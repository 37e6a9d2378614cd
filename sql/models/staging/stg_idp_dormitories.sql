-- Placements of IDPs in dormitories and places of compact living.
-- test: not_null(place, certificate_id, moved_in)
CREATE TABLE stg_idp_dormitories AS
SELECT place, certificate_id, moved_in, moved_out, _file AS source_file, _line AS source_line
FROM raw_idp_dormitories;
