-- Every indicator of an execution report is an indicator of the passport as finally
-- approved for its year, with the same unit.
SELECT r.kpkvk, r.year, r.quarter, r.kind, r.item_no, r.indicator
FROM stg_budget_passport_reports r
LEFT JOIN core_passport_items p
       ON p.section = 'показник' AND p.kpkvk = r.kpkvk AND p.year = r.year AND p.kind = r.kind AND p.item_no = r.item_no
WHERE p.kpkvk IS NULL OR p.unit <> r.unit;
