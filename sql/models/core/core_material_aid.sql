-- Commission decisions with their category.
-- test: relationships(category, ref_material_aid.code)
CREATE TABLE core_material_aid AS
SELECT a.meeting_date, a.protocol_no, a.person_id, a.category, c.report_key, a.decision, a.amount_kop
FROM stg_material_aid a
JOIN ref_material_aid c ON c.code = a.category;
