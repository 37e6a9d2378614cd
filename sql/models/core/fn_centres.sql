-- Functions the support-centre indicators are written in, over [d_from, d_to). keys
-- are report keys (ref_centre_services.report_key); a NULL list means every service.

-- Service acts.
CREATE MACRO centre_acts(which, keys, d_from, d_to) AS (
    SELECT count(*) FROM core_centre_services
    WHERE centre = which AND (keys IS NULL OR list_contains(keys, report_key))
      AND service_date >= d_from::DATE AND service_date < d_to::DATE
);

-- Distinct visitors served; cat limits them to one applicant category.
CREATE MACRO centre_visitors(which, keys, cat, d_from, d_to) AS (
    SELECT count(DISTINCT visitor_id) FROM core_centre_services
    WHERE centre = which AND (keys IS NULL OR list_contains(keys, report_key))
      AND (cat IS NULL OR category = cat)
      AND service_date >= d_from::DATE AND service_date < d_to::DATE
);

-- Visitors who stated an applicant category (veterans and their families, IDPs).
CREATE MACRO centre_applicants(which, d_from, d_to) AS (
    SELECT count(DISTINCT visitor_id) FROM core_centre_services
    WHERE centre = which AND category IS NOT NULL
      AND service_date >= d_from::DATE AND service_date < d_to::DATE
);
