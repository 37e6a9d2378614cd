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
grid AS (SELECT m.month, o.code AS office_code FROM months m CROSS JOIN ref_offices o),
moves AS (
    SELECT month, office_code,
           count(DISTINCT who) FILTER (WHERE kind = 'in') AS registered,
           count(DISTINCT who) FILTER (WHERE kind = 'in' AND date_sub('year', birth_date, registered) < 18) AS children_registered,
           count(DISTINCT who) FILTER (WHERE kind = 'out') AS deregistered
    FROM (SELECT date_trunc('month', registered)::DATE AS month, 'in' AS kind, * FROM r
          UNION ALL
          SELECT date_trunc('month', deregistered)::DATE, 'out', * FROM r WHERE deregistered IS NOT NULL)
    GROUP BY ALL
),
-- On record at the start of the next month: as mart_recipients_monthly counts
-- families (benefits_in_force), each registration is the span of months numbered
-- year * 12 + month - 1 at whose start it holds, a person's overlapping spans in an
-- office are merged, and the person is counted from a merged span's first month to
-- its last, instead of joining every month to every registration of the office.
bounds AS (
    SELECT min(year(month) * 12 + month(month)) AS first_m, max(year(month) * 12 + month(month)) AS last_m FROM months
),
spans AS (
    SELECT r.office_code, r.who,
           greatest(year(r.registered) * 12 + month(r.registered), b.first_m) AS lo,
           least(coalesce(year(r.deregistered) * 12 + month(r.deregistered) - 1, b.last_m), b.last_m) AS hi
    FROM r, bounds b
    WHERE r.who IS NOT NULL
),
reach AS (
    SELECT *, max(hi) OVER (PARTITION BY office_code, who ORDER BY lo, hi
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach
    FROM spans WHERE lo <= hi
),
islands AS (
    SELECT *, sum((reach IS NULL OR lo > reach)::INTEGER) OVER (
               PARTITION BY office_code, who ORDER BY lo, hi ROWS UNBOUNDED PRECEDING) AS island
    FROM reach
),
merged AS (
    SELECT office_code, min(lo) AS lo, max(hi) AS hi FROM islands GROUP BY office_code, who, island
),
changes AS (
    SELECT office_code, m, sum(d) AS d
    FROM (SELECT office_code, lo AS m, 1 AS d FROM merged UNION ALL SELECT office_code, hi + 1, -1 FROM merged)
    GROUP BY ALL
),
counts AS (
    SELECT office_code, m, lead(m) OVER (PARTITION BY office_code ORDER BY m) AS next_m,
           sum(d) OVER (PARTITION BY office_code ORDER BY m) AS persons
    FROM changes
),
on_record AS (
    -- as of month m's start is on record at the end of month m - 1
    SELECT make_date(((m - 1) // 12)::INTEGER, ((m - 1) % 12 + 1)::INTEGER, 1) AS month, office_code, persons::BIGINT AS persons
    FROM (SELECT office_code, unnest(range(m, next_m)) AS m, persons FROM counts WHERE persons > 0)
)
SELECT
    g.month,
    g.office_code,
    coalesce(v.registered, 0) AS registered,
    coalesce(v.children_registered, 0) AS children_registered,
    coalesce(v.deregistered, 0) AS deregistered,
    coalesce(o.persons, 0) AS on_record
FROM grid g
LEFT JOIN moves v ON v.month = g.month AND v.office_code = g.office_code
LEFT JOIN on_record o ON o.month = g.month AND o.office_code = g.office_code;
