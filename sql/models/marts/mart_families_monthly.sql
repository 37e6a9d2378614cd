-- Distinct families receiving any benefit at the start of each month, by office and
-- for the city: a family with several benefits counts once.
-- table: Сім’ї, що отримують будь-яку допомогу, на початок місяця: за управліннями і по місту (ALL). Рядок: as_of × office_code.
-- column as_of: дата (перше число місяця), на початок якої рахують сім’ї
-- column office_code: управління (ref_offices.code); ALL — місто, де сім’я з допомогами у двох управліннях рахується раз
-- column families: різні сім’ї з будь-якою допомогою
-- test: not_null(as_of, office_code, families)
CREATE TABLE mart_families_monthly AS
SELECT as_of, office_code, families
FROM benefits_in_force
WHERE benefit_code IS NULL;
