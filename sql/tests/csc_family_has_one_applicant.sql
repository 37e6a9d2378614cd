-- A family's case on the Centre's register has exactly one applicant; the other
-- members are its children.
SELECT unit, case_no, count(*) FILTER (WHERE category <> 'family_child') AS applicants
FROM core_csc_cases
WHERE unit_kind LIKE 'fam_%'
GROUP BY unit, case_no
HAVING count(*) FILTER (WHERE category <> 'family_child') <> 1;
