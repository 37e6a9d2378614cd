-- The veterans' and IDP support centres: service acts ("services", "documents",
-- "items") and distinct visitors ("persons", "children") by kind of service and
-- applicant category, over [$from, $to).
-- sources: centre_services

-- id: veteran_centre.consultations_total
-- label: Спеціалістами Центру надано інформаційно-консультативних послуг
-- unit: services
-- kind: flow
-- report_id: veteran_centre.consultations_total
SELECT centre_acts('ветерани', ['consultations.status_certificates', 'consultations.housing_benefits', 'consultations.independence_day_payment', 'consultations.defenders_day_aid', 'consultations.death_lump_sum', 'consultations.annual_material_aid', 'consultations.monthly_aid_fallen_families', 'consultations.housing_queue', 'consultations.land_plot', 'consultations.travel', 'consultations.medicines', 'consultations.dental', 'consultations.technical_aids', 'consultations.sanatorium', 'consultations.home_repair', 'consultations.adaptation', 'consultations.unemployment_registration', 'consultations.children_recreation', 'consultations.preschool', 'consultations.free_meals', 'consultations.social_scholarship', 'consultations.psychological', 'consultations.legal', 'consultations.rehabilitation', 'consultations.other'], $from, $to);

-- id: veteran_centre.consultations.status_certificates
-- label: Консультації з питання: встановлення статусу/видачі посвідчень
-- unit: services
-- kind: flow
-- report_id: veteran_centre.consultations.status_certificates
SELECT centre_acts('ветерани', ['consultations.status_certificates'], $from, $to);

-- id: veteran_centre.consultations.housing_benefits
-- label: Консультації з питання: отримання пільг на житлово-комунальні послуги
-- unit: services
-- kind: flow
-- report_id: veteran_centre.consultations.housing_benefits
SELECT centre_acts('ветерани', ['consultations.housing_benefits'], $from, $to);

-- id: veteran_centre.consultations.independence_day_payment
-- label: Консультації з питання: щорічна грошова виплата до Дня Незалежності (державний бюджет)
-- unit: services
-- kind: flow
-- report_id: veteran_centre.consultations.independence_day_payment
SELECT centre_acts('ветерани', ['consultations.independence_day_payment'], $from, $to);

-- id: veteran_centre.consultations.defenders_day_aid
-- label: Консультації з питання: щорічна разова грошова допомога до Дня Захисників і Захисниць (місцевий бюджет)
-- unit: services
-- kind: flow
-- report_id: veteran_centre.consultations.defenders_day_aid
SELECT centre_acts('ветерани', ['consultations.defenders_day_aid'], $from, $to);

-- id: veteran_centre.consultations.death_lump_sum
-- label: Консультації з питання: одноразова грошова допомога у зв’язку із загибеллю (смертю) члена сім’ї (державний бюджет)
-- unit: services
-- kind: flow
-- report_id: veteran_centre.consultations.death_lump_sum
SELECT centre_acts('ветерани', ['consultations.death_lump_sum'], $from, $to);

-- id: veteran_centre.consultations.annual_material_aid
-- label: Консультації з питання: одноразова щорічна матеріальна допомога для вирішення соціально-побутових проблем/лікування
-- unit: services
-- kind: flow
-- report_id: veteran_centre.consultations.annual_material_aid
SELECT centre_acts('ветерани', ['consultations.annual_material_aid'], $from, $to);

-- id: veteran_centre.consultations.monthly_aid_fallen_families
-- label: Консультації з питання: щомісячна матеріальна допомога членам сімей загиблих (померлих) Захисників
-- unit: services
-- kind: flow
-- report_id: veteran_centre.consultations.monthly_aid_fallen_families
SELECT centre_acts('ветерани', ['consultations.monthly_aid_fallen_families'], $from, $to);

-- id: veteran_centre.consultations.housing_queue
-- label: Консультації з питання: квартирний облік для осіб, які потребують поліпшення житлових умов
-- unit: services
-- kind: flow
-- report_id: veteran_centre.consultations.housing_queue
SELECT centre_acts('ветерани', ['consultations.housing_queue'], $from, $to);

-- id: veteran_centre.consultations.land_plot
-- label: Консультації з питання: відведення земельної ділянки
-- unit: services
-- kind: flow
-- report_id: veteran_centre.consultations.land_plot
SELECT centre_acts('ветерани', ['consultations.land_plot'], $from, $to);

-- id: veteran_centre.consultations.travel
-- label: Консультації з питання: пільговий проїзд
-- unit: services
-- kind: flow
-- report_id: veteran_centre.consultations.travel
SELECT centre_acts('ветерани', ['consultations.travel'], $from, $to);

