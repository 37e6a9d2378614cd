-- Service acts of the veterans' and IDP support centres by month, centre and service.
-- Grain: month × centre × service_code.
-- table: Послуги центрів підтримки ветеранів і ВПО за місяцем, центром і послугою. Рядок: month × centre × service_code.
-- column month: перше число місяця акта
-- column centre: центр (підрозділ), що надав послугу
-- column service_code: послуга (ref_centre_services.code)
-- column service: назва послуги
-- column report_key: показник звіту, до якого входить послуга
-- column acts: акти наданих послуг
-- column visitors: різні відвідувачі за місяць (між місяцями й послугами не додаються)
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
