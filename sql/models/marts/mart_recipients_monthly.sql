-- Families receiving each benefit at the start of every month the payment lists
-- cover (and of the month after), by district office: the dashboards' trend and
-- the open dataset.
-- table: Сім’ї — отримувачі кожної державної допомоги на початок місяця, за управліннями. Рядок: as_of × office_code × benefit_code.
-- column as_of: дата (перше число місяця), на початок якої рахують сім’ї
-- column office_code: управління (ref_offices.code)
-- column benefit_code: вид допомоги (ref_benefits.code)
-- column families: різні сім’ї, що отримують цю допомогу
-- test: not_null(as_of, office_code, benefit_code, families)
-- test: unique(as_of, office_code, benefit_code)
CREATE TABLE mart_recipients_monthly AS
SELECT as_of, office_code, benefit_code, families
FROM benefits_in_force
WHERE benefit_code IS NOT NULL;
