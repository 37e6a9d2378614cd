-- A family (its applicant) is served by one district office only.
SELECT family_id, count(DISTINCT office_code) AS offices
FROM core_assignments
GROUP BY family_id
HAVING count(DISTINCT office_code) > 1;
