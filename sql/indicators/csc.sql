-- The Centre for Social Services (КЗ «Центр надання соціальних послуг»): its register
-- of recipients (served, taken on, removed over [$from, $to); on record at $to), its
-- journal of acts (recipients, services, measures, sums), goods it received and its
-- workers' training.
-- sources: csc_acts

-- id: csp.departments
-- sources: csc_cases
-- label: У Центрі діють відділів
-- unit: units
-- kind: stock
-- report_id: csp.departments
SELECT csc_departments($to);

-- id: csp.served_total
-- sources: csc_cases
-- label: На обслуговуванні в Центрі перебувають осіб (сума рядків відділів: особу, яку обслуговують два відділи, враховано в кожному; у відділі сімей — сім’ї)
-- unit: persons
-- kind: stock
-- good: neutral
-- report_id: csp.served_total
SELECT csc_on_record(['home_care', 'day_care'], NULL, $to) + csc_on_record(['homeless_reg', 'night_shelter', 'released'], NULL, $to) + csc_families_on_record(['fam_difficult', 'fam_guardians', 'fam_foster', 'fam_homes'], $to) + csc_on_record(['dv'], NULL, $to);

-- id: csp.served.elderly_disabled_depts
-- sources: csc_cases
-- label: у Дніпровському, Заводському, Південному відділах (похилі, особи з інвалідністю, діти з інвалідністю) (кожну особу враховано один раз)
-- unit: persons
-- kind: stock
-- report_id: csp.served.elderly_disabled_depts
SELECT csc_on_record(['home_care', 'day_care'], NULL, $to);

-- id: csp.served.homeless_dept
-- sources: csc_cases
-- label: у відділі комплексного обслуговування та реінтеграції бездомних осіб (кожну особу враховано один раз)
-- unit: persons
-- kind: stock
-- report_id: csp.served.homeless_dept
SELECT csc_on_record(['homeless_reg', 'night_shelter', 'released'], NULL, $to);

-- id: csp.served.families_dept.families
-- sources: csc_cases
-- label: у відділі соціальної роботи із сім’ями, дітьми та молоддю (сімей) (за справами: сім’ю зі справами у двох відділеннях враховано двічі)
-- unit: families
-- kind: stock
-- report_id: csp.served.families_dept.families
SELECT csc_families_on_record(['fam_difficult', 'fam_guardians', 'fam_foster', 'fam_homes'], $to);

-- id: csp.served.families_dept.children
-- sources: csc_cases
-- label: у відділі соціальної роботи із сім’ями, дітьми та молоддю — дітей у цих сім’ях (кожну особу враховано один раз)
-- unit: children
-- kind: stock
-- report_id: csp.served.families_dept.children
SELECT csc_on_record(['fam_difficult', 'fam_guardians', 'fam_foster', 'fam_homes'], ['age_child'], $to);

-- id: csp.served.dv_dept
-- sources: csc_cases
-- label: у відділі підтримки осіб, які постраждали від домашнього насильства
-- unit: persons
-- kind: stock
-- report_id: csp.served.dv_dept
SELECT csc_on_record(['dv'], NULL, $to);

-- id: csp.humanitarian_points.idp_served
-- label: Пунктами прийому та видачі гуманітарної допомоги обслужено ВПО
-- unit: persons
-- kind: flow
-- report_id: csp.humanitarian_points.idp_served
SELECT csc_clients(['humanitarian'], ['humanitarian_items'], NULL, $from, $to);

-- id: csp.humanitarian_points.items_issued
-- label: ВПО видано одиниць речей, взуття, столового посуду, памперсів
-- unit: items
-- kind: flow
-- report_id: csp.humanitarian_points.items_issued
SELECT csc_quantity(['humanitarian'], ['humanitarian_items'], $from, $to);

-- id: csp.idp_temp_points.placed
-- label: ВПО розміщено в пунктах тимчасового перебування
-- unit: persons
-- kind: flow
-- report_id: csp.idp_temp_points.placed
SELECT csc_clients(['idp_shelter'], ['shelter'], NULL, $from, $to);

-- id: csp.aid.akhmetov_food_sets
-- label: Видано продуктових наборів від БФ «Фонд Рената Ахметова» (багатодітні, з дітьми з інвалідністю, опікуни)
-- unit: items
-- kind: flow
-- report_id: csp.aid.akhmetov_food_sets
SELECT csc_quantity(NULL, ['food_set_akhmetov'], $from, $to);

-- id: csp.aid.chicken_kg
-- label: Видано четвертини задньої курки замороженої (ГО, заклади, ДБСТ, прийомні сім’ї, сім’ї загиблих тощо)
-- unit: kg
-- kind: flow
-- report_id: csp.aid.chicken_kg
SELECT csc_quantity(NULL, ['chicken'], $from, $to);

-- id: csp.aid.idp_food_sets_military_admin
-- label: ВПО: продуктових наборів від Кам’янської воєнної адміністрації
-- unit: items
-- kind: flow
-- report_id: csp.aid.idp_food_sets_military_admin
SELECT csc_quantity(NULL, ['food_set_military_admin'], $from, $to);

-- id: csp.aid.idp_chicken_kg_oblast
-- label: ВПО: четвертини задньої курки від Дніпропетровської обласної воєнної адміністрації
-- unit: kg
-- kind: flow
-- report_id: csp.aid.idp_chicken_kg_oblast
SELECT csc_quantity(NULL, ['chicken_oblast'], $from, $to);

