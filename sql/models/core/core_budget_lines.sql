-- Budget lines with every ancestor of each line, so a line's spending includes
-- everything below it whatever the depth of the tree.
-- test: unique(ancestor_id, line_id)
CREATE TABLE core_budget_lines AS
WITH RECURSIVE up(ancestor_id, line_id) AS (
    SELECT id, id FROM ref_budget_lines
    UNION ALL
    SELECT l.parent_id, up.line_id
    FROM up JOIN ref_budget_lines l ON l.id = up.ancestor_id
    WHERE l.parent_id IS NOT NULL AND l.parent_id <> ''
)
SELECT ancestor_id, line_id FROM up;
