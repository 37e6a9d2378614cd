-- The department's smaller registers (stg_casework): persons with disabilities and
-- their rehabilitation, control of targeted use, legal work, the working group on the
-- fact of care, queues, Chornobyl compensations, and the information and organisation
-- log; events, people and sums over [$from, $to), open cases at $to.
-- sources: cbdi

-- id: disability_registered_total
-- label: На обліку в департаменті соціальної політики перебуває осіб з інвалідністю
-- unit: persons
-- kind: stock
-- good: neutral
-- report_id: disability_registered_total
SELECT cw_open('cbdi', ['disability_record'], $to);

-- id: disability.ipr_completed
-- label: Особам з інвалідністю зареєстровано, відпрацьовано та виконано індивідуальні програми реабілітації
-- unit: persons
-- kind: flow
-- report_id: disability.ipr_completed
SELECT cw_subjects('cbdi', ['ipr_completed'], $from, $to);

-- id: disability.transport_msek_referrals
-- label: Видано направлення до транспортної МСЕК (право на забезпечення автомобілем)
-- unit: persons
-- kind: flow
-- report_id: disability.transport_msek_referrals
SELECT cw_subjects('cbdi', ['transport_msek_referral'], $from, $to);

-- id: disability.boarding_referrals
-- label: Видано направлення щодо оформлення до будинку-інтернату
-- unit: persons
-- kind: flow
-- report_id: disability.boarding_referrals
SELECT cw_subjects('cbdi', ['boarding_referral'], $from, $to);

-- id: disability.child_rehab_applications
-- label: Зареєстровано заяв для одержання послуги реабілітації дітей з інвалідністю
-- unit: documents
-- kind: stock
-- report_id: disability.child_rehab_applications
SELECT cw_open('cbdi', ['child_rehab_application'], $to);

-- id: disability.child_rehab_contract.children
-- label: Укладено договір про забезпечення дітей з інвалідністю реабілітаційними послугами (дітей)
-- unit: children
-- kind: flow
-- report_id: disability.child_rehab_contract.children
SELECT cw_subjects('cbdi', ['child_rehab_contract'], $from, $to);

-- id: disability.child_rehab_contract.sum
-- label: Сума договору про забезпечення дітей з інвалідністю реабілітаційними послугами
-- unit: thousand_uah
-- kind: flow
-- report_id: disability.child_rehab_contract.sum
SELECT thousands(cw_amount('cbdi', ['child_rehab_contract'], $from, $to));

-- id: rehab.ipr_completed
-- label: Зареєстровано, відпрацьовано та виконано індивідуальних програм реабілітації осіб з інвалідністю
-- unit: items
-- kind: flow
-- report_id: rehab.ipr_completed
SELECT cw_events('cbdi', ['ipr_completed'], $from, $to);

-- id: rehab.transport_msek_referrals
-- label: Видано направлення до транспортної МСЕК особам з інвалідністю
-- unit: persons
-- kind: flow
-- report_id: rehab.transport_msek_referrals
SELECT cw_subjects('cbdi', ['transport_msek_referral'], $from, $to);

-- id: rehab.boarding_referrals
-- label: Видано направлення щодо оформлення до будинку-інтернату (повторно у розділі)
-- unit: persons
-- kind: flow
-- report_id: rehab.boarding_referrals
SELECT cw_subjects('cbdi', ['boarding_referral'], $from, $to);

-- id: rehab.child_rehab_applications
-- label: Зареєстровано заяв для одержання послуги реабілітації дітей з інвалідністю (повторно)
-- unit: documents
-- kind: stock
-- report_id: rehab.child_rehab_applications
SELECT cw_open('cbdi', ['child_rehab_application'], $to);

-- id: rehab.child_rehab_contract.children
-- label: Договір про забезпечення дітей з інвалідністю реабілітаційними послугами, дітей (повторно)
-- unit: children
-- kind: flow
-- report_id: rehab.child_rehab_contract.children
SELECT cw_subjects('cbdi', ['child_rehab_contract'], $from, $to);

-- id: rehab.child_rehab_contract.sum
-- label: Договір про забезпечення дітей з інвалідністю реабілітаційними послугами, сума (повторно)
-- unit: thousand_uah
-- kind: flow
-- report_id: rehab.child_rehab_contract.sum
SELECT thousands(cw_amount('cbdi', ['child_rehab_contract'], $from, $to));

-- id: control.property_registry_checks
-- sources: kontrol
-- label: Вибірково перевірено через Державний реєстр речових прав на нерухоме майно осіб
-- unit: persons
-- kind: flow
-- report_id: control.property_registry_checks
SELECT cw_subjects('kontrol', ['property_check'], $from, $to);