-- id: csp.aid.social_housing.persons
-- label: Мешканцям соціального житла видано засоби гігієни, постільну білизну тощо — осіб (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.aid.social_housing.persons
SELECT csc_clients(NULL, ['social_housing_aid'], NULL, $from, $to);

-- id: csp.aid.social_housing.sum
-- label: Допомога мешканцям соціального житла за рахунок бюджетних коштів — сума
-- unit: uah
-- kind: flow
-- report_id: csp.aid.social_housing.sum
SELECT csc_amount(NULL, ['social_housing_aid'], $from, $to);

-- id: csp.temp_point.furniture_sum
-- sources: csc_receipts
-- label: Пункт тимчасового перебування ВПО (вул.Освітня,22): меблі за рахунок місцевого бюджету
-- unit: uah
-- kind: flow
-- report_id: csp.temp_point.furniture_sum
SELECT csc_received_sum(['idp_shelter'], ['меблі'], 'місцевий бюджет', $from, $to);

-- id: csp.temp_point.charity_equipment_sum
-- sources: csc_receipts
-- label: Пункт тимчасового перебування ВПО: кондиціонери, зарядна станція, світильники (БФ «Право на захист»)
-- unit: uah
-- kind: flow
-- report_id: csp.temp_point.charity_equipment_sum
SELECT csc_received_sum(['idp_shelter'], ['обладнання'], 'благодійна допомога', $from, $to);

-- id: csp.invincibility_point.generators
-- sources: csc_receipts
-- label: Пункт незламності (вул.Освітня,22): генератори
-- unit: units
-- kind: flow
-- report_id: csp.invincibility_point.generators
SELECT csc_received(['invincibility'], ['генератор'], $from, $to);

-- id: csp.invincibility_point.visitors
-- label: Пунктом незламності скористалися мешканців громади (підзарядка пристроїв)
-- unit: persons
-- kind: flow
-- report_id: csp.invincibility_point.visitors
SELECT csc_clients(['invincibility'], ['charging'], NULL, $from, $to);

-- id: csp.mobile_service.vehicle_cost
-- sources: csc_receipts
-- label: Вартість автомобіля FIAT Dukato (Мобільна соціальна служба)
-- unit: uah
-- kind: flow
-- report_id: csp.mobile_service.vehicle_cost
SELECT csc_received_sum(NULL, ['автомобіль'], NULL, $from, $to);

-- id: csp.veterans_office.tablets
-- sources: csc_receipts
-- label: Отримано планшетів Pixus Drive (проєкт GIZ)
-- unit: units
-- kind: flow
-- report_id: csp.veterans_office.tablets
SELECT csc_received(['veterans_office'], ['планшет'], $from, $to);

-- id: csp.veterans_office.tablets_sum
-- sources: csc_receipts
-- label: Планшети Pixus Drive — загальна сума
-- unit: uah
-- kind: flow
-- report_id: csp.veterans_office.tablets_sum
SELECT csc_received_sum(['veterans_office'], ['планшет'], NULL, $from, $to);

-- id: csp.eld.units.home_care
-- sources: csc_cases
-- label: Відділення соціальних послуг за місцем проживання
-- unit: units
-- kind: stock
-- report_id: csp.eld.units.home_care
SELECT csc_units(['home_care'], $to);

-- id: csp.eld.units.day_care
-- sources: csc_cases
-- label: Відділення денного догляду і адресної натуральної допомоги та обслуговування пунктів розміщення ВПО
-- unit: units
-- kind: stock
-- report_id: csp.eld.units.day_care
SELECT csc_units(['day_care'], $to);

-- id: csp.eld.served
-- sources: csc_cases
-- label: Відділами виявлено та обслужено осіб (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.eld.served
SELECT csc_served(['home_care', 'day_care'], NULL, $from, $to);

-- id: csp.eld.served.elderly
-- sources: csc_cases
-- label: з них осіб похилого віку (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.eld.served.elderly
SELECT csc_served(['home_care', 'day_care'], ['elderly'], $from, $to);

-- id: csp.eld.served.disabled
-- sources: csc_cases
-- label: з них осіб з інвалідністю (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.eld.served.disabled
SELECT csc_served(['home_care', 'day_care'], ['disabled'], $from, $to);

-- id: csp.eld.served.sick_working_age
-- sources: csc_cases
-- label: з них хворий з числа працездатного віку (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.eld.served.sick_working_age
SELECT csc_served(['home_care', 'day_care'], ['sick_working_age'], $from, $to);

-- id: csp.eld.served.disabled_children
-- sources: csc_cases
-- label: з них діти з інвалідністю (кожну особу враховано один раз)
-- unit: children
-- kind: flow
-- report_id: csp.eld.served.disabled_children
SELECT csc_served(['home_care', 'day_care'], ['disabled_child'], $from, $to);

-- id: csp.eld.served.idp
-- sources: csc_cases
-- label: з них особи зі статусом ВПО (перетинається з іншими категоріями) (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.eld.served.idp
SELECT csc_served(['home_care', 'day_care'], ['idp'], $from, $to);

-- id: csp.eld.taken_on
-- sources: csc_cases
-- label: Взято на обслуговування до структурних підрозділів (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.eld.taken_on
SELECT csc_taken_on(['home_care', 'day_care'], NULL, $from, $to);

-- id: csp.eld.removed
-- sources: csc_cases
-- label: Знято з обслуговування з різних причин (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.eld.removed
SELECT csc_removed(['home_care', 'day_care'], NULL, $from, $to);

-- id: csp.eld.registered
-- sources: csc_cases
-- label: На обліку у відділах Центру перебуває осіб (кожну особу враховано один раз)
-- unit: persons
-- kind: stock
-- report_id: csp.eld.registered
SELECT csc_on_record(['home_care', 'day_care'], NULL, $to);

-- id: csp.eld.trained_workers
-- sources: trainings
-- label: Працівників відділів підвищували професійний рівень (онлайн-курси, тренінги, семінари)
-- unit: persons
-- kind: flow
-- report_id: csp.eld.trained_workers
SELECT trained('ЦНСП', ['emergency_services', 'chronic_diseases', 'disability_rights', 'basic_needs', 'stress_management', 'day_care_children', 'community_services', 'public_technologies', 'critical_situations', 'un_elderly_seminar', 'intersos_case_management', 'psi_first_aid', 'selfhelp_plus'], NULL, $from, $to);

-- id: csp.eld.training.emergency_services
-- sources: trainings
-- label: Навчання працівників: «Надання соціальних послуг екстренно (кризово)»
-- unit: persons
-- kind: flow
-- report_id: csp.eld.training.emergency_services
SELECT trained('ЦНСП', ['emergency_services'], NULL, $from, $to);

-- id: csp.eld.training.chronic_diseases
-- sources: trainings
-- label: Навчання працівників: «Соціальна робота з людьми, які мають хронічні захворювання»
-- unit: persons
-- kind: flow
-- report_id: csp.eld.training.chronic_diseases
SELECT trained('ЦНСП', ['chronic_diseases'], NULL, $from, $to);

-- id: csp.eld.training.disability_rights
-- sources: trainings
-- label: Навчання працівників: «Захист прав людей з інвалідністю»
-- unit: persons
-- kind: flow
-- report_id: csp.eld.training.disability_rights
SELECT trained('ЦНСП', ['disability_rights'], NULL, $from, $to);

-- id: csp.eld.training.basic_needs
-- sources: trainings
-- label: Навчання працівників: «Базові соціальні потреби та соціальна взаємодія»
-- unit: persons
-- kind: flow
-- report_id: csp.eld.training.basic_needs
SELECT trained('ЦНСП', ['basic_needs'], NULL, $from, $to);

-- id: csp.eld.training.stress_management
-- sources: trainings
-- label: Навчання працівників: «Управління стресом у практиці соціальної роботи»
-- unit: persons
-- kind: flow
-- report_id: csp.eld.training.stress_management
SELECT trained('ЦНСП', ['stress_management'], NULL, $from, $to);

-- id: csp.eld.training.day_care_children
-- sources: trainings
-- label: Навчання працівників: «Денний догляд для дітей з інвалідністю»
-- unit: persons
-- kind: flow
-- report_id: csp.eld.training.day_care_children
SELECT trained('ЦНСП', ['day_care_children'], NULL, $from, $to);

-- id: csp.eld.training.community_services
-- sources: trainings
-- label: Навчання працівників: «Організація соціальних послуг в територіальній громаді»
-- unit: persons
-- kind: flow
-- report_id: csp.eld.training.community_services
SELECT trained('ЦНСП', ['community_services'], NULL, $from, $to);

-- id: csp.eld.training.public_technologies
-- sources: trainings
-- label: Навчання працівників: «Громадські технології для людей з інвалідністю»
-- unit: persons
-- kind: flow
-- report_id: csp.eld.training.public_technologies
SELECT trained('ЦНСП', ['public_technologies'], NULL, $from, $to);

-- id: csp.eld.training.critical_situations
-- sources: trainings
-- label: Навчання працівників: «Формування соціальної поведінки людей з інвалідністю в критичних ситуаціях»
-- unit: persons
-- kind: flow
-- report_id: csp.eld.training.critical_situations
SELECT trained('ЦНСП', ['critical_situations'], NULL, $from, $to);

-- id: csp.eld.training.un_elderly_seminar
-- sources: trainings
-- label: Навчання працівників: семінар «Особливості роботи з людьми похилого віку…» (програма ООН)
-- unit: persons
-- kind: flow
-- report_id: csp.eld.training.un_elderly_seminar
SELECT trained('ЦНСП', ['un_elderly_seminar'], NULL, $from, $to);

-- id: csp.eld.training.intersos_case_management
-- sources: trainings
-- label: Навчання працівників: тренінг «Кейс-менеджмент…» (INTERSOS)
-- unit: persons
-- kind: flow
-- report_id: csp.eld.training.intersos_case_management
SELECT trained('ЦНСП', ['intersos_case_management'], NULL, $from, $to);

-- id: csp.eld.training.psi_first_aid
-- sources: trainings
-- label: Навчання працівників: семінар «Первинна психологічна допомога військовим та їх сім’ям» (PSI)
-- unit: persons
-- kind: flow
-- report_id: csp.eld.training.psi_first_aid
SELECT trained('ЦНСП', ['psi_first_aid'], NULL, $from, $to);

-- id: csp.eld.training.selfhelp_plus
-- sources: trainings
-- label: Навчання працівників: тренінг «Самодопомога Плюс» (Лікарі світу)
-- unit: persons
-- kind: flow
-- report_id: csp.eld.training.selfhelp_plus
SELECT trained('ЦНСП', ['selfhelp_plus'], NULL, $from, $to);

-- id: csp.eld.training_ms_office
-- sources: trainings
-- label: Працівників пройшли навчання «MS Office Word» та «MS Office Excel» (проєкт GIZ)
-- unit: persons
-- kind: flow
-- report_id: csp.eld.training_ms_office
SELECT trained('ЦНСП', ['ms_office'], NULL, $from, $to);

-- id: csp.eld.certified
-- sources: trainings
-- label: Працівників Центру підвищили професійний рівень та отримали сертифікати за професіями
-- unit: persons
-- kind: flow
-- report_id: csp.eld.certified
SELECT trained('ЦНСП', ['certification'], NULL, $from, $to);

-- id: csp.eld.certified.psychologist
-- sources: trainings
-- label: практичний психолог (соціальна сфера)
-- unit: persons
-- kind: flow
-- report_id: csp.eld.certified.psychologist
SELECT trained('ЦНСП', ['certification'], 'практичний психолог', $from, $to);

-- id: csp.eld.certified.social_worker
-- sources: trainings
-- label: фахівець із соціальної роботи
-- unit: persons
-- kind: flow
-- report_id: csp.eld.certified.social_worker
SELECT trained('ЦНСП', ['certification'], 'фахівець із соціальної роботи', $from, $to);

-- id: csp.home_care.served
-- sources: csc_cases
-- label: Відділеннями соціальних послуг за місцем проживання обслужено осіб (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.home_care.served
SELECT csc_served(['home_care'], NULL, $from, $to);

-- id: csp.home_care.served.elderly
-- sources: csc_cases
-- label: з них осіб похилого віку (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.home_care.served.elderly
SELECT csc_served(['home_care'], ['elderly'], $from, $to);

-- id: csp.home_care.served.disabled
-- sources: csc_cases
-- label: з них осіб з інвалідністю (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.home_care.served.disabled
SELECT csc_served(['home_care'], ['disabled'], $from, $to);

-- id: csp.home_care.served.disabled_children
-- sources: csc_cases
-- label: з них діти з інвалідністю (кожну особу враховано один раз)
-- unit: children
-- kind: flow
-- report_id: csp.home_care.served.disabled_children
SELECT csc_served(['home_care'], ['disabled_child'], $from, $to);

-- id: csp.home_care.served.idp
-- sources: csc_cases
-- label: з них особи зі статусом ВПО (перетинається з іншими категоріями) (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.home_care.served.idp
SELECT csc_served(['home_care'], ['idp'], $from, $to);

-- id: csp.home_care.served.differentiated_fee
-- sources: csc_cases
-- label: з них отримували послуги зі встановленням диференційованої плати (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.home_care.served.differentiated_fee
SELECT csc_served(['home_care'], ['fee:диференційована'], $from, $to);

-- id: csp.home_care.served.paid
-- sources: csc_cases
-- label: з них на платній основі (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.home_care.served.paid
SELECT csc_served(['home_care'], ['fee:платна'], $from, $to);

-- id: csp.home_care.surveyed
-- label: Проведено обстеження матеріально-побутових умов непрацездатних громадян (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.home_care.surveyed
SELECT csc_clients(['home_care'], ['survey'], NULL, $from, $to);

-- id: csp.home_care.taken_on
-- sources: csc_cases
-- label: з них взято на обслуговування (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.home_care.taken_on
SELECT csc_taken_on(['home_care'], NULL, $from, $to);

-- id: csp.home_care.removed
-- sources: csc_cases
-- label: Знято з обслуговування з різних причин (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.home_care.removed
SELECT csc_removed(['home_care'], NULL, $from, $to);

-- id: csp.home_care.measures
-- label: Надано заходів соціальної послуги догляду вдома
-- unit: measures
-- kind: flow
-- report_id: csp.home_care.measures
SELECT csc_measures(['home_care'], ['home_care'], $from, $to);

-- id: csp.home_care.natural_aid_measures
-- label: Надано заходів соціальної послуги натуральної допомоги
-- unit: measures
-- kind: flow
-- report_id: csp.home_care.natural_aid_measures
SELECT csc_measures(['home_care'], ['hairdresser', 'seamstress', 'repair', 'food_aid'], $from, $to);

-- id: csp.home_care.natural_aid.hairdresser.persons
-- label: Натуральна допомога: послуги перукаря — осіб (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.home_care.natural_aid.hairdresser.persons
SELECT csc_clients(['home_care'], ['hairdresser'], NULL, $from, $to);

-- id: csp.home_care.natural_aid.hairdresser.services
-- label: Натуральна допомога: послуги перукаря — послуг
-- unit: services
-- kind: flow
-- report_id: csp.home_care.natural_aid.hairdresser.services
SELECT csc_quantity(['home_care'], ['hairdresser'], $from, $to);

-- id: csp.home_care.natural_aid.seamstress.persons
-- label: Натуральна допомога: швачки — осіб (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.home_care.natural_aid.seamstress.persons
SELECT csc_clients(['home_care'], ['seamstress'], NULL, $from, $to);

-- id: csp.home_care.natural_aid.seamstress.services
-- label: Натуральна допомога: швачки — послуг
-- unit: services
-- kind: flow
-- report_id: csp.home_care.natural_aid.seamstress.services
SELECT csc_quantity(['home_care'], ['seamstress'], $from, $to);

-- id: csp.home_care.natural_aid.repair.persons
-- label: Натуральна допомога: робітник з комплексного обслуговування й ремонту будинків — осіб (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.home_care.natural_aid.repair.persons
SELECT csc_clients(['home_care'], ['repair'], NULL, $from, $to);

-- id: csp.home_care.natural_aid.repair.services
-- label: Натуральна допомога: робітник з комплексного обслуговування й ремонту будинків — послуг
-- unit: services
-- kind: flow
-- report_id: csp.home_care.natural_aid.repair.services
SELECT csc_quantity(['home_care'], ['repair'], $from, $to);

-- id: csp.home_care.natural_aid.food.persons
-- label: Натуральна допомога: продукти харчування — осіб (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.home_care.natural_aid.food.persons
SELECT csc_clients(['home_care'], ['food_aid'], NULL, $from, $to);

-- id: csp.home_care.registered
-- sources: csc_cases
-- label: На обліку у трьох відділеннях соціальних послуг за місцем проживання (кожну особу враховано один раз)
-- unit: persons
-- kind: stock
-- report_id: csp.home_care.registered
SELECT csc_on_record(['home_care'], NULL, $to);

-- id: csp.home_care.quality_monitoring
-- label: Проведено моніторинг якості роботи соціальних робітників (осіб) (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.home_care.quality_monitoring
SELECT csc_clients(['home_care'], ['quality_monitoring'], NULL, $from, $to);

-- id: csp.home_care.visits
-- label: Кількість відвідувань підопічних за звітний період
-- unit: visits
-- kind: flow
-- report_id: csp.home_care.visits
SELECT csc_quantity(['home_care'], ['home_care'], $from, $to);

-- id: csp.inclusive.children
-- label: Соціальну послугу супровід під час інклюзивного навчання отримали дітей
-- unit: children
-- kind: flow
-- report_id: csp.inclusive.children
SELECT csc_clients(['inclusive'], ['inclusive_support'], NULL, $from, $to);

-- id: csp.inclusive.services
-- label: Супровід під час інклюзивного навчання: надано послуг
-- unit: services
-- kind: flow
-- report_id: csp.inclusive.services
SELECT csc_quantity(['inclusive'], ['inclusive_support'], $from, $to);

-- id: csp.inclusive.measures
-- label: Супровід під час інклюзивного навчання: заходів соціальної послуги
-- unit: measures
-- kind: flow
-- report_id: csp.inclusive.measures
SELECT csc_measures(['inclusive'], ['inclusive_support'], $from, $to);

-- id: csp.inclusive.parents_trained
-- label: Батьки дітей, які потребують супроводу, пройшли навчання (Дніпропетровський ЦСС)
-- unit: persons
-- kind: flow
-- report_id: csp.inclusive.parents_trained
SELECT csc_clients(['inclusive'], ['parent_training'], NULL, $from, $to);

-- id: csp.day.registered_during
-- sources: csc_cases
-- label: У відділеннях денного перебування на обліку перебувало за звітний період осіб (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.day.registered_during
SELECT csc_served(['day_care'], NULL, $from, $to);

-- id: csp.day.registered_during.elderly
-- sources: csc_cases
-- label: з них осіб похилого віку (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.day.registered_during.elderly
SELECT csc_served(['day_care'], ['elderly'], $from, $to);

-- id: csp.day.registered_during.disabled
-- sources: csc_cases
-- label: з них осіб з інвалідністю (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.day.registered_during.disabled
SELECT csc_served(['day_care'], ['disabled'], $from, $to);

-- id: csp.day.registered_during.disabled_children
-- sources: csc_cases
-- label: з них дітей з інвалідністю (кожну особу враховано один раз)
-- unit: children
-- kind: flow
-- report_id: csp.day.registered_during.disabled_children
SELECT csc_served(['day_care'], ['disabled_child'], $from, $to);

-- id: csp.day.registered_during.sick_working_age
-- sources: csc_cases
-- label: з них хворий з числа працездатного віку до встановлення групи інвалідності (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.day.registered_during.sick_working_age
SELECT csc_served(['day_care'], ['sick_working_age'], $from, $to);

-- id: csp.day.registered_during.idp
-- sources: csc_cases
-- label: з них внутрішньо переміщених осіб (перетинається з іншими категоріями) (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.day.registered_during.idp
SELECT csc_served(['day_care'], ['idp'], $from, $to);

-- id: csp.day.taken_on
-- sources: csc_cases
-- label: Денне перебування: взято на обслуговування (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.day.taken_on
SELECT csc_taken_on(['day_care'], NULL, $from, $to);

-- id: csp.day.removed
-- sources: csc_cases
-- label: Денне перебування: знято з обслуговування з різних причин (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.day.removed
SELECT csc_removed(['day_care'], NULL, $from, $to);

-- id: csp.day.registered
-- sources: csc_cases
-- label: Денне перебування: на обліку перебуває (кожну особу враховано один раз)
-- unit: persons
-- kind: stock
-- report_id: csp.day.registered
SELECT csc_on_record(['day_care'], NULL, $to);

-- id: csp.day.day_care.persons
-- label: Соціальною послугою денний догляд охоплено осіб (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.day.day_care.persons
SELECT csc_clients(['day_care'], ['day_care'], NULL, $from, $to);

-- id: csp.day.day_care.services
-- label: Денний догляд: надано послуг
-- unit: services
-- kind: flow
-- report_id: csp.day.day_care.services
SELECT csc_quantity(['day_care'], ['day_care'], $from, $to);

-- id: csp.day.hot_meals.persons
-- label: Отримувачі денного догляду, забезпечені гарячим харчуванням (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.day.hot_meals.persons
SELECT csc_clients(['day_care'], ['hot_meal'], NULL, $from, $to);

-- id: csp.day.hot_meals.sum
-- label: Гаряче харчування отримувачів денного догляду за рахунок місцевого бюджету — сума
-- unit: uah
-- kind: flow
-- report_id: csp.day.hot_meals.sum
SELECT csc_amount(['day_care'], ['hot_meal'], $from, $to);

-- id: csp.day.social_adaptation.persons
-- label: Соціальною послугою соціальна адаптація охоплено осіб (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.day.social_adaptation.persons
SELECT csc_clients(['day_care'], ['social_adaptation'], NULL, $from, $to);

-- id: csp.day.social_adaptation.services
-- label: Соціальна адаптація: надано послуг
-- unit: services
-- kind: flow
-- report_id: csp.day.social_adaptation.services
SELECT csc_quantity(['day_care'], ['social_adaptation'], $from, $to);

-- id: csp.day.university_third_age.persons
-- label: «Університет третього віку»: відвідували факультети осіб (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.day.university_third_age.persons
SELECT csc_clients(['day_care'], ['university'], NULL, $from, $to);

-- id: csp.day.museum_project.persons
-- label: Заходами музейного проєкту «Світ навколо нас» скористалися отримувачів (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.day.museum_project.persons
SELECT csc_clients(['day_care'], ['museum'], NULL, $from, $to);

-- id: csp.day.natural_aid.persons
-- label: Заходи соціальної послуги натуральної допомоги отримали осіб (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.day.natural_aid.persons
SELECT csc_clients(['day_care'], ['food_set', 'essentials', 'hairdresser', 'seamstress', 'repair', 'clothing'], NULL, $from, $to);

-- id: csp.day.natural_aid.food_sets
-- label: Натуральна допомога: продуктові набори — осіб (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.day.natural_aid.food_sets
SELECT csc_clients(['day_care'], ['food_set'], NULL, $from, $to);

-- id: csp.day.natural_aid.essentials
-- label: Натуральна допомога: товари першої необхідності — осіб (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.day.natural_aid.essentials
SELECT csc_clients(['day_care'], ['essentials'], NULL, $from, $to);

-- id: csp.day.natural_aid.hairdresser.persons
-- label: Натуральна допомога: послуги перукаря — осіб (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.day.natural_aid.hairdresser.persons
SELECT csc_clients(['day_care'], ['hairdresser'], NULL, $from, $to);

-- id: csp.day.natural_aid.hairdresser.services
-- label: Натуральна допомога: послуги перукаря — послуг
-- unit: services
-- kind: flow
-- report_id: csp.day.natural_aid.hairdresser.services
SELECT csc_quantity(['day_care'], ['hairdresser'], $from, $to);

-- id: csp.day.natural_aid.seamstress.persons
-- label: Натуральна допомога: швачки — осіб (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.day.natural_aid.seamstress.persons
SELECT csc_clients(['day_care'], ['seamstress'], NULL, $from, $to);

-- id: csp.day.natural_aid.seamstress.services
-- label: Натуральна допомога: швачки — послуг
-- unit: services
-- kind: flow
-- report_id: csp.day.natural_aid.seamstress.services
SELECT csc_quantity(['day_care'], ['seamstress'], $from, $to);

-- id: csp.day.natural_aid.repair.persons
-- label: Натуральна допомога: робітник з комплексного обслуговування й ремонту — осіб (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.day.natural_aid.repair.persons
SELECT csc_clients(['day_care'], ['repair'], NULL, $from, $to);

-- id: csp.day.natural_aid.repair.services
-- label: Натуральна допомога: робітник з комплексного обслуговування й ремонту — послуг
-- unit: services
-- kind: flow
-- report_id: csp.day.natural_aid.repair.services
SELECT csc_quantity(['day_care'], ['repair'], $from, $to);

-- id: csp.day.natural_aid.clothing.persons
-- label: Натуральна допомога: одяг — осіб (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.day.natural_aid.clothing.persons
SELECT csc_clients(['day_care'], ['clothing'], NULL, $from, $to);

-- id: csp.day.natural_aid.clothing.items
-- label: Натуральна допомога: одяг — одиниць
-- unit: items
-- kind: flow
-- report_id: csp.day.natural_aid.clothing.items
SELECT csc_quantity(['day_care'], ['clothing'], $from, $to);

-- id: csp.day.gifts.children_day.children
-- label: До Дня захисту дітей продуктові набори отримали дітей, які на обслуговуванні (кожну особу враховано один раз)
-- unit: children
-- kind: flow
-- report_id: csp.day.gifts.children_day.children
SELECT csc_clients(['day_care'], ['gift_children_day'], ['age_child'], $from, $to);

-- id: csp.day.gifts.disabled_day.adults
-- label: До Міжнародного дня осіб з інвалідністю натуральну допомогу (подушки) отримали осіб з інвалідністю (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.day.gifts.disabled_day.adults
SELECT csc_clients(['day_care'], ['gift_disabled_pillow'], NULL, $from, $to);

-- id: csp.day.gifts.disabled_day.children
-- label: До Міжнародного дня осіб з інвалідністю продуктові набори отримали дітей з інвалідністю (кожну особу враховано один раз)
-- unit: children
-- kind: flow
-- report_id: csp.day.gifts.disabled_day.children
SELECT csc_clients(['day_care'], ['gift_disabled_food'], ['age_child'], $from, $to);

-- id: csp.day.gifts.new_year.children_u14
-- label: До Новорічних свят солодкі подарунки отримали дітей віком до 14 років (місцевий бюджет) (кожну особу враховано один раз)
-- unit: children
-- kind: flow
-- report_id: csp.day.gifts.new_year.children_u14
SELECT csc_clients(['day_care'], ['gift_new_year'], ['age_u14'], $from, $to);

-- id: csp.day.gifts.new_year.children_u18_sponsor
-- label: Солодкі подарунки дітям віком до 18 років (меценат АТ «ДНІПРОАЗОТ») (кожну особу враховано один раз)
-- unit: children
-- kind: flow
-- report_id: csp.day.gifts.new_year.children_u18_sponsor
SELECT csc_clients(['day_care'], ['gift_new_year_sponsor'], ['age_child'], $from, $to);

-- id: csp.day.gifts.children_day.sum
-- label: До Дня захисту дітей продуктові набори (місцевий бюджет) — сума
-- unit: uah
-- kind: flow
-- report_id: csp.day.gifts.children_day.sum
SELECT csc_amount(['day_care'], ['gift_children_day'], $from, $to);

-- id: csp.day.gifts.disabled_day.adults_sum
-- label: Подушки особам з інвалідністю — сума
-- unit: uah
-- kind: flow
-- report_id: csp.day.gifts.disabled_day.adults_sum
SELECT csc_amount(['day_care'], ['gift_disabled_pillow'], $from, $to);

-- id: csp.day.gifts.disabled_day.children_sum
-- label: Продуктові набори дітям з інвалідністю — сума
-- unit: uah
-- kind: flow
-- report_id: csp.day.gifts.disabled_day.children_sum
SELECT csc_amount(['day_care'], ['gift_disabled_food'], $from, $to);

-- id: csp.day.gifts.new_year.children_u14_sum
-- label: Солодкі подарунки дітям до 14 років — сума
-- unit: uah
-- kind: flow
-- report_id: csp.day.gifts.new_year.children_u14_sum
SELECT csc_amount(['day_care'], ['gift_new_year'], $from, $to);

-- id: csp.day.gifts.new_year.children_u18_sponsor_sum
-- label: Солодкі подарунки дітям до 18 років (АТ «ДНІПРОАЗОТ») — сума
-- unit: uah
-- kind: flow
-- report_id: csp.day.gifts.new_year.children_u18_sponsor_sum
SELECT csc_amount(['day_care'], ['gift_new_year_sponsor'], $from, $to);

-- id: csp.idp_shelter.persons
-- label: У пункті тимчасового розміщення ВПО отримали соціальну послугу надання притулку осіб
-- unit: persons
-- kind: flow
-- report_id: csp.idp_shelter.persons
SELECT csc_clients(['idp_shelter'], ['shelter'], NULL, $from, $to);

-- id: csp.idp_shelter.elderly
-- label: з них осіб похилого віку
-- unit: persons
-- kind: flow
-- report_id: csp.idp_shelter.elderly
SELECT csc_clients(['idp_shelter'], ['shelter'], ['elderly'], $from, $to);

-- id: csp.idp_shelter.disabled
-- label: з них осіб з інвалідністю
-- unit: persons
-- kind: flow
-- report_id: csp.idp_shelter.disabled
SELECT csc_clients(['idp_shelter'], ['shelter'], ['disabled'], $from, $to);

-- id: csp.idp_shelter.difficult_circumstances
-- label: з них осіб, які опинилися в складних життєвих обставинах
-- unit: persons
-- kind: flow
-- report_id: csp.idp_shelter.difficult_circumstances
SELECT csc_clients(['idp_shelter'], ['shelter'], ['difficult'], $from, $to);

-- id: csp.idp_shelter.services
-- label: Притулок для ВПО: надано послуг
-- unit: services
-- kind: flow
-- report_id: csp.idp_shelter.services
SELECT csc_quantity(['idp_shelter'], ['shelter'], $from, $to);

-- id: csp.idp_shelter.measures
-- label: Притулок для ВПО: заходів соціальної послуги
-- unit: measures
-- kind: flow
-- report_id: csp.idp_shelter.measures
SELECT csc_measures(['idp_shelter'], ['shelter'], $from, $to);

-- id: csp.rental.persons
-- label: Послугами прокату технічних засобів реабілітації скористалися осіб
-- unit: persons
-- kind: flow
-- report_id: csp.rental.persons
SELECT csc_clients(['rental'], ['rental'], NULL, $from, $to);

-- id: csp.rental.units
-- label: Видано в прокат одиниць засобів реабілітації
-- unit: units
-- kind: flow
-- report_id: csp.rental.units
SELECT csc_quantity(['rental'], ['rental'], $from, $to);

-- id: csp.social_taxi.contracts
-- label: «Соціальне таксі»: укладено договорів про надання послуги
-- unit: documents
-- kind: flow
-- report_id: csp.social_taxi.contracts
SELECT csc_acts(['social_taxi'], ['taxi_contract'], $from, $to);

-- id: csp.social_taxi.services
-- label: «Соціальне таксі»: надано транспортних послуг
-- unit: services
-- kind: flow
-- report_id: csp.social_taxi.services
SELECT csc_quantity(['social_taxi'], ['taxi_city', 'taxi_oblast'], $from, $to);

-- id: csp.social_taxi.services.city
-- label: у межах міста
-- unit: services
-- kind: flow
-- report_id: csp.social_taxi.services.city
SELECT csc_quantity(['social_taxi'], ['taxi_city'], $from, $to);

-- id: csp.social_taxi.services.oblast
-- label: у межах області
-- unit: services
-- kind: flow
-- report_id: csp.social_taxi.services.oblast
SELECT csc_quantity(['social_taxi'], ['taxi_oblast'], $from, $to);

-- id: csp.social_taxi.registered
-- sources: csc_cases
-- label: «Соціальне таксі»: на обліку знаходиться осіб
-- unit: persons
-- kind: stock
-- report_id: csp.social_taxi.registered
SELECT csc_on_record(['social_taxi'], NULL, $to);

-- id: csp.social_taxi.registered.children
-- sources: csc_cases
-- label: з них дітей
-- unit: children
-- kind: stock
-- report_id: csp.social_taxi.registered.children
SELECT csc_on_record(['social_taxi'], ['age_child'], $to);

-- id: csp.social_taxi.registered.adults
-- sources: csc_cases
-- label: з них дорослих
-- unit: persons
-- kind: stock
-- report_id: csp.social_taxi.registered.adults
SELECT csc_on_record(['social_taxi'], ['age_adult'], $to);

-- id: csp.transport.persons
-- label: Послугами автотранспорту Центру скористалися осіб
-- unit: persons
-- kind: flow
-- report_id: csp.transport.persons
SELECT csc_clients(['transport'], ['transport_city', 'transport_oblast'], NULL, $from, $to);

-- id: csp.transport.services
-- label: Автотранспорт Центру: надано транспортних послуг
-- unit: services
-- kind: flow
-- report_id: csp.transport.services
SELECT csc_quantity(['transport'], ['transport_city', 'transport_oblast'], $from, $to);

-- id: csp.transport.city.persons
-- label: Автотранспорт: у межах міста — осіб
-- unit: persons
-- kind: flow
-- report_id: csp.transport.city.persons
SELECT csc_clients(['transport'], ['transport_city'], NULL, $from, $to);

-- id: csp.transport.city.services
-- label: Автотранспорт: у межах міста — послуг
-- unit: services
-- kind: flow
-- report_id: csp.transport.city.services
SELECT csc_quantity(['transport'], ['transport_city'], $from, $to);

-- id: csp.transport.oblast.persons
-- label: Автотранспорт: у межах області — осіб
-- unit: persons
-- kind: flow
-- report_id: csp.transport.oblast.persons
SELECT csc_clients(['transport'], ['transport_oblast'], NULL, $from, $to);

-- id: csp.transport.oblast.services
-- label: Автотранспорт: у межах області — послуг
-- unit: services
-- kind: flow
-- report_id: csp.transport.oblast.services
SELECT csc_quantity(['transport'], ['transport_oblast'], $from, $to);

-- id: csp.homeless.served
-- sources: csc_cases
-- label: Відділом обслужено отримувачів соціальних послуг (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.served
SELECT csc_served(['homeless_reg', 'night_shelter', 'released'], NULL, $from, $to);

-- id: csp.homeless.services
-- label: Відділом надано послуг
-- unit: services
-- kind: flow
-- report_id: csp.homeless.services
SELECT csc_measures(['homeless_reg', 'night_shelter', 'released'], NULL, $from, $to);

-- id: csp.homeless.registered
-- sources: csc_cases
-- label: На обліку у відділі перебуває осіб (кожну особу враховано один раз)
-- unit: persons
-- kind: stock
-- report_id: csp.homeless.registered
SELECT csc_on_record(['homeless_reg', 'night_shelter', 'released'], NULL, $to);

-- id: csp.homeless.reg.served
-- sources: csc_cases
-- label: Відділенням обліку бездомних осіб обслужено отримувачів
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.reg.served
SELECT csc_served(['homeless_reg'], NULL, $from, $to);

-- id: csp.homeless.reg.measures
-- label: Надано заходів соціальної послуги представництво інтересів
-- unit: measures
-- kind: flow
-- report_id: csp.homeless.reg.measures
SELECT csc_measures(['homeless_reg'], ['representation'], $from, $to);

-- id: csp.homeless.reg.taken_on
-- sources: csc_cases
-- label: Взято на облік осіб
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.reg.taken_on
SELECT csc_taken_on(['homeless_reg'], NULL, $from, $to);

-- id: csp.homeless.reg.taken_on.elderly
-- sources: csc_cases
-- label: з них осіб похилого віку
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.reg.taken_on.elderly
SELECT csc_taken_on(['homeless_reg'], ['elderly'], $from, $to);

-- id: csp.homeless.reg.taken_on.disabled
-- sources: csc_cases
-- label: з них осіб з інвалідністю
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.reg.taken_on.disabled
SELECT csc_taken_on(['homeless_reg'], ['disabled'], $from, $to);

-- id: csp.homeless.reg.taken_on.working_age
-- sources: csc_cases
-- label: з них осіб працездатного віку
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.reg.taken_on.working_age
SELECT csc_taken_on(['homeless_reg'], ['working_age'], $from, $to);

-- id: csp.homeless.reg.removed
-- sources: csc_cases
-- label: Знято з обслуговування
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.reg.removed
SELECT csc_removed(['homeless_reg'], NULL, $from, $to);

-- id: csp.homeless.reg.registered
-- sources: csc_cases
-- label: На обліку у відділенні обліку бездомних осіб перебуває
-- unit: persons
-- kind: stock
-- report_id: csp.homeless.reg.registered
SELECT csc_on_record(['homeless_reg'], NULL, $to);

-- id: csp.homeless.reg.sent_night_shelter
-- label: Направлено на проживання до відділення нічного перебування
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.reg.sent_night_shelter
SELECT csc_clients(['homeless_reg'], ['sent_night_shelter'], NULL, $from, $to);

-- id: csp.homeless.reg.sent_released_unit
-- label: Направлено до відділення соціальної адаптації звільнених осіб
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.reg.sent_released_unit
SELECT csc_clients(['homeless_reg'], ['sent_released_unit'], NULL, $from, $to);

-- id: csp.homeless.reg.sent_heating_point
-- label: Направлено до стаціонарного пункту обігріву при відділі
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.reg.sent_heating_point
SELECT csc_clients(['homeless_reg'], ['sent_heating_point'], NULL, $from, $to);

-- id: csp.homeless.reg.passport_help
-- label: Надано юридичну допомогу для відновлення паспорта особам
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.reg.passport_help
SELECT csc_clients(['homeless_reg'], ['passport_help'], NULL, $from, $to);

-- id: csp.homeless.reg.hospital_accompaniment
-- label: Здійснено соціальний супровід отримувачів у лікарняних закладах
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.reg.hospital_accompaniment
SELECT csc_clients(['homeless_reg'], ['hospital_accompaniment'], NULL, $from, $to);

-- id: csp.homeless.reg.stateless_help
-- label: Допомога отримувачам без громадянства у підготовці документів до суду
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.reg.stateless_help
SELECT csc_clients(['homeless_reg'], ['stateless_help'], NULL, $from, $to);

-- id: csp.homeless.reg.address_registration_help
-- label: Отримали представництво інтересів (сприяння реєстрації місця проживання за адресою вул.Білоцерківська,1А)
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.reg.address_registration_help
SELECT csc_clients(['homeless_reg'], ['address_registration'], NULL, $from, $to);

-- id: csp.homeless.reg.address_registration_help.disability_pension
-- label: завдяки чому оформили групу інвалідності, отримали державну допомогу, пенсію
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.reg.address_registration_help.disability_pension
SELECT csc_clients_also(['homeless_reg'], ['outcome_disability_pension'], ['address_registration'], $from, $to);

-- id: csp.homeless.reg.address_registration_help.employed
-- label: завдяки чому працевлаштувалися
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.reg.address_registration_help.employed
SELECT csc_clients_also(['homeless_reg'], ['outcome_employed'], ['address_registration'], $from, $to);

-- id: csp.homeless.reg.deregistered_address
-- label: Знято з реєстрації місця проживання отримувачів
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.reg.deregistered_address
SELECT csc_clients(['homeless_reg'], ['address_deregistration'], NULL, $from, $to);

-- id: csp.homeless.reg.address_registered
-- label: Перебувають на реєстраційному обліку отримувачів
-- unit: persons
-- kind: stock
-- report_id: csp.homeless.reg.address_registered
SELECT csc_pending(['homeless_reg'], ['address_registration'], ['address_deregistration'], $to);

-- id: csp.homeless.reg.patrol.raids
-- label: Бригадою соціального патрулювання здійснено рейдів
-- unit: events
-- kind: flow
-- report_id: csp.homeless.reg.patrol.raids
SELECT csc_acts(['homeless_reg'], ['patrol_raid'], $from, $to);

-- id: csp.homeless.reg.patrol.found
-- label: Під час рейдів виявлено бездомних осіб
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.reg.patrol.found
SELECT csc_clients(['homeless_reg'], ['patrol_found'], NULL, $from, $to);

-- id: csp.homeless.reg.patrol.registered
-- sources: csc_acts, csc_cases
-- label: з них взято на облік
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.reg.patrol.registered
SELECT (
    SELECT count(DISTINCT a.client) FROM core_csc_acts a
    JOIN core_csc_cases c ON c.client = a.client AND c.unit_kind = 'homeless_reg'
    WHERE a.unit_kind = 'homeless_reg' AND a.act_key = 'patrol_found' AND a.act_date >= $from::DATE AND a.act_date < $to::DATE
      AND c.taken_on >= $from::DATE AND c.taken_on < $to::DATE);

-- id: csp.homeless.reg.patrol.sent_night_shelter
-- label: з них направлено до відділення нічного перебування
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.reg.patrol.sent_night_shelter
SELECT csc_clients_also(['homeless_reg'], ['patrol_found'], ['sent_night_shelter'], $from, $to);

-- id: csp.homeless.reg.patrol.sent_released_unit
-- label: з них направлено до відділення соціальної адаптації звільнених осіб
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.reg.patrol.sent_released_unit
SELECT csc_clients_also(['homeless_reg'], ['patrol_found'], ['sent_released_unit'], $from, $to);

-- id: csp.homeless.reg.patrol.sent_heating_point
-- label: з них направлено до стаціонарного пункту обігріву
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.reg.patrol.sent_heating_point
SELECT csc_clients_also(['homeless_reg'], ['patrol_found'], ['sent_heating_point'], $from, $to);

-- id: csp.homeless.night.served
-- sources: csc_cases
-- label: Відділенням нічного перебування обслужено отримувачів послуги надання притулку
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.night.served
SELECT csc_served(['night_shelter'], NULL, $from, $to);

-- id: csp.homeless.night.measures
-- label: Надано заходів соціальної послуги надання притулку
-- unit: measures
-- kind: flow
-- report_id: csp.homeless.night.measures
SELECT csc_measures(['night_shelter'], ['shelter'], $from, $to);

-- id: csp.homeless.night.medical_exam
-- label: Направлено на медичне обстеження
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.night.medical_exam
SELECT csc_clients(['night_shelter'], ['medical_exam'], NULL, $from, $to);

-- id: csp.homeless.night.inpatient
-- label: Перебували на стаціонарному лікуванні
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.night.inpatient
SELECT csc_clients(['night_shelter'], ['inpatient'], NULL, $from, $to);

-- id: csp.homeless.night.hiv_tests
-- label: Пройшли обстеження на ВІЛ/СНІД (кабінет «Довіра»)
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.night.hiv_tests
SELECT csc_clients(['night_shelter'], ['hiv_test'], NULL, $from, $to);

-- id: csp.homeless.night.sent_boarding
-- label: Направлені до інтернатних установ області
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.night.sent_boarding
SELECT csc_clients(['night_shelter'], ['sent_boarding'], NULL, $from, $to);

-- id: csp.homeless.night.heating_point_visitors
-- label: До пункту обігріву відділу (вул. Білоцерківська, 1А) звернулось осіб
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.night.heating_point_visitors
SELECT csc_clients(['night_shelter'], ['heating_point_visit'], NULL, $from, $to);

-- id: csp.homeless.night.waiting_boarding
-- label: Чекають путівки до інтернатних установ
-- unit: persons
-- kind: stock
-- report_id: csp.homeless.night.waiting_boarding
SELECT csc_pending(['night_shelter'], ['boarding_requested'], ['sent_boarding'], $to);

-- id: csp.homeless.night.taken_on
-- sources: csc_cases
-- label: Нічне перебування: взято на облік
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.night.taken_on
SELECT csc_taken_on(['night_shelter'], NULL, $from, $to);

-- id: csp.homeless.night.removed
-- sources: csc_cases
-- label: Нічне перебування: знято з обліку
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.night.removed
SELECT csc_removed(['night_shelter'], NULL, $from, $to);

-- id: csp.homeless.night.registered
-- sources: csc_cases
-- label: Нічне перебування: на обслуговуванні перебуває
-- unit: persons
-- kind: stock
-- report_id: csp.homeless.night.registered
SELECT csc_on_record(['night_shelter'], NULL, $to);

-- id: csp.homeless.released.served
-- sources: csc_cases
-- label: Відділенням соціальної адаптації звільнених осіб обслужено
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.released.served
SELECT csc_served(['released'], NULL, $from, $to);

-- id: csp.homeless.released.taken_on
-- sources: csc_cases
-- label: Взято на облік
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.released.taken_on
SELECT csc_taken_on(['released'], NULL, $from, $to);

-- id: csp.homeless.released.removed
-- sources: csc_cases
-- label: Знято з обліку
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.released.removed
SELECT csc_removed(['released'], NULL, $from, $to);

-- id: csp.homeless.released.registered
-- sources: csc_cases
-- label: На обслуговуванні перебуває
-- unit: persons
-- kind: stock
-- report_id: csp.homeless.released.registered
SELECT csc_on_record(['released'], NULL, $to);

-- id: csp.homeless.released.adaptation_measures
-- label: Надано заходів соціальної послуги соціальна адаптація
-- unit: measures
-- kind: flow
-- report_id: csp.homeless.released.adaptation_measures
SELECT csc_measures(['released'], ['social_adaptation'], $from, $to);

-- id: csp.homeless.released.representation_measures
-- label: Надано заходів соціальної послуги представництво інтересів
-- unit: measures
-- kind: flow
-- report_id: csp.homeless.released.representation_measures
SELECT csc_measures(['released'], ['representation'], $from, $to);

-- id: csp.homeless.released.legal_consultations
-- label: Юридична консультація — осіб
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.released.legal_consultations
SELECT csc_clients(['released'], ['legal_consultation', 'legal_consultation_passport'], NULL, $from, $to);

-- id: csp.homeless.released.legal_consultations.passport
-- label: з них допомога у відновленні паспорта
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.released.legal_consultations.passport
SELECT csc_clients(['released'], ['legal_consultation_passport'], NULL, $from, $to);

-- id: csp.homeless.released.employed
-- label: Звільнені, що отримали змогу працевлаштуватися
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.released.employed
SELECT csc_clients(['released'], ['employed'], NULL, $from, $to);

-- id: csp.homeless.released.medical_exam
-- label: Направлено для проходження медичного огляду звільнених осіб
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.released.medical_exam
SELECT csc_clients(['released'], ['medical_exam'], NULL, $from, $to);

-- id: csp.homeless.released.patronage
-- label: Здійснено патронаж осіб
-- unit: persons
-- kind: flow
-- report_id: csp.homeless.released.patronage
SELECT csc_clients(['released'], ['patronage'], NULL, $from, $to);

-- id: csp.homeless.released.contracts
-- label: Складено договорів про надання соціальних послуг
-- unit: documents
-- kind: flow
-- report_id: csp.homeless.released.contracts
SELECT csc_acts(['released'], ['contract'], $from, $to);

-- id: csp.homeless.released.psych_services
-- label: Надано психологічних послуг
-- unit: services
-- kind: flow
-- report_id: csp.homeless.released.psych_services
SELECT csc_quantity(['released'], ['psych_service'], $from, $to);

-- id: csp.homeless.released.probation_info
-- label: Направлено інформацій на засуджених осіб (Центр пробації)
-- unit: documents
-- kind: flow
-- report_id: csp.homeless.released.probation_info
SELECT csc_acts(['released'], ['probation_info'], $from, $to);

-- id: csp.homeless.released.probation_notices
-- label: Надано повідомлень щодо погодження соціального патронажу після звільнення
-- unit: documents
-- kind: flow
-- report_id: csp.homeless.released.probation_notices
SELECT csc_acts(['released'], ['probation_notice'], $from, $to);

-- id: csp.homeless.released.police_references
-- label: Направлено довідок-характеристик на запит слідчих
-- unit: documents
-- kind: flow
-- report_id: csp.homeless.released.police_references
SELECT csc_acts(['released'], ['police_reference'], $from, $to);

-- id: csp.homeless.released.police_info
-- label: Направлено інформацій на отримувачів на запит слідчих
-- unit: documents
-- kind: flow
-- report_id: csp.homeless.released.police_info
SELECT csc_acts(['released'], ['police_info'], $from, $to);

-- id: csp.families.notifications
-- label: До відділу надійшло повідомлень
-- unit: documents
-- kind: flow
-- report_id: csp.families.notifications
SELECT csc_acts(['families'], ['notification'], $from, $to);

-- id: csp.families.needs_assessed.families
-- label: Здійснено оцінку потреб у сім’ях
-- unit: families
-- kind: flow
-- report_id: csp.families.needs_assessed.families
SELECT csc_act_families(['families'], ['needs_assessment'], $from, $to);

-- id: csp.families.needs_assessed.children
-- label: Оцінка потреб: дітей у цих сім’ях
-- unit: children
-- kind: flow
-- report_id: csp.families.needs_assessed.children
SELECT csc_act_children(['families'], ['needs_assessment'], $from, $to);

-- id: csp.families.difficult_identified.families
-- label: Виявлено сімей у складних життєвих обставинах
-- unit: families
-- kind: flow
-- report_id: csp.families.difficult_identified.families
SELECT csc_act_families(['families'], ['difficult_identified'], $from, $to);

-- id: csp.families.difficult_identified.children
-- label: Виявлено у складних життєвих обставинах: дітей
-- unit: children
-- kind: flow
-- report_id: csp.families.difficult_identified.children
SELECT csc_act_children(['families'], ['difficult_identified'], $from, $to);

-- id: csp.families.consulting.families
-- label: Послуга «Консультування»: сімей/осіб
-- unit: families
-- kind: flow
-- report_id: csp.families.consulting.families
SELECT csc_act_families(['families'], ['consulting'], $from, $to);

-- id: csp.families.consulting.children
-- label: Послуга «Консультування»: дітей
-- unit: children
-- kind: flow
-- report_id: csp.families.consulting.children
SELECT csc_act_children(['families'], ['consulting'], $from, $to);

-- id: csp.families.informing.families
-- label: Послуга «Інформування»: сімей/осіб
-- unit: families
-- kind: flow
-- report_id: csp.families.informing.families
SELECT csc_act_families(['families'], ['informing'], $from, $to);

-- id: csp.families.informing.children
-- label: Послуга «Інформування»: дітей
-- unit: children
-- kind: flow
-- report_id: csp.families.informing.children
SELECT csc_act_children(['families'], ['informing'], $from, $to);

-- id: csp.families.crisis.families
-- label: Послуга «Екстрене кризове втручання»: сімей/осіб
-- unit: families
-- kind: flow
-- report_id: csp.families.crisis.families
SELECT csc_act_families(['families'], ['crisis_intervention'], $from, $to);

-- id: csp.families.crisis.children
-- label: Послуга «Екстрене кризове втручання»: дітей
-- unit: children
-- kind: flow
-- report_id: csp.families.crisis.children
SELECT csc_act_children(['families'], ['crisis_intervention'], $from, $to);

-- id: csp.families.needs_met.psych.families
-- label: Задоволено потреби щодо психологічної допомоги: сімей/осіб
-- unit: families
-- kind: flow
-- report_id: csp.families.needs_met.psych.families
SELECT csc_act_families(['families'], ['need_psych'], $from, $to);

-- id: csp.families.needs_met.psych.children
-- label: Задоволено потреби щодо психологічної допомоги: дітей
-- unit: children
-- kind: flow
-- report_id: csp.families.needs_met.psych.children
SELECT csc_act_children(['families'], ['need_psych'], $from, $to);

-- id: csp.families.needs_met.legal.families
-- label: Задоволено потреби щодо юридичної допомоги: сімей/осіб
-- unit: families
-- kind: flow
-- report_id: csp.families.needs_met.legal.families
SELECT csc_act_families(['families'], ['need_legal'], $from, $to);

-- id: csp.families.needs_met.legal.children
-- label: Задоволено потреби щодо юридичної допомоги: дітей
-- unit: children
-- kind: flow
-- report_id: csp.families.needs_met.legal.children
SELECT csc_act_children(['families'], ['need_legal'], $from, $to);

-- id: csp.families.needs_met.employment.families
-- label: Задоволено потреби щодо сприяння в працевлаштуванні: сімей/осіб
-- unit: families
-- kind: flow
-- report_id: csp.families.needs_met.employment.families
SELECT csc_act_families(['families'], ['need_employment'], $from, $to);

-- id: csp.families.needs_met.employment.children
-- label: Задоволено потреби щодо сприяння в працевлаштуванні: дітей
-- unit: children
-- kind: flow
-- report_id: csp.families.needs_met.employment.children
SELECT csc_act_children(['families'], ['need_employment'], $from, $to);

-- id: csp.families.needs_met.treatment.families
-- label: Задоволено потреби щодо сприяння в організації лікування/оздоровлення: сімей/осіб
-- unit: families
-- kind: flow
-- report_id: csp.families.needs_met.treatment.families
SELECT csc_act_families(['families'], ['need_treatment'], $from, $to);

-- id: csp.families.needs_met.treatment.children
-- label: Задоволено потреби щодо сприяння в організації лікування/оздоровлення: дітей
-- unit: children
-- kind: flow
-- report_id: csp.families.needs_met.treatment.children
SELECT csc_act_children(['families'], ['need_treatment'], $from, $to);

-- id: csp.families.needs_met.housing.families
-- label: Задоволено потреби щодо покращення житлово-побутових умов: сімей/осіб
-- unit: families
-- kind: flow
-- report_id: csp.families.needs_met.housing.families
SELECT csc_act_families(['families'], ['need_housing'], $from, $to);

-- id: csp.families.needs_met.housing.children
-- label: Задоволено потреби щодо покращення житлово-побутових умов: дітей
-- unit: children
-- kind: flow
-- report_id: csp.families.needs_met.housing.children
SELECT csc_act_children(['families'], ['need_housing'], $from, $to);

-- id: csp.families.needs_met.family_ties.families
-- label: Задоволено потреби щодо налагодження зв’язків з членами родини, громадою: сімей/осіб
-- unit: families
-- kind: flow
-- report_id: csp.families.needs_met.family_ties.families
SELECT csc_act_families(['families'], ['need_family_ties'], $from, $to);

-- id: csp.families.needs_met.family_ties.children
-- label: Задоволено потреби щодо налагодження зв’язків з членами родини, громадою: дітей
-- unit: children
-- kind: flow
-- report_id: csp.families.needs_met.family_ties.children
SELECT csc_act_children(['families'], ['need_family_ties'], $from, $to);

-- id: csp.families.needs_met.humanitarian.families
-- label: Задоволено потреби щодо сприяння/надання гуманітарної допомоги: сімей/осіб
-- unit: families
-- kind: flow
-- report_id: csp.families.needs_met.humanitarian.families
SELECT csc_act_families(['families'], ['need_humanitarian'], $from, $to);

-- id: csp.families.needs_met.humanitarian.children
-- label: Задоволено потреби щодо сприяння/надання гуманітарної допомоги: дітей
-- unit: children
-- kind: flow
-- report_id: csp.families.needs_met.humanitarian.children
SELECT csc_act_children(['families'], ['need_humanitarian'], $from, $to);

-- id: csp.families.needs_met.documents.families
-- label: Задоволено потреби щодо сприяння в оформленні/відновленні документів: сімей/осіб
-- unit: families
-- kind: flow
-- report_id: csp.families.needs_met.documents.families
SELECT csc_act_families(['families'], ['need_documents'], $from, $to);

-- id: csp.families.needs_met.documents.children
-- label: Задоволено потреби щодо сприяння в оформленні/відновленні документів: дітей
-- unit: children
-- kind: flow
-- report_id: csp.families.needs_met.documents.children
SELECT csc_act_children(['families'], ['need_documents'], $from, $to);

-- id: csp.families.needs_met.referred.families
-- label: Задоволено потреби щодо направлено до інших суб’єктів соціальної роботи: сімей/осіб
-- unit: families
-- kind: flow
-- report_id: csp.families.needs_met.referred.families
SELECT csc_act_families(['families'], ['need_referred'], $from, $to);

-- id: csp.families.needs_met.referred.children
-- label: Задоволено потреби щодо направлено до інших суб’єктів соціальної роботи: дітей
-- unit: children
-- kind: flow
-- report_id: csp.families.needs_met.referred.children
SELECT csc_act_children(['families'], ['need_referred'], $from, $to);

-- id: csp.families.accompaniment.families
-- sources: csc_cases
-- label: Послуга «Соціальний супровід сімей/осіб у СЖО»: сімей/осіб
-- unit: families
-- kind: flow
-- report_id: csp.families.accompaniment.families
SELECT csc_families_served(['fam_difficult'], $from, $to);

-- id: csp.families.accompaniment.children
-- sources: csc_cases
-- label: Послуга «Соціальний супровід сімей/осіб у СЖО»: дітей
-- unit: children
-- kind: flow
-- report_id: csp.families.accompaniment.children
SELECT csc_served(['fam_difficult'], ['age_child'], $from, $to);

-- id: csp.families.orphans_foster.families
-- sources: csc_cases
-- label: Соціальний супровід прийомних сімей: сімей/осіб
-- unit: families
-- kind: flow
-- report_id: csp.families.orphans_foster.families
SELECT csc_families_served(['fam_foster'], $from, $to);

-- id: csp.families.orphans_foster.children
-- sources: csc_cases
-- label: Соціальний супровід прийомних сімей: дітей
-- unit: children
-- kind: flow
-- report_id: csp.families.orphans_foster.children
SELECT csc_served(['fam_foster'], ['age_child'], $from, $to);

-- id: csp.families.orphans_family_homes.families
-- sources: csc_cases
-- label: Соціальний супровід дитячих будинків сімейного типу: сімей/осіб
-- unit: units
-- kind: flow
-- report_id: csp.families.orphans_family_homes.families
SELECT csc_families_served(['fam_homes'], $from, $to);

-- id: csp.families.orphans_family_homes.children
-- sources: csc_cases
-- label: Соціальний супровід дитячих будинків сімейного типу: дітей
-- unit: children
-- kind: flow
-- report_id: csp.families.orphans_family_homes.children
SELECT csc_served(['fam_homes'], ['age_child'], $from, $to);

-- id: csp.families.orphans_guardians.families
-- sources: csc_cases
-- label: Соціальний супровід родин опікунів/піклувальників: сімей/осіб
-- unit: families
-- kind: flow
-- report_id: csp.families.orphans_guardians.families
SELECT csc_families_served(['fam_guardians'], $from, $to);

-- id: csp.families.orphans_guardians.children
-- sources: csc_cases
-- label: Соціальний супровід родин опікунів/піклувальників: дітей
-- unit: children
-- kind: flow
-- report_id: csp.families.orphans_guardians.children
SELECT csc_served(['fam_guardians'], ['age_child'], $from, $to);

-- id: csp.families.accompaniment_terminated.families
-- sources: csc_cases
-- label: Припинено соціальний супровід сімей/осіб
-- unit: families
-- kind: flow
-- report_id: csp.families.accompaniment_terminated.families
SELECT csc_families_closed(['fam_difficult'], NULL, $from, $to);

-- id: csp.families.accompaniment_terminated.children
-- sources: csc_cases
-- label: Припинено соціальний супровід: дітей
-- unit: children
-- kind: flow
-- report_id: csp.families.accompaniment_terminated.children
SELECT csc_removed(['fam_difficult'], ['age_child'], $from, $to);

-- id: csp.families.accompaniment_terminated.overcame
-- sources: csc_cases
-- label: у зв’язку з подоланням та мінімізацією складних життєвих обставин
-- unit: families
-- kind: flow
-- report_id: csp.families.accompaniment_terminated.overcame
SELECT csc_families_closed(['fam_difficult'], ['подолання СЖО'], $from, $to);

-- id: csp.families.accompaniment_terminated.moved_away
-- sources: csc_cases
-- label: у зв’язку з виїздом за межі міста
-- unit: families
-- kind: flow
-- report_id: csp.families.accompaniment_terminated.moved_away
SELECT csc_families_closed(['fam_difficult'], ['виїзд'], $from, $to);

-- id: csp.families.registered.families
-- sources: csc_cases
-- label: На обліку у відділі перебуває сімей/осіб (за справами: сім’ю зі справами у двох відділеннях враховано двічі)
-- unit: families
-- kind: stock
-- report_id: csp.families.registered.families
SELECT csc_families_on_record(['fam_difficult', 'fam_guardians', 'fam_foster', 'fam_homes'], $to);

-- id: csp.families.registered.children
-- sources: csc_cases
-- label: На обліку у відділі: дітей у цих сім’ях (кожну особу враховано один раз)
-- unit: children
-- kind: stock
-- report_id: csp.families.registered.children
SELECT csc_on_record(['fam_difficult', 'fam_guardians', 'fam_foster', 'fam_homes'], ['age_child'], $to);

-- id: csp.families.registered.difficult.families
-- sources: csc_cases
-- label: На обліку: сім’ї/особи у СЖО, що отримують соціальний супровід (кількість)
-- unit: families
-- kind: stock
-- report_id: csp.families.registered.difficult.families
SELECT csc_families_on_record(['fam_difficult'], $to);

-- id: csp.families.registered.difficult.children
-- sources: csc_cases
-- label: На обліку: сім’ї/особи у СЖО, що отримують соціальний супровід — дітей
-- unit: children
-- kind: stock
-- report_id: csp.families.registered.difficult.children
SELECT csc_on_record(['fam_difficult'], ['age_child'], $to);

-- id: csp.families.registered.guardians.families
-- sources: csc_cases
-- label: На обліку: родини опікунів/піклувальників (кількість)
-- unit: families
-- kind: stock
-- report_id: csp.families.registered.guardians.families
SELECT csc_families_on_record(['fam_guardians'], $to);

-- id: csp.families.registered.guardians.children
-- sources: csc_cases
-- label: На обліку: родини опікунів/піклувальників — дітей
-- unit: children
-- kind: stock
-- report_id: csp.families.registered.guardians.children
SELECT csc_on_record(['fam_guardians'], ['age_child'], $to);

-- id: csp.families.registered.foster.families
-- sources: csc_cases
-- label: На обліку: прийомні сім’ї (кількість)
-- unit: families
-- kind: stock
-- report_id: csp.families.registered.foster.families
SELECT csc_families_on_record(['fam_foster'], $to);

-- id: csp.families.registered.foster.children
-- sources: csc_cases
-- label: На обліку: прийомні сім’ї — дітей
-- unit: children
-- kind: stock
-- report_id: csp.families.registered.foster.children
SELECT csc_on_record(['fam_foster'], ['age_child'], $to);

-- id: csp.families.registered.family_homes.families
-- sources: csc_cases
-- label: На обліку: дитячі будинки сімейного типу (кількість)
-- unit: units
-- kind: stock
-- report_id: csp.families.registered.family_homes.families
SELECT csc_families_on_record(['fam_homes'], $to);

-- id: csp.families.registered.family_homes.children
-- sources: csc_cases
-- label: На обліку: дитячі будинки сімейного типу — дітей
-- unit: children
-- kind: stock
-- report_id: csp.families.registered.family_homes.children
SELECT csc_on_record(['fam_homes'], ['age_child'], $to);

-- id: csp.dv.reports
-- label: До відділу надійшло повідомлень та звернень про домашнє насильство
-- unit: documents
-- kind: flow
-- report_id: csp.dv.reports
SELECT csc_acts(['dv'], ['dv_report_police', 'dv_report_self'], $from, $to);

-- id: csp.dv.reports.police
-- label: з них повідомлень від поліції
-- unit: documents
-- kind: flow
-- report_id: csp.dv.reports.police
SELECT csc_acts(['dv'], ['dv_report_police'], $from, $to);

-- id: csp.dv.reports.self_referrals
-- label: з них самозвернень
-- unit: documents
-- kind: flow
-- report_id: csp.dv.reports.self_referrals
SELECT csc_acts(['dv'], ['dv_report_self'], $from, $to);

-- id: csp.dv.specialized_service_requests
-- label: Звернень осіб до спеціалізованої служби первинної соціально-психологічної допомоги
-- unit: documents
-- kind: flow
-- report_id: csp.dv.specialized_service_requests
SELECT csc_acts(['dv'], ['dv_specialized_request'], $from, $to);

-- id: csp.dv.mobile.trips
-- label: Мобільною бригадою здійснено виїздів до постраждалих осіб
-- unit: visits
-- kind: flow
-- report_id: csp.dv.mobile.trips
SELECT csc_acts(['dv_mobile'], ['dv_mobile_trip'], $from, $to);

-- id: csp.dv.mobile.persons
-- label: Мобільна бригада: послуги отримали осіб
-- unit: persons
-- kind: flow
-- report_id: csp.dv.mobile.persons
SELECT csc_clients(['dv_mobile'], ['dv_mobile_service'], NULL, $from, $to);

-- id: csp.dv.mobile.women
-- label: з них жінок
-- unit: persons
-- kind: flow
-- report_id: csp.dv.mobile.women
SELECT csc_clients(['dv_mobile'], ['dv_mobile_service'], ['female', 'age_adult'], $from, $to);

-- id: csp.dv.mobile.men
-- label: з них чоловіків
-- unit: persons
-- kind: flow
-- report_id: csp.dv.mobile.men
SELECT csc_clients(['dv_mobile'], ['dv_mobile_service'], ['male', 'age_adult'], $from, $to);

-- id: csp.dv.mobile.children
-- label: з них дітей
-- unit: children
-- kind: flow
-- report_id: csp.dv.mobile.children
SELECT csc_clients(['dv_mobile'], ['dv_mobile_service'], ['age_child'], $from, $to);

-- id: csp.dv.mobile.children.girls
-- label: з них дівчат
-- unit: children
-- kind: flow
-- report_id: csp.dv.mobile.children.girls
SELECT csc_clients(['dv_mobile'], ['dv_mobile_service'], ['female', 'age_child'], $from, $to);

-- id: csp.dv.mobile.children.boys
-- label: з них хлопців
-- unit: children
-- kind: flow
-- report_id: csp.dv.mobile.children.boys
SELECT csc_clients(['dv_mobile'], ['dv_mobile_service'], ['male', 'age_child'], $from, $to);

-- id: csp.dv.specialized.persons
-- label: До спеціалізованої служби первинної соціально-психологічної допомоги звернулося осіб
-- unit: persons
-- kind: flow
-- report_id: csp.dv.specialized.persons
SELECT csc_clients(['dv'], ['dv_specialized_request'], NULL, $from, $to);

-- id: csp.dv.specialized.women
-- label: з них жінок
-- unit: persons
-- kind: flow
-- report_id: csp.dv.specialized.women
SELECT csc_clients(['dv'], ['dv_specialized_request'], ['female', 'age_adult'], $from, $to);

-- id: csp.dv.specialized.men
-- label: з них чоловіків
-- unit: persons
-- kind: flow
-- report_id: csp.dv.specialized.men
SELECT csc_clients(['dv'], ['dv_specialized_request'], ['male', 'age_adult'], $from, $to);

-- id: csp.dv.specialized.children
-- label: з них дітей
-- unit: children
-- kind: flow
-- report_id: csp.dv.specialized.children
SELECT csc_clients(['dv'], ['dv_specialized_request'], ['age_child'], $from, $to);

-- id: csp.dv.services.psych_support
-- label: Постраждалим особам надано: первинна психологічна підтримка (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.dv.services.psych_support
SELECT csc_clients(['dv', 'dv_mobile', 'dv_crisis_room'], ['psych_support'], NULL, $from, $to);

-- id: csp.dv.services.consulting
-- label: Постраждалим особам надано: консультування (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.dv.services.consulting
SELECT csc_clients(['dv', 'dv_mobile', 'dv_crisis_room'], ['consulting'], NULL, $from, $to);

-- id: csp.dv.services.crisis
-- label: Постраждалим особам надано: екстрене та кризове втручання (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.dv.services.crisis
SELECT csc_clients(['dv', 'dv_mobile', 'dv_crisis_room'], ['crisis_intervention'], NULL, $from, $to);

-- id: csp.dv.services.shelter
-- label: Постраждалим особам надано: надання притулку (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.dv.services.shelter
SELECT csc_clients(['dv', 'dv_mobile', 'dv_crisis_room'], ['shelter'], NULL, $from, $to);

-- id: csp.dv.services.referred
-- label: Постраждалим особам надано: перенаправлено до інших суб’єктів взаємодії (кожну особу враховано один раз)
-- unit: persons
-- kind: flow
-- report_id: csp.dv.services.referred
SELECT csc_clients(['dv', 'dv_mobile', 'dv_crisis_room'], ['referral'], NULL, $from, $to);

-- id: csp.dv.accompanied
-- sources: csc_cases
-- label: Під соціальним супроводом перебуває осіб (домашнє насильство)
-- unit: persons
-- kind: stock
-- report_id: csp.dv.accompanied
SELECT csc_on_record(['dv'], NULL, $to);

-- id: csp.dv.accompanied.women
-- sources: csc_cases
-- label: з них жінок
-- unit: persons
-- kind: stock
-- report_id: csp.dv.accompanied.women
SELECT csc_on_record(['dv'], ['female', 'age_adult'], $to);

-- id: csp.dv.accompanied.women.visually_disabled
-- sources: csc_cases
-- label: з них особа з інвалідністю по зору
-- unit: persons
-- kind: stock
-- report_id: csp.dv.accompanied.women.visually_disabled
SELECT csc_on_record(['dv'], ['female', 'age_adult', 'disabled_sight'], $to);

-- id: csp.dv.accompanied.children
-- sources: csc_cases
-- label: з них дитина
-- unit: children
-- kind: stock
-- report_id: csp.dv.accompanied.children
SELECT csc_on_record(['dv'], ['age_child'], $to);

-- id: csp.dv.crisis_room.shelter
-- label: «Кризова кімната»: послугу надання притулку отримала осіб
-- unit: persons
-- kind: flow
-- report_id: csp.dv.crisis_room.shelter
SELECT csc_clients(['dv_crisis_room'], ['shelter'], NULL, $from, $to);