-- id: veteran_centre.consultations.medicines
-- label: Консультації з питання: одержання ліків
-- unit: services
-- kind: flow
-- report_id: veteran_centre.consultations.medicines
SELECT centre_acts('ветерани', ['consultations.medicines'], $from, $to);

-- id: veteran_centre.consultations.dental
-- label: Консультації з питання: зубопротезування
-- unit: services
-- kind: flow
-- report_id: veteran_centre.consultations.dental
SELECT centre_acts('ветерани', ['consultations.dental'], $from, $to);

-- id: veteran_centre.consultations.technical_aids
-- label: Консультації з питання: забезпечення допоміжними технічними засобами реабілітації та протезно-ортопедичними виробами
-- unit: services
-- kind: flow
-- report_id: veteran_centre.consultations.technical_aids
SELECT centre_acts('ветерани', ['consultations.technical_aids'], $from, $to);

-- id: veteran_centre.consultations.sanatorium
-- label: Консультації з питання: санаторно-курортне лікування
-- unit: services
-- kind: flow
-- report_id: veteran_centre.consultations.sanatorium
SELECT centre_acts('ветерани', ['consultations.sanatorium'], $from, $to);

-- id: veteran_centre.consultations.home_repair
-- label: Консультації з питання: поточний/капітальний ремонт власних жилих будинків/квартир
-- unit: services
-- kind: flow
-- report_id: veteran_centre.consultations.home_repair
SELECT centre_acts('ветерани', ['consultations.home_repair'], $from, $to);

-- id: veteran_centre.consultations.adaptation
-- label: Консультації з питання: соціальна та професійна адаптація
-- unit: services
-- kind: flow
-- report_id: veteran_centre.consultations.adaptation
SELECT centre_acts('ветерани', ['consultations.adaptation'], $from, $to);

-- id: veteran_centre.consultations.unemployment_registration
-- label: Консультації з питання: реєстрація безробітних у центрі зайнятості
-- unit: services
-- kind: flow
-- report_id: veteran_centre.consultations.unemployment_registration
SELECT centre_acts('ветерани', ['consultations.unemployment_registration'], $from, $to);

-- id: veteran_centre.consultations.children_recreation
-- label: Консультації з питання: оздоровлення та відпочинок дітей
-- unit: services
-- kind: flow
-- report_id: veteran_centre.consultations.children_recreation
SELECT centre_acts('ветерани', ['consultations.children_recreation'], $from, $to);

-- id: veteran_centre.consultations.preschool
-- label: Консультації з питання: влаштування дітей до дошкільних закладів міста
-- unit: services
-- kind: flow
-- report_id: veteran_centre.consultations.preschool
SELECT centre_acts('ветерани', ['consultations.preschool'], $from, $to);

-- id: veteran_centre.consultations.free_meals
-- label: Консультації з питання: безоплатне харчування дітей у дошкільних та закладах середньої освіти
-- unit: services
-- kind: flow
-- report_id: veteran_centre.consultations.free_meals
SELECT centre_acts('ветерани', ['consultations.free_meals'], $from, $to);

-- id: veteran_centre.consultations.social_scholarship
-- label: Консультації з питання: соціальна стипендія
-- unit: services
-- kind: flow
-- report_id: veteran_centre.consultations.social_scholarship
SELECT centre_acts('ветерани', ['consultations.social_scholarship'], $from, $to);

-- id: veteran_centre.consultations.psychological
-- label: Консультації з питання: психологічна підтримка
-- unit: services
-- kind: flow
-- report_id: veteran_centre.consultations.psychological
SELECT centre_acts('ветерани', ['consultations.psychological'], $from, $to);

-- id: veteran_centre.consultations.legal
-- label: Консультації з питання: юридична підтримка
-- unit: services
-- kind: flow
-- report_id: veteran_centre.consultations.legal
SELECT centre_acts('ветерани', ['consultations.legal'], $from, $to);

-- id: veteran_centre.consultations.rehabilitation
-- label: Консультації з питання: фізична та психологічна реабілітація
-- unit: services
-- kind: flow
-- report_id: veteran_centre.consultations.rehabilitation
SELECT centre_acts('ветерани', ['consultations.rehabilitation'], $from, $to);

-- id: veteran_centre.consultations.other
-- label: Консультації з питання: інше
-- unit: services
-- kind: flow
-- report_id: veteran_centre.consultations.other
SELECT centre_acts('ветерани', ['consultations.other'], $from, $to);

-- id: veteran_centre.psychologist_meetings
-- label: Проведено індивідуальних зустрічей з психологинею онлайн-центру Nika
-- unit: meetings
-- kind: flow
-- report_id: veteran_centre.psychologist_meetings
SELECT centre_acts('ветерани', ['psychologist_meetings'], $from, $to);

