-- An assignment cannot end before it starts.
SELECT assignment_id, date_from, date_to
FROM core_assignments
WHERE date_to < date_from;
