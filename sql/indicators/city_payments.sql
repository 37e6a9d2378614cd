-- Payments under the city's social-protection programmes (ref_city_payments): persons
-- and families paid, the rate most payments were made at, and the sums, over [$from, $to).
-- sources: city_payments

-- id: payments.afghan_day.persons
-- label: Одноразова адресна допомога з нагоди Дня вшанування учасників бойових дій на території інших держав — отримувачів
-- unit: persons
-- kind: flow
-- report_id: payments.afghan_day.persons
SELECT city_persons(['601'], $from, $to);

-- id: payments.afghan_day.rate
-- label: Одноразова адресна допомога з нагоди Дня вшанування учасників бойових дій на території інших держав — розмір на особу
-- unit: uah
-- kind: flow
-- report_id: payments.afghan_day.rate
SELECT city_rate(['601'], $from, $to);

-- id: payments.afghan_day.sum
-- label: Одноразова адресна допомога з нагоди Дня вшанування учасників бойових дій на території інших держав — загальна сума
-- unit: thousand_uah
-- kind: flow
-- report_id: payments.afghan_day.sum
SELECT city_sum(['601'], $from, $to);

-- id: payments.afghan_families_oneoff.persons
-- label: Одноразова допомога сім’ям загиблих в Афганістані та померлих до 1992 року воїнів (членам сімей) — отримувачів
-- unit: persons
-- kind: flow
-- report_id: payments.afghan_families_oneoff.persons
SELECT city_persons(['602'], $from, $to);

-- id: payments.afghan_families_oneoff.rate
-- label: Одноразова допомога сім’ям загиблих в Афганістані та померлих до 1992 року воїнів (членам сімей) — розмір на особу
-- unit: uah
-- kind: flow
-- report_id: payments.afghan_families_oneoff.rate
SELECT city_rate(['602'], $from, $to);

-- id: payments.afghan_families_oneoff.sum
-- label: Одноразова допомога сім’ям загиблих в Афганістані та померлих до 1992 року воїнів (членам сімей) — загальна сума
-- unit: thousand_uah
-- kind: flow
-- report_id: payments.afghan_families_oneoff.sum
SELECT city_sum(['602'], $from, $to);

-- id: payments.afghan_families_monthly.persons
-- label: Щомісячна допомога сім’ям загиблих в Афганістані та померлих до 1992 року воїнів — отримувачів
-- unit: persons
-- kind: flow
-- report_id: payments.afghan_families_monthly.persons
SELECT city_persons(['603'], $from, $to);

-- id: payments.afghan_families_monthly.rate
-- label: Щомісячна допомога сім’ям загиблих в Афганістані та померлих до 1992 року воїнів — розмір на особу (щомісяця)
-- unit: uah
-- kind: flow
-- report_id: payments.afghan_families_monthly.rate
SELECT city_rate(['603'], $from, $to);

-- id: payments.afghan_families_monthly.sum
-- label: Щомісячна допомога сім’ям загиблих в Афганістані та померлих до 1992 року воїнів — загальна сума
-- unit: thousand_uah
-- kind: flow
-- report_id: payments.afghan_families_monthly.sum
SELECT city_sum(['603'], $from, $to);

-- id: payments.chornobyl_widows.persons
-- label: Одноразова допомога вдовам (вдівцям) учасників ліквідації наслідків аварії на ЧАЕС — отримувачів
-- unit: persons
-- kind: flow
-- report_id: payments.chornobyl_widows.persons
SELECT city_persons(['604'], $from, $to);

-- id: payments.chornobyl_widows.rate
-- label: Одноразова допомога вдовам (вдівцям) учасників ліквідації наслідків аварії на ЧАЕС — розмір на особу
-- unit: uah
-- kind: flow
-- report_id: payments.chornobyl_widows.rate
SELECT city_rate(['604'], $from, $to);

-- id: payments.chornobyl_widows.sum
-- label: Одноразова допомога вдовам (вдівцям) учасників ліквідації наслідків аварії на ЧАЕС — загальна сума
-- unit: thousand_uah
-- kind: flow
-- report_id: payments.chornobyl_widows.sum
SELECT city_sum(['604'], $from, $to);

