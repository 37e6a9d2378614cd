-- The counting rules of fn_idp.sql at the start of every month after one the
-- register's snapshots cover, as range joins: a person is their tax number's
-- pseudonym, or their certificate where there is none.
WITH dates AS (
    SELECT DISTINCT (month + INTERVAL 1 MONTH)::DATE AS as_of FROM meta_coverage WHERE source = 'idp_registrations'
      -- the department's reporting period: registers reach decades back
      AND month >= (SELECT min(month) FROM meta_coverage WHERE source = 'budget_expenditures')
),
people AS (
    SELECT coalesce(person_id, certificate_id) AS who, birth_date, pensioner, disabled, registered, deregistered,
           arrived, certificate_date
    FROM stg_idp_registrations
),
on_record AS (
    SELECT d.as_of,
           count(DISTINCT p.who) AS all_,
           count(DISTINCT p.who) FILTER (date_sub('year', p.birth_date, d.as_of) < 18) AS children,
           count(DISTINCT p.who) FILTER (p.pensioner) AS pensioners,
           count(DISTINCT p.who) FILTER (p.disabled) AS disabled
    FROM dates d
    JOIN people p ON p.registered < d.as_of AND (p.deregistered IS NULL OR p.deregistered >= d.as_of)
    GROUP BY 1
),
arrived AS (
    SELECT (date_trunc('month', arrived) + INTERVAL 1 MONTH)::DATE AS as_of, count(DISTINCT who) AS n FROM people GROUP BY 1
),
certified AS (
    SELECT (date_trunc('month', certificate_date) + INTERVAL 1 MONTH)::DATE AS as_of, count(DISTINCT who) AS n FROM people GROUP BY 1
),
long AS (
    SELECT d.as_of, g.grp, g.ord,
           CASE g.grp WHEN 'all' THEN r.all_ WHEN 'children' THEN r.children WHEN 'pensioners' THEN r.pensioners
                      WHEN 'disabled' THEN r.disabled WHEN 'arrived' THEN a.n WHEN 'certified' THEN c.n END AS persons
    FROM dates d
    CROSS JOIN (VALUES ('all', 1), ('children', 2), ('pensioners', 3), ('disabled', 4), ('arrived', 5), ('certified', 6)) g(grp, ord)
    LEFT JOIN on_record r ON r.as_of = d.as_of
    LEFT JOIN arrived a ON a.as_of = d.as_of
    LEFT JOIN certified c ON c.as_of = d.as_of
)
SELECT as_of, grp AS "group", coalesce(persons, 0) AS persons
FROM long
ORDER BY as_of, ord
