-- Support of families with children: the city's payments to families raising children
-- with disabilities (ref_city_payments) and the department's gifts, sets and
-- reimbursements to them (ref_department_actions), over [$from, $to).
-- sources: department_aid

-- id: family_support.oncology_monthly.rate
-- sources: city_payments
-- label: Щомісячна допомога сім’ям з дітьми з інвалідністю з онкологічними захворюваннями, на сім’ю
-- unit: uah
-- kind: flow
-- report_id: family_support.oncology_monthly.rate
SELECT city_rate(['617'], $from, $to);

-- id: family_support.oncology_monthly.sum
-- sources: city_payments
-- label: Щомісячна допомога сім’ям з дітьми з інвалідністю з онкозахворюваннями, загальна сума
-- unit: thousand_uah
-- kind: flow
-- report_id: family_support.oncology_monthly.sum
SELECT city_sum(['617'], $from, $to);

-- id: family_support.hello_baby.sum
-- label: Соціальна акція «Привіт, малюк» до Дня матері: натуральна допомога (шезлонг-гойдалка)
-- unit: thousand_uah
-- kind: flow
-- report_id: family_support.hello_baby.sum
SELECT thousands(dept_aid_sum(['hello_baby'], $from, $to));

-- id: family_support.children_day.cash.immobile_disabled_families
-- sources: city_payments
-- label: До Дня захисту дітей: одноразова допомога сім’ям з дітьми з інвалідністю без змоги до пересування
-- unit: families
-- kind: flow
-- report_id: family_support.children_day.cash.immobile_disabled_families
SELECT city_cases(['618'], $from, $to);

-- id: family_support.children_day.cash.two_plus_disabled_families
-- sources: city_payments
-- label: До Дня захисту дітей: одноразова допомога сім’ям з двома і більше дітьми з інвалідністю
-- unit: families
-- kind: flow
-- report_id: family_support.children_day.cash.two_plus_disabled_families
SELECT city_cases(['619'], $from, $to);

-- id: family_support.children_day.cash.sum
-- sources: city_payments
-- label: До Дня захисту дітей: загальна сума одноразової грошової допомоги
-- unit: thousand_uah
-- kind: flow
-- report_id: family_support.children_day.cash.sum
SELECT city_sum(['618', '619'], $from, $to);

-- id: family_support.children_day.food_disabled.children
-- label: До Дня захисту дітей: продуктові набори дітям з інвалідністю (КЗ «ЦНСП», ГО)
-- unit: children
-- kind: flow
-- report_id: family_support.children_day.food_disabled.children
SELECT dept_aid_recipients(['children_day_food_disabled'], $from, $to);

-- id: family_support.children_day.food_disabled.sum
-- label: До Дня захисту дітей: продуктові набори дітям з інвалідністю, сума
-- unit: thousand_uah
-- kind: flow
-- report_id: family_support.children_day.food_disabled.sum
SELECT thousands(dept_aid_sum(['children_day_food_disabled'], $from, $to));

-- id: family_support.children_day.food_large.families
-- label: До Дня захисту дітей: продуктові набори сім’ям з трійнятами, «Мати-героїня», 5+ дітей
-- unit: families
-- kind: flow
-- report_id: family_support.children_day.food_large.families
SELECT dept_aid_recipients(['children_day_food_large'], $from, $to);

-- id: family_support.children_day.food_large.sum
-- label: До Дня захисту дітей: продуктові набори сім’ям з трійнятами, «Мати-героїня», 5+ дітей, сума
-- unit: thousand_uah
-- kind: flow
-- report_id: family_support.children_day.food_large.sum
SELECT thousands(dept_aid_sum(['children_day_food_large'], $from, $to));

-- id: family_support.disabled_day.food.children
-- label: До Міжнародного дня людей з інвалідністю: продуктові набори дітям з інвалідністю
-- unit: children
-- kind: flow
-- report_id: family_support.disabled_day.food.children
SELECT dept_aid_recipients(['disabled_day_food'], $from, $to);

-- id: family_support.disabled_day.food.sum
-- label: До Міжнародного дня людей з інвалідністю: продуктові набори, сума
-- unit: thousand_uah
-- kind: flow
-- report_id: family_support.disabled_day.food.sum
SELECT thousands(dept_aid_sum(['disabled_day_food'], $from, $to));

-- id: family_support.skarby.families
-- label: Соціальна акція «Скарби родинної криниці»: натуральну допомогу отримали сім’ї
-- unit: families
-- kind: flow
-- report_id: family_support.skarby.families
SELECT dept_aid_recipients(['skarby'], $from, $to);

-- id: family_support.skarby.sum
-- label: Соціальна акція «Скарби родинної криниці»: сума
-- unit: thousand_uah
-- kind: flow
-- report_id: family_support.skarby.sum
SELECT thousands(dept_aid_sum(['skarby'], $from, $to));

-- id: family_support.food_sets.families
-- label: Продуктові набори сім’ям з дітьми (малозабезпечені, з дітьми з інвалідністю)
-- unit: families
-- kind: flow
-- good: neutral
-- report_id: family_support.food_sets.families
SELECT dept_aid_recipients(['food_sets'], $from, $to);

-- id: family_support.food_sets.sum
-- label: Продуктові набори сім’ям з дітьми: сума
-- unit: thousand_uah
-- kind: flow
-- report_id: family_support.food_sets.sum
SELECT thousands(dept_aid_sum(['food_sets'], $from, $to));

-- id: family_support.school_aid.families
-- label: Соціальна акція «Допомога дітям до школи»: натуральну допомогу отримали сімей
-- unit: families
-- kind: flow
-- report_id: family_support.school_aid.families
SELECT dept_aid_recipients(['school_aid'], $from, $to);

-- id: family_support.school_aid.sum
-- label: Соціальна акція «Допомога дітям до школи»: сума
-- unit: thousand_uah
-- kind: flow
-- report_id: family_support.school_aid.sum
SELECT thousands(dept_aid_sum(['school_aid'], $from, $to));

-- id: family_support.pool.children
-- label: Відшкодування послуг басейну «МІКОМП» для дітей з інвалідністю: скористалось дітей
-- unit: children
-- kind: flow
-- report_id: family_support.pool.children
SELECT dept_aid_recipients(['pool'], $from, $to);

-- id: family_support.pool.visits_per_month
-- label: Відвідування басейну на дитину на місяць
-- unit: visits
-- kind: flow
-- report_id: family_support.pool.visits_per_month
SELECT dept_aid_quantity_rate(['pool'], $from, $to);

-- id: family_support.pool.visits
-- label: Всього відшкодовано відвідувань басейну
-- unit: visits
-- kind: flow
-- report_id: family_support.pool.visits
SELECT dept_aid_quantity(['pool'], $from, $to);

-- id: family_support.pool.sum
-- label: Всього відшкодовано за відвідування басейну, сума
-- unit: uah
-- kind: flow
-- report_id: family_support.pool.sum
SELECT dept_aid_sum(['pool'], $from, $to);
