-- A family may move between district offices (its case closed in one, opened in
-- another), but on any date its benefits are with one office: two offices with an
-- assignment of the family in force at the start of the same day is impossible, and
-- would count the family twice in the offices' totals.
SELECT a.family_id, a.office_code, a.decision_no, b.office_code AS other_office, b.decision_no AS other_decision,
       greatest(a.date_from, b.date_from) + INTERVAL 1 DAY AS both_on
FROM core_assignments a
JOIN core_assignments b
  ON b.family_id = a.family_id AND a.office_code < b.office_code
WHERE greatest(a.date_from, b.date_from) < least(coalesce(a.date_to, DATE '9999-12-31'), coalesce(b.date_to, DATE '9999-12-31'));