-- id: payments.police_families_monthly.persons
-- label: Щомісячна допомога членам сімей загиблих поліцейських (міліціонерів) при виконанні службових обов’язків — отримувачів
-- unit: persons
-- kind: flow
-- report_id: payments.police_families_monthly.persons
SELECT city_persons(['605'], $from, $to);

-- id: payments.police_families_monthly.rate
-- label: Щомісячна допомога членам сімей загиблих поліцейських (міліціонерів) при виконанні службових обов’язків — розмір на особу (щомісяця)
-- unit: uah
-- kind: flow
-- report_id: payments.police_families_monthly.rate
SELECT city_rate(['605'], $from, $to);

-- id: payments.police_families_monthly.sum
-- label: Щомісячна допомога членам сімей загиблих поліцейських (міліціонерів) при виконанні службових обов’язків — загальна сума
-- unit: thousand_uah
-- kind: flow
-- report_id: payments.police_families_monthly.sum
SELECT city_sum(['605'], $from, $to);

-- id: payments.tram_accident.persons
-- label: Одноразова допомога постраждалим в аварії на міському електротранспорті та сім’ям загиблих (до 02 липня) — отримувачів
-- unit: persons
-- kind: flow
-- report_id: payments.tram_accident.persons
SELECT city_persons(['606', '607'], $from, $to);

-- id: payments.tram_accident.sum
-- label: Одноразова допомога постраждалим у трамвайній аварії та сім’ям загиблих — загальна сума
-- unit: thousand_uah
-- kind: flow
-- report_id: payments.tram_accident.sum
SELECT city_sum(['606', '607'], $from, $to);

-- id: payments.tram_accident.group_750.persons
-- label: Трамвайна аварія: отримувачі по 750 грн
-- unit: persons
-- kind: flow
-- report_id: payments.tram_accident.group_750.persons
SELECT city_persons(['606'], $from, $to);

-- id: payments.tram_accident.group_750.rate
-- label: Трамвайна аварія: розмір допомоги (група 1)
-- unit: uah
-- kind: flow
-- report_id: payments.tram_accident.group_750.rate
SELECT city_rate(['606'], $from, $to);

-- id: payments.tram_accident.group_750.sum
-- label: Трамвайна аварія: сума (по 750 грн)
-- unit: thousand_uah
-- kind: flow
-- report_id: payments.tram_accident.group_750.sum
SELECT city_sum(['606'], $from, $to);

-- id: payments.tram_accident.group_1000.persons
-- label: Трамвайна аварія: отримувачі по 1000 грн
-- unit: persons
-- kind: flow
-- report_id: payments.tram_accident.group_1000.persons
SELECT city_persons(['607'], $from, $to);

-- id: payments.tram_accident.group_1000.rate
-- label: Трамвайна аварія: розмір допомоги (група 2)
-- unit: uah
-- kind: flow
-- report_id: payments.tram_accident.group_1000.rate
SELECT city_rate(['607'], $from, $to);

-- id: payments.tram_accident.group_1000.sum
-- label: Трамвайна аварія: сума (по 1000 грн)
-- unit: thousand_uah
-- kind: flow
-- report_id: payments.tram_accident.group_1000.sum
SELECT city_sum(['607'], $from, $to);

-- id: payments.rehabilitated_monthly.persons
-- label: Щомісячна соціальна матеріальна допомога реабілітованим особам (ст.12 Закону) — отримувачів
-- unit: persons
-- kind: flow
-- report_id: payments.rehabilitated_monthly.persons
SELECT city_persons(['608'], $from, $to);

-- id: payments.rehabilitated_monthly.rate
-- label: Щомісячна соціальна матеріальна допомога реабілітованим особам (ст.12 Закону) — розмір на особу (щомісяця)
-- unit: uah
-- kind: flow
-- report_id: payments.rehabilitated_monthly.rate
SELECT city_rate(['608'], $from, $to);

-- id: payments.rehabilitated_monthly.sum
-- label: Щомісячна соціальна матеріальна допомога реабілітованим особам (ст.12 Закону) — загальна сума
-- unit: thousand_uah
-- kind: flow
-- report_id: payments.rehabilitated_monthly.sum
SELECT city_sum(['608'], $from, $to);