-- id: control.requests_sent
-- sources: kontrol
-- label: Підготовлено та направлено запитів до ДФС, РСДМУЮ, інших установ
-- unit: documents
-- kind: flow
-- report_id: control.requests_sent
SELECT cw_events('kontrol', ['request'], $from, $to);

-- id: control.home_inspections
-- sources: kontrol
-- label: Проведено обстежень матеріально-побутових умов проживання сімей
-- unit: cases
-- kind: flow
-- report_id: control.home_inspections
SELECT cw_events('kontrol', ['home_inspection'], $from, $to);

-- id: control.document_checks
-- sources: kontrol
-- label: Проведено перевірок достовірності поданих документів
-- unit: cases
-- kind: flow
-- report_id: control.document_checks
SELECT cw_events('kontrol', ['document_check'], $from, $to);

-- id: control.false_info.cases
-- sources: kontrol
-- label: Виявлено випадків надання недостовірної інформації про доходи та майновий стан
-- unit: cases
-- kind: flow
-- report_id: control.false_info.cases
SELECT cw_events('kontrol', ['false_info'], $from, $to);

-- id: control.false_info.sum
-- sources: kontrol
-- label: Недостовірна інформація про доходи та майновий стан — загальна сума
-- unit: thousand_uah
-- kind: flow
-- report_id: control.false_info.sum
SELECT thousands(cw_amount('kontrol', ['false_info'], $from, $to));

-- id: control.returned_total
-- sources: kontrol
-- label: Повернуто до бюджету з урахуванням порушень минулих років
-- unit: thousand_uah
-- kind: flow
-- report_id: control.returned_total
SELECT thousands(cw_amount('kontrol', ['returned_voluntary', 'returned_court', 'returned_enforcement'], $from, $to));

-- id: control.returned_court_cases
-- sources: kontrol
-- label: Повернуто до Державного бюджету особами, щодо яких у суді розглядаються матеріали кримінального та цивільного провадження
-- unit: uah
-- kind: flow
-- report_id: control.returned_court_cases
SELECT cw_amount('kontrol', ['returned_court'], $from, $to);

-- id: control.returned_enforcement
-- sources: kontrol
-- label: Повернуто до бюджету особами, щодо яких ДВС здійснює примусове стягнення (одиниця як у звіті — тис.грн)
-- unit: thousand_uah
-- kind: flow
-- report_id: control.returned_enforcement
SELECT thousands(cw_amount('kontrol', ['returned_enforcement'], $from, $to));

-- id: legal.court_sessions
-- sources: yurviddil
-- label: Юридичний відділ прийняв участь у судових засіданнях
-- unit: meetings
-- kind: flow
-- report_id: legal.court_sessions
SELECT cw_events('yurviddil', ['court_session_criminal', 'court_session_civil'], $from, $to);

-- id: legal.court_sessions.criminal
-- sources: yurviddil
-- label: з них у кримінальних справах
-- unit: meetings
-- kind: flow
-- report_id: legal.court_sessions.criminal
SELECT cw_events('yurviddil', ['court_session_criminal'], $from, $to);

-- id: legal.court_sessions.civil
-- sources: yurviddil
-- label: з них у цивільних справах
-- unit: meetings
-- kind: flow
-- report_id: legal.court_sessions.civil
SELECT cw_events('yurviddil', ['court_session_civil'], $from, $to);

-- id: legal.enforcement_cases
-- sources: yurviddil
-- label: У відділах ДВС на виконанні справ за заявами департаменту про стягнення коштів
-- unit: cases
-- kind: stock
-- report_id: legal.enforcement_cases
SELECT cw_open('yurviddil', ['enforcement_case'], $to);

-- id: legal.consultations
-- sources: yurviddil
-- label: Надано консультацій громадянам з питань законодавства
-- unit: services
-- kind: flow
-- report_id: legal.consultations
SELECT cw_events('yurviddil', ['consultation'], $from, $to);

-- id: care_fact_group.applications
-- sources: hrupa
-- label: Робоча група: розглянуто звернень щодо акту встановлення факту здійснення догляду
-- unit: documents
-- kind: flow
-- report_id: care_fact_group.applications
SELECT cw_events('hrupa', ['care_confirmed', 'care_not_confirmed', 'care_refused'], $from, $to);

-- id: care_fact_group.trips
-- sources: hrupa
-- label: Робоча група: здійснено виїздів
-- unit: visits
-- kind: flow
-- report_id: care_fact_group.trips
SELECT cw_ended('hrupa', ['care_confirmed', 'care_not_confirmed'], $from, $to);

