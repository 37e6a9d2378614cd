-- Service acts with their centre and the figure of the report each kind feeds.
-- test: relationships(service_code, ref_centre_services.code)
-- test: not_null(centre, report_key)
CREATE TABLE core_centre_services AS
SELECT s.service_date, s.service_code, r.centre, r.report_key, s.visitor_id, s.category
FROM stg_centre_services s
JOIN ref_centre_services r ON r.code = s.service_code;