-- id: payments.tsyganok_stipend.persons
-- label: Щомісячна іменна довічна стипендія Циганок Н.О. — отримувачів
-- unit: persons
-- kind: flow
-- report_id: payments.tsyganok_stipend.persons
SELECT city_persons(['609'], $from, $to);

-- id: payments.tsyganok_stipend.rate
-- label: Щомісячна іменна довічна стипендія Циганок Н.О. — розмір на особу (щомісяця)
-- unit: uah
-- kind: flow
-- report_id: payments.tsyganok_stipend.rate
SELECT city_rate(['609'], $from, $to);

-- id: payments.tsyganok_stipend.sum
-- label: Щомісячна іменна довічна стипендія Циганок Н.О. — загальна сума
-- unit: thousand_uah
-- kind: flow
-- report_id: payments.tsyganok_stipend.sum
SELECT city_sum(['609'], $from, $to);

-- id: payments.honorary_citizens.persons
-- label: Щорічна грошова виплата до Дня міста Почесним громадянам міста Кам’янське — отримувачів
-- unit: persons
-- kind: flow
-- report_id: payments.honorary_citizens.persons
SELECT city_persons(['610'], $from, $to);

-- id: payments.honorary_citizens.rate
-- label: Щорічна грошова виплата до Дня міста Почесним громадянам міста Кам’янське — розмір на особу
-- unit: uah
-- kind: flow
-- report_id: payments.honorary_citizens.rate
SELECT city_rate(['610'], $from, $to);

-- id: payments.honorary_citizens.sum
-- label: Щорічна грошова виплата до Дня міста Почесним громадянам міста Кам’янське — загальна сума
-- unit: thousand_uah
-- kind: flow
-- report_id: payments.honorary_citizens.sum
SELECT city_sum(['610'], $from, $to);

-- id: payments.defenders_day.persons
-- label: Одноразова грошова допомога з нагоди Дня захисників і захисниць України — отримувачів
-- unit: persons
-- kind: flow
-- report_id: payments.defenders_day.persons
SELECT city_persons(['611'], $from, $to);

-- id: payments.defenders_day.rate
-- label: Одноразова грошова допомога з нагоди Дня захисників і захисниць України — розмір на особу
-- unit: uah
-- kind: flow
-- report_id: payments.defenders_day.rate
SELECT city_rate(['611'], $from, $to);

-- id: payments.defenders_day.sum
-- label: Одноразова грошова допомога з нагоди Дня захисників і захисниць України — загальна сума
-- unit: thousand_uah
-- kind: flow
-- report_id: payments.defenders_day.sum
SELECT city_sum(['611'], $from, $to);

-- id: payments.fallen_families_annual.families
-- label: Одноразова щорічна допомога сім’ям загиблих (померлих) Захисників і Захисниць — сімей
-- unit: families
-- kind: flow
-- report_id: payments.fallen_families_annual.families
SELECT city_cases(['612'], $from, $to);

-- id: payments.fallen_families_annual.persons
-- label: Одноразова щорічна допомога сім’ям загиблих (померлих) Захисників — членів сімей
-- unit: persons
-- kind: flow
-- report_id: payments.fallen_families_annual.persons
SELECT city_persons(['612'], $from, $to);

-- id: payments.fallen_families_annual.rate
-- label: Одноразова щорічна допомога сім’ям загиблих (померлих) Захисників — розмір на сім’ю
-- unit: thousand_uah
-- kind: flow
-- report_id: payments.fallen_families_annual.rate
SELECT city_case_rate(['612'], $from, $to);

-- id: payments.fallen_families_annual.sum
-- label: Одноразова щорічна допомога сім’ям загиблих (померлих) Захисників — загальна сума
-- unit: thousand_uah
-- kind: flow
-- report_id: payments.fallen_families_annual.sum
SELECT city_sum(['612'], $from, $to);

-- id: payments.fallen_families_monthly.persons
-- label: Щомісячна допомога членам сімей загиблих (померлих) Захисників (прожитковий мінімум +25%) — отримувачів
-- unit: persons
-- kind: flow
-- report_id: payments.fallen_families_monthly.persons
SELECT city_persons(['613'], $from, $to);

