-- Internally displaced persons registered and taken off the record, by month and by
-- the office that registered them (the office in the name of the IDP export). Grain:
-- month × office_code. A person is their tax number's pseudonym, or their certificate
-- where there is none, as the IDP indicators count them.
-- table: Внутрішньо переміщені особи, взяті на облік і зняті з обліку, за місяцем і управлінням, що взяло на облік. Рядок: month × office_code.
-- column month: перше число місяця
-- column office_code: управління, що взяло на облік (ref_offices.code)
-- column registered: осіб взято на облік за місяць
-- column children_registered: з них молодших за 18 років у день взяття на облік
-- column deregistered: осіб знято з обліку за місяць
-- column on_record: осіб на обліку на початок наступного місяця
-- test: not_null(month, office_code, registered, deregistered, on_record)
-- test: unique(month, office_code)
CREATE TABLE mart_idp_registrations_monthly AS
WITH r AS (
    SELECT coalesce(r.person_id, r.certificate_id) AS who, r.birth_date, r.registered, r.deregistered, o.code AS office_code
    FROM stg_idp_registrations r
    JOIN ref_offices o ON o.slug = regexp_extract(r.source_file, 'vpo_([a-z]+)_', 1)
),
months AS (
    SELECT unnest(generate_series(date_trunc('month', min(registered)), date_trunc('month', max(greatest(registered, coalesce(deregistered, registered)))), INTERVAL 1 MONTH))::DATE AS month
    FROM r
),
grid AS (SELECT m.month, o.code AS office_code FROM months m CROSS JOIN ref_offices o)
SELECT
    g.month,
    g.office_code,
    count(DISTINCT r.who) FILTER (WHERE date_trunc('month', r.registered) = g.month) AS registered,
    count(DISTINCT r.who) FILTER (WHERE date_trunc('month', r.registered) = g.month
                                    AND date_sub('year', r.birth_date, r.registered) < 18) AS children_registered,
    count(DISTINCT r.who) FILTER (WHERE date_trunc('month', r.deregistered) = g.month) AS deregistered,
    count(DISTINCT r.who) FILTER (WHERE r.registered < g.month + INTERVAL 1 MONTH
                                    AND (r.deregistered IS NULL OR r.deregistered >= g.month + INTERVAL 1 MONTH)) AS on_record
FROM grid g
LEFT JOIN r ON r.office_code = g.office_code
GROUP BY g.month, g.office_code;
