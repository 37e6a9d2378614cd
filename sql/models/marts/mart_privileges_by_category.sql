-- The privilege register by category and office, as loaded. Grain: office_code × lgcode.
-- column office_code: office keeping the record (ref_offices.code)
-- column lgcode: privilege category code (ref_privileges.lgcode)
-- column category: the category's name
-- column status_group: the report's group of the category, when it has one
-- column persons: distinct persons with the category on record, ended or not
-- column persons_active: of them, persons whose category has no end date
-- column defenders: active persons marked «ЗХ» (defenders of Ukraine) in LGKAT
-- column families: distinct families of the active persons
-- test: not_null(office_code, lgcode, persons, persons_active)
-- test: unique(office_code, lgcode)
CREATE TABLE mart_privileges_by_category AS
SELECT
    p.office_code,
    p.lgcode,
    r.name_uk AS category,
    p.status_group,
    count(DISTINCT p.person_id) AS persons,
    count(DISTINCT p.person_id) FILTER (WHERE p.ended IS NULL) AS persons_active,
    count(DISTINCT p.person_id) FILTER (WHERE p.ended IS NULL AND p.lgkat = 'ЗХ') AS defenders,
    count(DISTINCT p.family_id) FILTER (WHERE p.ended IS NULL) AS families
FROM core_privileges p
JOIN ref_privileges r ON r.lgcode = p.lgcode
GROUP BY ALL;
