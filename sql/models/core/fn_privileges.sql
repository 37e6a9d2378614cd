-- Functions the privilege indicators are written in. A status is held at the start
-- of as_of when granted before that day and not ended before it.

-- Persons granted a status the department grants, in [d_from, d_to); one group or all.
CREATE MACRO privileges_granted(grp, d_from, d_to) AS (
    SELECT count(DISTINCT person_id) FROM core_privileges
    WHERE granted_by = 'департамент' AND (grp IS NULL OR status_group = grp)
      AND granted >= d_from::DATE AND granted < d_to::DATE
);

-- Persons holding any of the LGCODEs at as_of, optionally only of one LGKAT.
CREATE MACRO privileged(lgcodes, kat, as_of) AS (
    SELECT count(DISTINCT person_id) FROM core_privileges
    WHERE list_contains(lgcodes, lgcode) AND (kat IS NULL OR lgkat = kat)
      AND granted < as_of::DATE AND (ended IS NULL OR ended >= as_of::DATE)
);

-- Large families on record at as_of.
CREATE MACRO large_families_on_record(as_of) AS (
    SELECT count(DISTINCT family_id) FROM core_privileges
    WHERE lgcode IN ('50', '51') AND granted < as_of::DATE AND (ended IS NULL OR ended >= as_of::DATE)
);

-- Persons on the register at as_of whose age then is between lo and hi years.
CREATE MACRO aged_between(lo, hi, as_of) AS (
    SELECT count(DISTINCT person_id) FROM core_privileges
    WHERE granted < as_of::DATE AND (ended IS NULL OR ended >= as_of::DATE)
      AND date_sub('year', birth_date, as_of::DATE) BETWEEN lo AND hi
);
