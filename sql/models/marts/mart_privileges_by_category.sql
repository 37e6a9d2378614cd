-- The privilege register by category and office, as loaded. Grain: office_code × lgcode.
-- table: Реєстр пільговиків за категорією пільги та управлінням, як завантажено. Рядок: office_code × lgcode.
-- column office_code: управління, що веде запис (ref_offices.code)
-- column lgcode: код категорії пільги (ref_privileges.lgcode)
-- column category: назва категорії
-- column status_group: група категорії у звіті, якщо є
-- column persons: різні особи з цією категорією, чинною чи припиненою
-- column persons_active: з них особи, чия пільга не має дати припинення
-- column defenders: чинні пільговики з позначкою «ЗХ» (захисники України) у LGKAT
-- column families: різні сім’ї чинних пільговиків
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