-- id: care_fact_group.trips.confirmed
-- sources: hrupa
-- label: Встановлено факт здійснення догляду
-- unit: cases
-- kind: flow
-- report_id: care_fact_group.trips.confirmed
SELECT cw_ended('hrupa', ['care_confirmed'], $from, $to);

-- id: care_fact_group.trips.not_confirmed
-- sources: hrupa
-- label: Факт здійснення догляду не підтверджено
-- unit: cases
-- kind: flow
-- report_id: care_fact_group.trips.not_confirmed
SELECT cw_ended('hrupa', ['care_not_confirmed'], $from, $to);

-- id: care_fact_group.refused_trips
-- sources: hrupa
-- label: Відмовлень у виїзді
-- unit: cases
-- kind: flow
-- report_id: care_fact_group.refused_trips
SELECT cw_events('hrupa', ['care_refused'], $from, $to);

-- id: care_fact_group.trips_in_2024
-- sources: hrupa
-- label: Звернення, за якими виїзд робочої групи здійснено в 2024 році
-- unit: documents
-- kind: flow
-- report_id: care_fact_group.trips_in_2024
SELECT cw_ended_after('hrupa', ['care_confirmed', 'care_not_confirmed'], $from, $to);

-- id: labour_veterans.sanatorium_waitlist
-- sources: cherhy
-- label: На обліку для забезпечення безоплатними путівками перебуває ветеранів праці
-- unit: persons
-- kind: stock
-- good: down
-- report_id: labour_veterans.sanatorium_waitlist
SELECT cw_open('cherhy', ['sanatorium_queue'], $to);

-- id: veterans_local.capital_repair_waitlist
-- sources: cherhy
-- label: На обліку для безоплатного капітального ремонту осіб з інвалідністю внаслідок війни
-- unit: persons
-- kind: stock
-- good: down
-- report_id: veterans_local.capital_repair_waitlist
SELECT cw_open('cherhy', ['capital_repair_queue'], $to);

-- id: defenders.repair_aid_registered
-- sources: cherhy
-- label: На обліку для надання грошової допомоги на поточний ремонт житла (Захисники і Захисниці)
-- unit: persons
-- kind: stock
-- report_id: defenders.repair_aid_registered
SELECT cw_open('cherhy', ['repair_aid_queue'], $to);

-- id: payments.repair_aid.registered
-- sources: cherhy
-- label: На обліку для грошової допомоги на поточний ремонт житла (Захисники, сім’ї загиблих)
-- unit: persons
-- kind: stock
-- report_id: payments.repair_aid.registered
SELECT cw_open('cherhy', ['repair_aid_queue', 'repair_aid_queue_fallen'], $to);

-- id: defenders.fallen_families.repair_aid_registered
-- sources: cherhy
-- label: На обліку для допомоги на поточний ремонт житла члени сімей загиблих не перебувають
-- unit: persons
-- kind: stock
-- report_id: defenders.fallen_families.repair_aid_registered
SELECT cw_open('cherhy', ['repair_aid_queue_fallen'], $to);

-- id: chornobyl.food_compensation
-- sources: chaes
-- label: Щомісячна компенсація вартості продуктів харчування учасникам ліквідації наслідків аварії на ЧАЕС 1,2 категорії (осіб)
-- unit: persons
-- kind: flow
-- report_id: chornobyl.food_compensation
SELECT cw_subjects('chaes', ['food_compensation'], $from, $to);

-- id: chornobyl.health_aid_annual
-- sources: chaes
-- label: Щорічна грошова допомога на оздоровлення (осіб)
-- unit: persons
-- kind: flow
-- report_id: chornobyl.health_aid_annual
SELECT cw_subjects('chaes', ['health_aid_annual'], $from, $to);

-- id: chornobyl.travel_compensation
-- sources: chaes
-- label: Компенсація вартості проїзду по території України учасникам ліквідації 1,2 кат. та дітям, що постраждали (осіб)
-- unit: persons
-- kind: flow
-- report_id: chornobyl.travel_compensation
SELECT cw_subjects('chaes', ['travel_compensation'], $from, $to);

-- id: chornobyl.oneoff_disabled
-- sources: chaes
-- label: Одноразова компенсація учасникам ліквідації, які стали інвалідами внаслідок Чорнобильської катастрофи (осіб)
-- unit: persons
-- kind: flow
-- report_id: chornobyl.oneoff_disabled
SELECT cw_subjects('chaes', ['oneoff_disabled'], $from, $to);