-- id: payments.fallen_families_monthly.rate
-- label: Щомісячна допомога членам сімей загиблих (померлих) Захисників (прожитковий мінімум +25%) — розмір на особу (щомісяця)
-- unit: uah
-- kind: flow
-- report_id: payments.fallen_families_monthly.rate
SELECT city_rate(['613'], $from, $to);

-- id: payments.fallen_families_monthly.sum
-- label: Щомісячна допомога членам сімей загиблих (померлих) Захисників (прожитковий мінімум +25%) — загальна сума
-- unit: thousand_uah
-- kind: flow
-- good: neutral
-- report_id: payments.fallen_families_monthly.sum
SELECT city_sum(['613'], $from, $to);

-- id: events.chornobyl_widows.persons
-- label: До річниці Чорнобильської катастрофи: одноразова допомога вдовам (вдівцям) учасників ліквідації — осіб
-- unit: persons
-- kind: flow
-- report_id: events.chornobyl_widows.persons
SELECT city_persons(['604'], $from, $to);

-- id: events.chornobyl_widows.sum
-- label: До річниці Чорнобильської катастрофи: одноразова допомога вдовам (вдівцям) — сума
-- unit: thousand_uah
-- kind: flow
-- report_id: events.chornobyl_widows.sum
SELECT city_sum(['604'], $from, $to);

-- id: events.tram_accident.persons
-- label: Річниця трамвайної аварії: щорічна допомога постраждалим та членам сімей загиблих — осіб
-- unit: persons
-- kind: flow
-- report_id: events.tram_accident.persons
SELECT city_persons(['606', '607'], $from, $to);

-- id: events.tram_accident.sum
-- label: Річниця трамвайної аварії: щорічна допомога — сума
-- unit: thousand_uah
-- kind: flow
-- report_id: events.tram_accident.sum
SELECT city_sum(['606', '607'], $from, $to);

-- id: events.fallen_families_annual.families
-- label: Одноразова щорічна допомога сім’ям загиблих (померлих) Захисників — сімей
-- unit: families
-- kind: flow
-- report_id: events.fallen_families_annual.families
SELECT city_cases(['612'], $from, $to);

-- id: events.fallen_families_annual.persons
-- label: Одноразова щорічна допомога сім’ям загиблих (померлих) Захисників — членів сімей
-- unit: persons
-- kind: flow
-- report_id: events.fallen_families_annual.persons
SELECT city_persons(['612'], $from, $to);

-- id: events.fallen_families_annual.rate
-- label: Одноразова щорічна допомога сім’ям загиблих Захисників — розмір на сім’ю (рівними частинами)
-- unit: thousand_uah
-- kind: flow
-- report_id: events.fallen_families_annual.rate
SELECT city_case_rate(['612'], $from, $to);

-- id: events.fallen_families_annual.sum
-- label: Одноразова щорічна допомога сім’ям загиблих Захисників — загальна сума
-- unit: thousand_uah
-- kind: flow
-- report_id: events.fallen_families_annual.sum
SELECT city_sum(['612'], $from, $to);

-- id: events.honorary_citizens.rate
-- label: День міста: виплата Почесним громадянам у розмірі трьох прожиткових мінімумів
-- unit: thousand_uah
-- kind: flow
-- report_id: events.honorary_citizens.rate
SELECT thousands(city_rate(['610'], $from, $to));

-- id: events.honorary_citizens.persons
-- label: День міста: виплата Почесним громадянам — осіб
-- unit: persons
-- kind: flow
-- report_id: events.honorary_citizens.persons
SELECT city_persons(['610'], $from, $to);

-- id: events.honorary_citizens.sum
-- label: День міста: виплата Почесним громадянам — сума
-- unit: thousand_uah
-- kind: flow
-- report_id: events.honorary_citizens.sum
SELECT city_sum(['610'], $from, $to);

-- id: burial_aid.persons
-- label: Матеріальна допомога на поховання — призначено особам
-- unit: persons
-- kind: flow
-- report_id: burial_aid.persons
SELECT city_persons(['614'], $from, $to);

-- id: burial_aid.rate
-- label: Матеріальна допомога на поховання деяких категорій осіб — розмір
-- unit: uah
-- kind: flow
-- report_id: burial_aid.rate
SELECT city_rate(['614'], $from, $to);

