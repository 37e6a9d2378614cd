-- State-budget spending on social benefits, from the payment lists: each line sums
-- the payments of the benefits it funds (ref_budget_lines, ref_benefits.budget_line).

-- id: budget.state.hardship
-- label: ДБ: виплати на соціальний захист громадян, які потрапили у складні життєві обставини
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.state.hardship
SELECT budget_paid('hs', $from, $to);

-- id: budget.state.hardship.disabled_childhood
-- label: ДБ, складні життєві обставини: допомоги особам з інвалідністю з дитинства та дітям з інвалідністю
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.state.hardship.disabled_childhood
SELECT budget_paid('hs.disabled_childhood', $from, $to);

-- id: budget.state.hardship.no_pension_disabled
-- label: ДБ, складні життєві обставини: допомога особам, які не мають права на пенсію, та особам з інвалідністю
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.state.hardship.no_pension_disabled
SELECT budget_paid('hs.no_pension_disabled', $from, $to);

-- id: budget.state.hardship.care_allowance
-- label: ДБ, складні життєві обставини: державна соціальна допомога на догляд
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.state.hardship.care_allowance
SELECT budget_paid('hs.care_allowance', $from, $to);

-- id: budget.state.hardship.psychiatric_care
-- label: ДБ, складні життєві обставини: допомога особі, яка проживає разом з особою з інвалідністю І чи ІІ групи внаслідок психічного розладу
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.state.hardship.psychiatric_care
SELECT budget_paid('hs.psychiatric_care', $from, $to);

-- id: budget.state.hardship.pension_age_no_pension
-- label: ДБ, складні життєві обставини: допомога непрацюючій особі, яка досягла пенсійного віку, але не набула права на пенсійну виплату
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.state.hardship.pension_age_no_pension
SELECT budget_paid('hs.pension_age_no_pension', $from, $to);

-- id: budget.state.hardship.care_compensation_80plus
-- label: ДБ, складні життєві обставини: компенсаційна виплата непрацюючій працездатній особі, яка доглядає за особою з інвалідністю І групи або 80+
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.state.hardship.care_compensation_80plus
SELECT budget_paid('hs.care_compensation_80plus', $from, $to);

-- id: budget.state.hardship.social_scholarships
-- label: ДБ, складні життєві обставини: виплати соціальних стипендій студентам (курсантам) вищих навчальних закладів
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.state.hardship.social_scholarships
SELECT budget_paid('hs.social_scholarships', $from, $to);

-- id: budget.state.hardship.chornobyl
-- label: ДБ, складні життєві обставини: компенсаційні виплати громадянам, постраждалим внаслідок Чорнобильської катастрофи
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.state.hardship.chornobyl
SELECT budget_paid('hs.chornobyl', $from, $to);

-- id: budget.state.children_family
-- label: ДБ: виплати на соціальний захист дітей та сім’ї
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.state.children_family
SELECT budget_paid('sf', $from, $to);

-- id: budget.state.children_family.maternity
-- label: ДБ, діти та сім’я: допомога у зв'язку з вагітністю та пологами
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.state.children_family.maternity
SELECT budget_paid('sf.maternity', $from, $to);

-- id: budget.state.children_family.birth
-- label: ДБ, діти та сім’я: допомога при народженні дитини та усиновленні
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.state.children_family.birth
SELECT budget_paid('sf.birth_adoption', $from, $to);

-- id: budget.state.children_family.guardianship
-- label: ДБ, діти та сім’я: допомога на дітей, над якими встановлено опіку чи піклування
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.state.children_family.guardianship
SELECT budget_paid('sf.guardianship', $from, $to);

-- id: budget.state.children_family.single_mothers
-- label: ДБ, діти та сім’я: допомога на дітей одиноким матерям
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.state.children_family.single_mothers
SELECT budget_paid('sf.single_mothers', $from, $to);

-- id: budget.state.children_family.sick_child_care
-- label: ДБ, діти та сім’я: допомога особі, яка доглядає за хворою дитиною
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.state.children_family.sick_child_care
SELECT budget_paid('sf.sick_child_care', $from, $to);

-- id: budget.state.children_family.alimony
-- label: ДБ, діти та сім’я: тимчасова державна допомога дітям, батьки яких ухиляються від сплати аліментів
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.state.children_family.alimony
SELECT budget_paid('sf.alimony', $from, $to);

-- id: budget.state.children_family.large_families
-- label: ДБ, діти та сім’я: допомога на дітей, які виховуються у багатодітних сім'ях
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.state.children_family.large_families
SELECT budget_paid('sf.large_families', $from, $to);

-- id: budget.state.children_family.orphans
-- label: ДБ, діти та сім’я: державна соціальна допомога на дітей-сиріт у прийомних сім'ях та ДБСТ
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.state.children_family.orphans
SELECT budget_paid('sf.orphans', $from, $to);

-- id: budget.state.children_family.municipal_nanny
-- label: ДБ, діти та сім’я: відшкодування вартості послуги «муніципальна няня»
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.state.children_family.municipal_nanny
SELECT budget_paid('sf.municipal_nanny', $from, $to);

-- id: budget.state.low_income
-- label: ДБ: виплати на підтримку малозабезпечених сімей
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.state.low_income
SELECT budget_paid('low_income', $from, $to);