-- id: veteran_centre.concert_tickets
-- label: Забезпечено безкоштовними квитками на концерт Тіни Кароль (ГО «ВПО України»)
-- unit: items
-- kind: flow
-- report_id: veteran_centre.concert_tickets
SELECT centre_acts('ветерани', ['concert_tickets'], $from, $to);

-- id: veteran_centre.concert_invited
-- label: Запрошено осіб на концерт Ігоря Юрковського
-- unit: persons
-- kind: flow
-- report_id: veteran_centre.concert_invited
SELECT centre_visitors('ветерани', ['concert_invited'], NULL, $from, $to);

-- id: veteran_centre.irc_children
-- label: Розважальні заходи МО «Міжнародний комітет порятунку» для дітей ветеранів війни
-- unit: children
-- kind: flow
-- report_id: veteran_centre.irc_children
SELECT centre_visitors('ветерани', ['irc_children'], NULL, $from, $to);

-- id: veteran_centre.art_therapy_children
-- label: Захід з арттерапії для дітей ветеранів війни (онлайн-центр Nika)
-- unit: children
-- kind: flow
-- report_id: veteran_centre.art_therapy_children
SELECT centre_visitors('ветерани', ['art_therapy_children'], NULL, $from, $to);

-- id: idp_centre.consultations
-- label: Надано консультацію ВПО (інформаційно-консультаційні послуги)
-- unit: persons
-- kind: flow
-- report_id: idp_centre.consultations
SELECT centre_visitors('ВПО', ['consultations'], NULL, $from, $to);

-- id: idp_centre.hotline_calls
-- label: Через «Гарячу лінію» прийнято звернень (у звіті: «більш ніж»)
-- unit: documents
-- kind: flow
-- report_id: idp_centre.hotline_calls
SELECT centre_acts('ВПО', ['hotline_calls'], $from, $to);

-- id: idp_centre.legal_consultations
-- label: Надано ВПО юридичних консультацій
-- unit: services
-- kind: flow
-- report_id: idp_centre.legal_consultations
SELECT centre_acts('ВПО', ['legal_consultations'], $from, $to);

-- id: idp_centre.psych_help_persons
-- label: Психологами надано допомогу особам у кризовій ситуації
-- unit: persons
-- kind: flow
-- report_id: idp_centre.psych_help_persons
SELECT centre_visitors('ВПО', ['psych_help_persons'], NULL, $from, $to);

-- id: idp_centre.group_events_participants
-- label: Взяли участь у групових заняттях, тренінгах, лекціях, майстер-класах
-- unit: persons
-- kind: flow
-- report_id: idp_centre.group_events_participants
SELECT centre_visitors('ВПО', ['group_events_participants'], NULL, $from, $to);

-- id: idp_centre.uwf_project_participants
-- label: Учасники проєкту «Дитинство в умовах війни…» (Український Жіночий Фонд)
-- unit: persons
-- kind: flow
-- report_id: idp_centre.uwf_project_participants
SELECT centre_visitors('ВПО', ['uwf_project_participants'], NULL, $from, $to);

-- id: idp_centre.medical_consultations
-- label: Надано консультацію лікаря-терапевта ВПО
-- unit: persons
-- kind: flow
-- report_id: idp_centre.medical_consultations
SELECT centre_visitors('ВПО', ['medical_consultations'], NULL, $from, $to);

-- id: idp_centre.medical_consultations.got_medicines
-- label: з них отримали медичні препарати (ліки)
-- unit: persons
-- kind: flow
-- report_id: idp_centre.medical_consultations.got_medicines
SELECT centre_visitors('ВПО', ['medical_consultations.got_medicines'], NULL, $from, $to);

-- id: idp_centre.social_accompaniment
-- label: Послугою соціального супроводу скористалися ВПО
-- unit: persons
-- kind: flow
-- report_id: idp_centre.social_accompaniment
SELECT centre_visitors('ВПО', ['social_accompaniment'], NULL, $from, $to);

-- id: idp_centre.cash_aid.triangle
-- label: Грошова допомога новоприбулим ВПО (Triangle Génération Humanitaire)
-- unit: persons
-- kind: flow
-- report_id: idp_centre.cash_aid.triangle
SELECT centre_visitors('ВПО', ['cash_aid.triangle'], NULL, $from, $to);

-- id: idp_centre.winter_clothes_vouchers
-- label: Зареєстровано осіб на ваучери для придбання зимового одягу
-- unit: persons
-- kind: flow
-- report_id: idp_centre.winter_clothes_vouchers
SELECT centre_visitors('ВПО', ['winter_clothes_vouchers'], NULL, $from, $to);

