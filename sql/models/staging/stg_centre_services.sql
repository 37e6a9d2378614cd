-- Service acts of the veterans' and IDP support centres, one row per act.
-- test: not_null(service_date, service_code, visitor_id)
CREATE TABLE stg_centre_services AS
SELECT service_date, service_code, visitor_id, person_id, category, _file AS source_file, _line AS source_line
FROM raw_centre_services;
