-- Budget programme passports for analysts and the open dataset: one row per element
-- of each programme's passport as finally approved for its year (docs/exports/passports.md),
-- with planned values and actual values cumulative from 1 January to each quarter's
-- end. The appropriations' actual values are the programme's cash expenditures, empty
-- for a quarter whose months the accounting's exports do not all cover; the
-- indicators' come from the execution reports, empty for a quarter not reported.
-- table: Паспорти бюджетних програм (остання редакція року) з плановими і фактичними значеннями. Рядок: рік × КПКВК × розділ × № з/п.
-- column year: бюджетний рік
-- column kpkvk: код програмної класифікації видатків (КПКВК МБ)
-- column programme: назва програми
-- column approved: дата затвердження останньої редакції паспорта
-- column amendments: кількість редакцій зі змінами після первинної
-- column section: розділ паспорта: обсяг, мета, завдання, напрям, показник
-- column item_no: номер елемента в розділі
-- column content: текст мети, завдання, напряму або назва показника
-- column kind: вид показника: затрат, продукту, ефективності, якості
-- column unit: одиниця виміру (грн для обсягу і напрямів)
-- column planned: планове значення або сума призначень, грн
-- column general_fund_uah: призначення загального фонду, грн (рядок обсягу)
-- column special_fund_uah: призначення спеціального фонду, грн (рядок обсягу)
-- column actual_q1: факт з 1 січня до кінця березня
-- column actual_h1: факт з 1 січня до кінця червня
-- column actual_9m: факт з 1 січня до кінця вересня
-- column actual_year: факт за рік
-- test: not_null(year, kpkvk, programme, approved, section, item_no, content)
-- test: unique(year, kpkvk, section, item_no)
CREATE TABLE mart_budget_passports AS
WITH items AS (
    SELECT DISTINCT kpkvk, year FROM core_passport_items
), quarters AS (
    SELECT i.kpkvk, i.year, q.quarter, make_date(i.year, 1, 1) AS jan1,
           (make_date(i.year, 1, 1) + INTERVAL (3 * q.quarter) MONTH)::DATE AS until
    FROM items i, range(1, 5) q(quarter)
), cash AS (
    SELECT q.kpkvk, q.year, q.quarter,
           CASE WHEN (SELECT count(DISTINCT c.month) FROM meta_coverage c WHERE c.source = 'budget_expenditures'
                      AND c.month >= q.jan1 AND c.month < q.until) = 3 * q.quarter
                THEN (SELECT coalesce(sum(e.amount_kop), 0) / 100.0 FROM core_expenditures e
                      WHERE e.kpkvk = q.kpkvk AND e.paid_date >= q.jan1 AND e.paid_date < q.until) END AS uah
    FROM quarters q
), spent AS (
    SELECT kpkvk, year,
           max(uah) FILTER (WHERE quarter = 1) AS q1, max(uah) FILTER (WHERE quarter = 2) AS h1,
           max(uah) FILTER (WHERE quarter = 3) AS m9, max(uah) FILTER (WHERE quarter = 4) AS y
    FROM cash GROUP BY ALL
), editions AS (
    SELECT kpkvk, year, count(*) - 1 AS amendments FROM core_passport_editions GROUP BY ALL
)
SELECT
    i.year::BIGINT AS year,
    i.kpkvk,
    l.name_uk AS programme,
    i.approved,
    e.amendments::BIGINT AS amendments,
    i.section,
    i.item_no::BIGINT AS item_no,
    i.content,
    i.kind,
    CASE WHEN i.section IN ('обсяг', 'напрям') THEN 'грн' ELSE i.unit END AS unit,
    CASE WHEN i.section IN ('обсяг', 'напрям') THEN round((i.general_kop + i.special_kop) / 100.0, 2) ELSE i.planned END::DOUBLE AS planned,
    CASE WHEN i.section = 'обсяг' THEN round(i.general_kop / 100.0, 2) END::DOUBLE AS general_fund_uah,
    CASE WHEN i.section = 'обсяг' THEN round(i.special_kop / 100.0, 2) END::DOUBLE AS special_fund_uah,
    CASE WHEN i.section = 'обсяг' THEN s.q1 ELSE i.actual_q1 END::DOUBLE AS actual_q1,
    CASE WHEN i.section = 'обсяг' THEN s.h1 ELSE i.actual_h1 END::DOUBLE AS actual_h1,
    CASE WHEN i.section = 'обсяг' THEN s.m9 ELSE i.actual_9m END::DOUBLE AS actual_9m,
    CASE WHEN i.section = 'обсяг' THEN s.y ELSE i.actual_year END::DOUBLE AS actual_year
FROM core_passport_items i
JOIN ref_budget_lines l ON l.kpkvk = i.kpkvk
LEFT JOIN editions e ON e.kpkvk = i.kpkvk AND e.year = i.year
LEFT JOIN spent s ON s.kpkvk = i.kpkvk AND s.year = i.year;
