-- Work with staff and records: the HR register (evaluations, awards), staff training,
-- and the orders and reports in the document register, over [$from, $to).
-- sources: documents

-- id: hr.evaluation.officials
-- sources: hr_records
-- label: Щорічна оцінка за 2022 рік: оцінці підлягали посадових осіб
-- unit: persons
-- kind: flow
-- report_id: hr.evaluation.officials
SELECT hr_workers('оцінювання', NULL, $from, $to);

-- id: hr.evaluation.good
-- sources: hr_records
-- label: Отримали добру оцінку
-- unit: persons
-- kind: flow
-- report_id: hr.evaluation.good
SELECT hr_workers('оцінювання', ['добре'], $from, $to);

-- id: hr.evaluation.high
-- sources: hr_records
-- label: Отримали високу оцінку
-- unit: persons
-- kind: flow
-- report_id: hr.evaluation.high
SELECT hr_workers('оцінювання', ['високо'], $from, $to);

-- id: hr.award_packages.persons
-- sources: hr_records
-- label: Підготовлено пакети документів для нагородження осіб
-- unit: persons
-- kind: flow
-- report_id: hr.award_packages.persons
SELECT hr_workers('нагородження', NULL, $from, $to);

-- id: hr.mental_health_course.persons
-- sources: trainings
-- label: Працівники, що пройшли онлайн-курс «Організація послуг психічного здоров’я та психосоціальної підтримки»
-- unit: persons
-- kind: flow
-- report_id: hr.mental_health_course.persons
SELECT trained('департамент', ['mental_health'], NULL, $from, $to);

-- id: hr.orders_total
-- label: Підготовлено наказів
-- unit: documents
-- kind: flow
-- report_id: hr.orders_total
SELECT documents(['внутрішній'], ['наказ АГ', 'наказ відпустка', 'наказ ОС', 'наказ ОД'], NULL, NULL, $from, $to);

-- id: hr.orders.admin
-- label: з адміністративно-господарських питань
-- unit: documents
-- kind: flow
-- report_id: hr.orders.admin
SELECT documents(['внутрішній'], ['наказ АГ'], NULL, NULL, $from, $to);

-- id: hr.orders.leave
-- label: про надання відпусток
-- unit: documents
-- kind: flow
-- report_id: hr.orders.leave
SELECT documents(['внутрішній'], ['наказ відпустка'], NULL, NULL, $from, $to);

-- id: hr.orders.personnel
-- label: з особового складу
-- unit: documents
-- kind: flow
-- report_id: hr.orders.personnel
SELECT documents(['внутрішній'], ['наказ ОС'], NULL, NULL, $from, $to);

-- id: hr.orders.core
-- label: з основної діяльності
-- unit: documents
-- kind: flow
-- report_id: hr.orders.core
SELECT documents(['внутрішній'], ['наказ ОД'], NULL, NULL, $from, $to);

-- id: hr.reports.headcount_vacancies
-- label: Відпрацьовано звітів за 2023 рік: про чисельність працівників департаменту та наявність вакансій
-- unit: documents
-- kind: flow
-- report_id: hr.reports.headcount_vacancies
SELECT documents(['вихідний'], ['звіт'], NULL, 'звіт: чисельність і вакансії', $from, $to);

-- id: hr.reports.staff_statistics
-- label: Відпрацьовано звітів за 2023 рік: про статистичні дані щодо кількісного складу департаменту
-- unit: documents
-- kind: flow
-- report_id: hr.reports.staff_statistics
SELECT documents(['вихідний'], ['звіт'], NULL, 'звіт: кількісний склад', $from, $to);

-- id: hr.reports.staff_quality
-- label: Відпрацьовано звітів за 2023 рік: про кількісний та якісний склад посадових осіб (керівники та спеціалісти)
-- unit: documents
-- kind: flow
-- report_id: hr.reports.staff_quality
SELECT documents(['вихідний'], ['звіт'], NULL, 'звіт: склад керівників і спеціалістів', $from, $to);

-- id: hr.reports.appeals
-- label: Відпрацьовано звітів за 2023 рік: про звернення громадян
-- unit: documents
-- kind: flow
-- report_id: hr.reports.appeals
SELECT documents(['вихідний'], ['звіт'], NULL, 'звіт: звернення громадян', $from, $to);

-- id: hr.reports.strict_forms
-- label: Відпрацьовано звітів за 2023 рік: про використання бланків суворої звітності
-- unit: documents
-- kind: flow
-- report_id: hr.reports.strict_forms
SELECT documents(['вихідний'], ['звіт'], NULL, 'звіт: бланки суворої звітності', $from, $to);

-- id: hr.reports.mayor_order_forms
-- label: Відпрацьовано звітів за 2023 рік: про використання бланків розпоряджень міського голови
-- unit: documents
-- kind: flow
-- report_id: hr.reports.mayor_order_forms
SELECT documents(['вихідний'], ['звіт'], NULL, 'звіт: бланки розпоряджень', $from, $to);

-- id: hr.reports.exec_decision_forms
-- label: Відпрацьовано звітів за 2023 рік: про використання бланків рішень виконавчого комітету
-- unit: documents
-- kind: flow
-- report_id: hr.reports.exec_decision_forms
SELECT documents(['вихідний'], ['звіт'], NULL, 'звіт: бланки рішень виконкому', $from, $to);

-- id: hr.reports.reservation
-- label: Відпрацьовано звітів за 2023 рік: про чисельність заброньованих військовозобов’язаних
-- unit: documents
-- kind: flow
-- report_id: hr.reports.reservation
SELECT documents(['вихідний'], ['звіт'], NULL, 'звіт: заброньовані військовозобов’язані', $from, $to);
