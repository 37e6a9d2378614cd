-- The department's gifts, natural aid, vouchers and holiday events
-- (ref_department_actions): recipients, items and sums over [$from, $to).
-- sources: department_aid

-- id: new_year.sets_total
-- label: Під час новорічних заходів діти соціально незахищених категорій отримали солодких наборів
-- unit: items
-- kind: flow
-- report_id: new_year.sets_total
SELECT dept_aid_quantity(['new_year_theatre', 'new_year_department', 'new_year_csp'], $from, $to);

-- id: new_year.sets_total_sum
-- label: Солодкі набори дітям соціально незахищених категорій — загальна сума
-- unit: thousand_uah
-- kind: flow
-- report_id: new_year.sets_total_sum
SELECT thousands(dept_aid_sum(['new_year_theatre', 'new_year_department', 'new_year_csp'], $from, $to));

-- id: new_year.theatre_sets
-- label: Під час заходу в театрі ім.Лесі Українки вручено солодких наборів
-- unit: items
-- kind: flow
-- report_id: new_year.theatre_sets
SELECT dept_aid_quantity(['new_year_theatre'], $from, $to);

-- id: new_year.department_children
-- label: В приміщенні департаменту солодкими наборами забезпечено дітей
-- unit: children
-- kind: flow
-- report_id: new_year.department_children
SELECT dept_aid_recipients(['new_year_department'], $from, $to);

-- id: new_year.csp_children
-- label: На базі КЗ «ЦНСП» привітано солодкими наборами дітей з інвалідністю
-- unit: children
-- kind: flow
-- report_id: new_year.csp_children
SELECT dept_aid_recipients(['new_year_csp'], $from, $to);

-- id: new_year.dniproazot_sets
-- label: За підтримки АТ «ДніпроАзот» вручено наборів сім’ям з дітьми
-- unit: items
-- kind: flow
-- report_id: new_year.dniproazot_sets
SELECT dept_aid_quantity(['new_year_dniproazot'], $from, $to);

-- id: new_year.show_children
-- label: Діти пільгових категорій відвідали шоу «Пригоди Дракоші» (БФ «Відновлення України»)
-- unit: children
-- kind: flow
-- report_id: new_year.show_children
SELECT dept_aid_recipients(['new_year_show'], $from, $to);

-- id: events.afghan_families_natural_aid.families
-- label: Натуральна допомога (побутова техніка) сім’ям загиблих і померлих від поранень воїнів-афганців — сімей
-- unit: families
-- kind: flow
-- report_id: events.afghan_families_natural_aid.families
SELECT dept_aid_recipients(['afghan_families_appliances'], $from, $to);

-- id: events.afghan_families_natural_aid.unit_cost
-- label: Вартість побутової техніки на сім’ю воїна-афганця
-- unit: uah
-- kind: flow
-- report_id: events.afghan_families_natural_aid.unit_cost
SELECT dept_aid_rate(['afghan_families_appliances'], $from, $to);

-- id: events.afghan_families_natural_aid.sum
-- label: Натуральна допомога сім’ям воїнів-афганців — загальна сума
-- unit: uah
-- kind: flow
-- report_id: events.afghan_families_natural_aid.sum
SELECT dept_aid_sum(['afghan_families_appliances'], $from, $to);

-- id: events.victory_day.persons
-- label: День пам’яті та примирення: ветеранам війни (інвалідність внаслідок ДСВ, УБД) вручено продуктові набори — осіб
-- unit: persons
-- kind: flow
-- report_id: events.victory_day.persons
SELECT dept_aid_recipients(['victory_day_food'], $from, $to);

-- id: events.victory_day.sum
-- label: День пам’яті та примирення: продуктові набори ветеранам — сума
-- unit: thousand_uah
-- kind: flow
-- report_id: events.victory_day.sum
SELECT thousands(dept_aid_sum(['victory_day_food'], $from, $to));

-- id: natural_aid.petitions
-- label: Надійшло клопотань на отримання натуральної допомоги непродовольчими товарами
-- unit: documents
-- kind: flow
-- report_id: natural_aid.petitions
SELECT dept_aid_documents(['natural_aid'], 'клопотання', $from, $to);

-- id: natural_aid.applications
-- label: Надійшло заяв на отримання натуральної допомоги
-- unit: documents
-- kind: flow
-- report_id: natural_aid.applications
SELECT dept_aid_documents(['natural_aid'], 'заява', $from, $to);

-- id: natural_aid.persons
-- label: Надано натуральну допомогу особам пільгової категорії
-- unit: persons
-- kind: flow
-- report_id: natural_aid.persons
SELECT dept_aid_recipients(['natural_aid'], $from, $to);

-- id: natural_aid.sum
-- label: Натуральна допомога — загальна сума
-- unit: thousand_uah
-- kind: flow
-- report_id: natural_aid.sum
SELECT thousands(dept_aid_sum(['natural_aid'], $from, $to));

-- id: centenarians.greeted
-- label: Організовано привітання зі 100-річним ювілеєм мешканок міста (чотирьох)
-- unit: persons
-- kind: flow
-- report_id: centenarians.greeted
SELECT dept_aid_recipients(['centenarian_gift', 'centenarian_flowers'], $from, $to);

-- id: centenarians.natural_aid_sum
-- label: Натуральна допомога ювілярам (100 років), загальна сума
-- unit: thousand_uah
-- kind: flow
-- report_id: centenarians.natural_aid_sum
SELECT thousands(dept_aid_sum(['centenarian_gift'], $from, $to));

-- id: centenarians.flowers_sum
-- label: Букети квітів ювілярам (100 років), загальна сума
-- unit: thousand_uah
-- kind: flow
-- report_id: centenarians.flowers_sum
SELECT thousands(dept_aid_sum(['centenarian_flowers'], $from, $to));

-- id: honorary_citizens.greeted
-- label: Поздоровлено з ювілейними датами Почесних громадян міста (чотирьох)
-- unit: persons
-- kind: flow
-- report_id: honorary_citizens.greeted
SELECT dept_aid_recipients(['honorary_gift', 'honorary_flowers'], $from, $to);

-- id: honorary_citizens.natural_aid_sum
-- label: Натуральна допомога Почесним громадянам-ювілярам, загальна сума
-- unit: thousand_uah
-- kind: flow
-- report_id: honorary_citizens.natural_aid_sum
SELECT thousands(dept_aid_sum(['honorary_gift'], $from, $to));

-- id: honorary_citizens.flowers_sum
-- label: Букети квітів Почесним громадянам-ювілярам
-- unit: thousand_uah
-- kind: flow
-- report_id: honorary_citizens.flowers_sum
SELECT thousands(dept_aid_sum(['honorary_flowers'], $from, $to));

-- id: veterans.sanatorium_vouchers
-- label: Путівками на санаторно-курортне лікування забезпечено ветеранів війни
-- unit: persons
-- kind: flow
-- report_id: veterans.sanatorium_vouchers
SELECT dept_aid_recipients(['veterans_sanatorium'], $from, $to);