-- id: burial_aid.sum
-- label: Матеріальна допомога на поховання — загальна сума
-- unit: thousand_uah
-- kind: flow
-- report_id: burial_aid.sum
SELECT city_sum(['614'], $from, $to);

-- id: defenders.fallen_families.housing_benefit.rate
-- label: Додаткові пільги на оплату за житло та комунальні послуги сім’ям загиблих, розмір
-- unit: percent
-- kind: flow
-- report_id: defenders.fallen_families.housing_benefit.rate
SELECT city_percent(['615'], $from, $to);

-- id: defenders.fallen_families.housing_benefit.persons
-- label: Додаткові пільги на житло та комунальні послуги нараховано особам (сім’ї загиблих)
-- unit: persons
-- kind: flow
-- report_id: defenders.fallen_families.housing_benefit.persons
SELECT city_persons(['615'], $from, $to);

-- id: defenders.fallen_families.housing_benefit.sum
-- label: Загальна сума додаткових пільг сім’ям загиблих
-- unit: thousand_uah
-- kind: flow
-- report_id: defenders.fallen_families.housing_benefit.sum
SELECT city_sum(['615'], $from, $to);

-- id: defenders.volunteers.housing_benefit.rate
-- label: Пільги при оплаті за ЖКП бійцям-добровольцям, розмір
-- unit: percent
-- kind: flow
-- report_id: defenders.volunteers.housing_benefit.rate
SELECT city_percent(['616'], $from, $to);

-- id: defenders.volunteers.housing_benefit.persons
-- label: Пільгами користуються бійці-добровольці
-- unit: persons
-- kind: flow
-- report_id: defenders.volunteers.housing_benefit.persons
SELECT city_persons(['616'], $from, $to);

-- id: defenders.volunteers.housing_benefit.sum
-- label: Загальна сума коштів на пільги добровольцям
-- unit: thousand_uah
-- kind: flow
-- report_id: defenders.volunteers.housing_benefit.sum
SELECT city_sum(['616'], $from, $to);

-- id: defenders.defenders_day_aid.rate
-- label: Одноразова грошова допомога з нагоди Дня захисників і захисниць України, розмір
-- unit: uah
-- kind: flow
-- report_id: defenders.defenders_day_aid.rate
SELECT city_rate(['611'], $from, $to);

-- id: defenders.fallen_families.annual_aid.rate
-- label: Щорічна матеріальна допомога до Дня пам’яті захисників України, на сім’ю
-- unit: thousand_uah
-- kind: flow
-- report_id: defenders.fallen_families.annual_aid.rate
SELECT city_case_rate(['612'], $from, $to);

-- id: veterans.mobile_comp.rate
-- label: Компенсаційна виплата ветеранам за послуги мобільного зв’язку, щомісяця
-- unit: uah
-- kind: flow
-- report_id: veterans.mobile_comp.rate
SELECT city_rate(['620'], $from, $to);

-- id: veterans.mobile_comp.persons
-- label: Компенсацію мобільного зв’язку отримували осіб
-- unit: persons
-- kind: flow
-- report_id: veterans.mobile_comp.persons
SELECT city_persons(['620'], $from, $to);

-- id: privileges.beneficiaries
-- label: Пільги на оплату ЖКП та абонентної плати за телефон за рахунок міського бюджету отримали пільговиків
-- unit: persons
-- kind: flow
-- report_id: privileges.beneficiaries
SELECT city_persons(['621'], $from, $to);

-- id: housing_compensation.consents.persons
-- label: Надано згоду на переказ коштів ВПО-учасникам бойових дій (компенсація за належні жилі приміщення)
-- unit: persons
-- kind: flow
-- report_id: housing_compensation.consents.persons
SELECT city_persons(['622', '623'], $from, $to);

-- id: housing_compensation.property_payment
-- label: Оплата за договором купівлі-продажу нерухомого майна (квартири)
-- unit: uah
-- kind: flow
-- report_id: housing_compensation.property_payment
SELECT city_sum_uah(['622'], $from, $to);

-- id: housing_compensation.taxes_fees
-- label: Витрати, пов’язані зі сплатою податків та зборів
-- unit: uah
-- kind: flow
-- report_id: housing_compensation.taxes_fees
SELECT city_sum_uah(['623'], $from, $to);
