-- Service acts of the veterans' and IDP support centres by month, centre and service.
-- Grain: month × centre × service_code.
-- column month: first day of the month of the act
-- column centre: the centre (unit) that gave the service
-- column service_code: the service (ref_centre_services.code)
-- column service: the service's name
-- column report_key: the figure of the report the service feeds
-- column acts: service acts
-- column visitors: distinct visitors in the month (not additive across months or services)
-- test: not_null(month, centre, service_code, acts, visitors)
-- test: unique(month, centre, service_code)
CREATE TABLE mart_centre_services_monthly AS
SELECT
    date_trunc('month', s.service_date)::DATE AS month,
    s.centre,
    s.service_code,
    r.name_uk AS service,
    s.report_key,
    count(*) AS acts,
    count(DISTINCT s.visitor_id) AS visitors
FROM core_centre_services s
JOIN ref_centre_services r ON r.code = s.service_code
GROUP BY ALL;