-- id: idp_centre.cash_aid.martin_club
-- label: Грошова допомога жінкам з числа ВПО (ГО «Мартін-клуб»)
-- unit: persons
-- kind: flow
-- report_id: idp_centre.cash_aid.martin_club
SELECT centre_visitors('ВПО', ['cash_aid.martin_club'], NULL, $from, $to);

-- id: idp_centre.humanitarian_aid.clothes
-- label: Гуманітарна допомога: Одяг
-- unit: persons
-- kind: flow
-- report_id: idp_centre.humanitarian_aid.clothes
SELECT centre_visitors('ВПО', ['humanitarian_aid.clothes'], NULL, $from, $to);

-- id: idp_centre.humanitarian_aid.hygiene
-- label: Гуманітарна допомога: Засоби гігієни
-- unit: persons
-- kind: flow
-- report_id: idp_centre.humanitarian_aid.hygiene
SELECT centre_visitors('ВПО', ['humanitarian_aid.hygiene'], NULL, $from, $to);

-- id: idp_centre.humanitarian_aid.food_sets
-- label: Гуманітарна допомога: Продуктові набори
-- unit: persons
-- kind: flow
-- report_id: idp_centre.humanitarian_aid.food_sets
SELECT centre_visitors('ВПО', ['humanitarian_aid.food_sets'], NULL, $from, $to);

-- id: idp_centre.humanitarian_aid.non_food
-- label: Гуманітарна допомога: Непродовольчі товари
-- unit: persons
-- kind: flow
-- report_id: idp_centre.humanitarian_aid.non_food
SELECT centre_visitors('ВПО', ['humanitarian_aid.non_food'], NULL, $from, $to);

-- id: idp_centre.humanitarian_aid.medical_equipment
-- label: Гуманітарна допомога: Обладнання медичного призначення
-- unit: persons
-- kind: flow
-- report_id: idp_centre.humanitarian_aid.medical_equipment
SELECT centre_visitors('ВПО', ['humanitarian_aid.medical_equipment'], NULL, $from, $to);

-- id: veteran_centre.applicants_total
-- label: До Центру звернулося осіб з числа ветеранів війни та членів їх сімей
-- unit: persons
-- kind: flow
-- good: neutral
-- report_id: veteran_centre.applicants_total
SELECT centre_applicants('ветерани', $from, $to);

-- id: veteran_centre.applicants.combatants
-- label: з числа учасників бойових дій
-- unit: persons
-- kind: flow
-- report_id: veteran_centre.applicants.combatants
SELECT centre_visitors('ветерани', NULL, 'combatants', $from, $to);

-- id: veteran_centre.applicants.war_disabled
-- label: з числа осіб з інвалідністю внаслідок війни
-- unit: persons
-- kind: flow
-- report_id: veteran_centre.applicants.war_disabled
SELECT centre_visitors('ветерани', NULL, 'war_disabled', $from, $to);

-- id: veteran_centre.applicants.war_participants
-- label: з числа учасників війни
-- unit: persons
-- kind: flow
-- report_id: veteran_centre.applicants.war_participants
SELECT centre_visitors('ветерани', NULL, 'war_participants', $from, $to);

-- id: veteran_centre.applicants.fallen_families
-- label: з числа членів сімей загиблих (померлих) Захисників і Захисниць
-- unit: persons
-- kind: flow
-- report_id: veteran_centre.applicants.fallen_families
SELECT centre_visitors('ветерани', NULL, 'fallen_families', $from, $to);

-- id: veteran_centre.applicants.veteran_families
-- label: з числа членів сімей ветеранів війни
-- unit: persons
-- kind: flow
-- report_id: veteran_centre.applicants.veteran_families
SELECT centre_visitors('ветерани', NULL, 'veteran_families', $from, $to);

-- id: idp_centre.services_total
-- label: Внутрішньо переміщеним особам надано послуг (Центр соціальної підтримки ВПО)
-- unit: services
-- kind: flow
-- report_id: idp_centre.services_total
SELECT centre_acts('ВПО', NULL, $from, $to);

-- id: idp_centre.humanitarian_aid.persons
-- label: Надана гуманітарна допомога особам
-- unit: persons
-- kind: flow
-- report_id: idp_centre.humanitarian_aid.persons
SELECT centre_visitors('ВПО', ['humanitarian_aid.clothes', 'humanitarian_aid.hygiene', 'humanitarian_aid.food_sets', 'humanitarian_aid.non_food', 'humanitarian_aid.medical_equipment'], NULL, $from, $to);