-- id: chornobyl.oneoff_breadwinner_loss
-- sources: chaes
-- label: Одноразова компенсація сім’ям, що втратили годувальника з числа учасників ліквідації (осіб)
-- unit: persons
-- kind: flow
-- report_id: chornobyl.oneoff_breadwinner_loss
SELECT cw_subjects('chaes', ['oneoff_breadwinner_loss'], $from, $to);

-- id: chornobyl.sanatorium_vouchers
-- sources: chaes
-- label: Забезпечення санаторно-курортними та оздоровчими путівками дорослих постраждалих (осіб)
-- unit: persons
-- kind: flow
-- report_id: chornobyl.sanatorium_vouchers
SELECT cw_subjects('chaes', ['sanatorium_voucher'], $from, $to);

-- id: chornobyl.lost_earnings
-- sources: chaes
-- label: Відшкодування втраченого заробітку (стійка втрата працездатності без встановлення інвалідності) (осіб)
-- unit: persons
-- kind: flow
-- report_id: chornobyl.lost_earnings
SELECT cw_subjects('chaes', ['lost_earnings'], $from, $to);

-- id: chornobyl.intercity_travel_users
-- sources: chaes
-- label: Скористались відшкодуванням вартості проїзду міжміським транспортом (учасники ліквідації 1 та 2 кат.)
-- unit: persons
-- kind: flow
-- report_id: chornobyl.intercity_travel_users
SELECT cw_subjects('chaes', ['travel_compensation'], $from, $to);

-- id: chornobyl.case_files_sent
-- sources: chaes
-- label: Направлено до КЗ «Центр здійснення соціальних виплат…» особових справ постраждалих для компенсаційних виплат
-- unit: documents
-- kind: flow
-- report_id: chornobyl.case_files_sent
SELECT cw_events('chaes', ['case_file_sent'], $from, $to);

-- id: media.newspaper_articles
-- sources: diialnist
-- label: Інформації в газеті «Любимый город ДЗ» (статті)
-- unit: items
-- kind: flow
-- report_id: media.newspaper_articles
SELECT cw_events('diialnist', ['newspaper'], $from, $to);

-- id: media.radio_broadcasts
-- sources: diialnist
-- label: Інформації на радіо «МіКомп» (ефіри)
-- unit: items
-- kind: flow
-- report_id: media.radio_broadcasts
SELECT cw_events('diialnist', ['radio'], $from, $to);

-- id: media.tv_mis_stories
-- sources: diialnist
-- label: Інформації на телеканалі «МІС» (сюжети)
-- unit: items
-- kind: flow
-- report_id: media.tv_mis_stories
SELECT cw_events('diialnist', ['tv_mis'], $from, $to);

-- id: media.internet_posts
-- sources: diialnist
-- label: Інформації в мережі інтернет (повідомлення)
-- unit: items
-- kind: flow
-- report_id: media.internet_posts
SELECT cw_events('diialnist', ['internet'], $from, $to);

-- id: media.tv_channel9_stories
-- sources: diialnist
-- label: 9-й канал (послуги телебачення) (сюжети)
-- unit: items
-- kind: flow
-- report_id: media.tv_channel9_stories
SELECT cw_events('diialnist', ['tv_channel9'], $from, $to);

-- id: veteran_centre.publications
-- sources: diialnist
-- label: Опубліковано публікацій у соціальних мережах Центру
-- unit: items
-- kind: flow
-- report_id: veteran_centre.publications
SELECT cw_events('diialnist', ['veteran_centre_post'], $from, $to);

-- id: veteran_centre.trainings_attended
-- sources: diialnist
-- label: Спеціалісти Центру взяли участь у заходах (тренінгах, семінарах, форумах)
-- unit: events
-- kind: flow
-- report_id: veteran_centre.trainings_attended
SELECT cw_events('diialnist', ['veteran_centre_event'], $from, $to);

-- id: procurement.open_tenders
-- sources: diialnist
-- label: Уповноваженою особою проведено процедур відкритих торгів
-- unit: items
-- kind: flow
-- report_id: procurement.open_tenders
SELECT cw_events('diialnist', ['open_tender'], $from, $to);

-- id: dv_prevention.booklets
-- sources: diialnist
-- label: Розповсюджено буклети з питань запобігання та протидії домашньому насильству
-- unit: items
-- kind: flow
-- report_id: dv_prevention.booklets
SELECT cw_events('diialnist', ['dv_booklets'], $from, $to);

-- id: ngo_support.granted
-- sources: budget_expenditures
-- label: Надано на виконання заходів програм, розроблених громадськими організаціями
-- unit: thousand_uah
-- kind: flow
-- report_id: ngo_support.granted
SELECT budget_paid('city.sp.ngo_support', $from, $to);
