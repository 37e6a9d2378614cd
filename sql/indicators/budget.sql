-- Budget execution by the accounting's payment documents: each line sums the
-- documents of its programme codes and of every line below it (ref_budget_lines).
-- sources: budget_expenditures

-- id: budget.total
-- label: Здійснено проведення видатків, усього
-- unit: thousand_uah
-- kind: flow
-- good: neutral
-- report_id: budget.total
SELECT budget_paid('total', $from, $to);

-- id: budget.state
-- label: коштами державного бюджету
-- unit: thousand_uah
-- kind: flow
-- good: neutral
-- report_id: budget.state
SELECT budget_paid('state', $from, $to);

-- id: budget.oblast_subvention
-- label: коштами субвенції з обласного бюджету
-- unit: thousand_uah
-- kind: flow
-- good: neutral
-- report_id: budget.oblast_subvention
SELECT budget_paid('oblast', $from, $to);

-- id: budget.state_subvention
-- label: коштами субвенції з державного бюджету
-- unit: thousand_uah
-- kind: flow
-- good: neutral
-- report_id: budget.state_subvention
SELECT budget_paid('subv', $from, $to);

-- id: budget.city
-- label: коштами міського бюджету
-- unit: thousand_uah
-- kind: flow
-- good: neutral
-- report_id: budget.city
SELECT budget_paid('city', $from, $to);

-- id: budget.state.veteran_adaptation
-- label: ДБ: заходи із професійної адаптації ветеранів війни, членів їх сімей та прирівняних осіб
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.state.veteran_adaptation
SELECT budget_paid('state.veteran_adaptation', $from, $to);

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

-- id: budget.state.disability
-- label: ДБ: виплати щодо соціального захисту осіб з інвалідністю
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.state.disability
SELECT budget_paid('state.disability', $from, $to);

-- id: budget.state.disability.rehab_children
-- label: ДБ, особи з інвалідністю: забезпечення реабілітаційними послугами дітей з інвалідністю
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.state.disability.rehab_children
SELECT budget_paid('state.disability.rehab_children', $from, $to);

-- id: budget.state.disability.sanatorium_cash_compensation
-- label: ДБ, особи з інвалідністю: грошова компенсація замість санаторно-курортної путівки деяким категоріям осіб з інвалідністю
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.state.disability.sanatorium_cash_compensation
SELECT budget_paid('state.disability.sanatorium_cash', $from, $to);

-- id: budget.state.disability.explosive_victims
-- label: ДБ, особи з інвалідністю: компенсація постраждалим внаслідок вибухонебезпечних предметів
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.state.disability.explosive_victims
SELECT budget_paid('state.disability.explosive_victims', $from, $to);

-- id: budget.state.disability.sanatorium_reimbursement
-- label: ДБ, особи з інвалідністю: відшкодування вартості санаторно-курортного лікування осіб з інвалідністю
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.state.disability.sanatorium_reimbursement
SELECT budget_paid('state.disability.sanatorium_reimbursement', $from, $to);

-- id: budget.state.war_death_disability_lump_sum
-- label: ДБ: одноразова грошова допомога в разі загибелі (смерті) або інвалідності (Закон «Про статус ветеранів війни…»)
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.state.war_death_disability_lump_sum
SELECT budget_paid('state.war_lump_sum', $from, $to);

-- id: budget.oblast_subvention.chornobyl_medical
-- label: Субвенція ОБ: пільгове медичне обслуговування осіб, постраждалих внаслідок Чорнобильської катастрофи
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.oblast_subvention.chornobyl_medical
SELECT budget_paid('oblast.chornobyl_medical', $from, $to);

-- id: budget.oblast_subvention.deputies_aid
-- label: Субвенція ОБ: матеріальна допомога мешканцям на виконання обласних депутатських повноважень
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.oblast_subvention.deputies_aid
SELECT budget_paid('oblast.deputies_aid', $from, $to);

-- id: budget.state_subvention.idp_defenders_housing
-- label: Субвенція ДБ: грошова компенсація за належні жилі приміщення для ВПО, які захищали незалежність України
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.state_subvention.idp_defenders_housing
SELECT budget_paid('subv.idp_defenders_housing', $from, $to);

-- id: budget.city.social_program
-- label: МБ: Програма соціального захисту населення КМТГ на 2022-2026 роки
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.city.social_program
SELECT budget_paid('city.sp', $from, $to);

-- id: budget.city.social_program.measures
-- label: МБ, Програма соцзахисту: проведення заходів за Програмою
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.city.social_program.measures
SELECT budget_paid('city.sp.measures', $from, $to);

-- id: budget.city.social_program.measures.deputies
-- label: МБ, заходи Програми: з них за рахунок коштів на виконання депутатських повноважень
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.city.social_program.measures.deputies
SELECT budget_paid('city.sp.measures.deputies', $from, $to);

-- id: budget.city.social_program.transport_bus
-- label: МБ, Програма соцзахисту: компенсація пільгового проїзду міським автотранспортом
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.city.social_program.transport_bus
SELECT budget_paid('city.sp.transport_bus', $from, $to);

-- id: budget.city.social_program.transport_electric
-- label: МБ, Програма соцзахисту: компенсація пільгового проїзду міським електротранспортом
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.city.social_program.transport_electric
SELECT budget_paid('city.sp.transport_electric', $from, $to);

-- id: budget.city.social_program.transport_rail
-- label: МБ, Програма соцзахисту: компенсація пільгового проїзду міським залізничним транспортом
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.city.social_program.transport_rail
SELECT budget_paid('city.sp.transport_rail', $from, $to);

-- id: budget.city.social_program.chornobyl_travel
-- label: МБ, Програма соцзахисту: компенсація вартості проїзду по Україні учасникам ліквідації аварії на ЧАЕС 1 та 2 категорії
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.city.social_program.chornobyl_travel
SELECT budget_paid('city.sp.chornobyl_travel', $from, $to);

-- id: budget.city.social_program.social_service_providers
-- label: МБ, Програма соцзахисту: соціальні гарантії фізичним особам, які надають соціальні послуги
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.city.social_program.social_service_providers
SELECT budget_paid('city.sp.social_service_providers', $from, $to);

-- id: budget.city.social_program.housing_privileges
-- label: МБ, Програма соцзахисту: пільги населенню на оплату ЖКП (окрім ветеранів, ЧАЕС тощо)
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.city.social_program.housing_privileges
SELECT budget_paid('city.sp.housing_privileges', $from, $to);

-- id: budget.city.social_program.ngo_support
-- label: МБ, Програма соцзахисту: фінансова підтримка громадських організацій
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.city.social_program.ngo_support
SELECT budget_paid('city.sp.ngo_support', $from, $to);

-- id: budget.city.social_program.csp_maintenance
-- label: МБ, Програма соцзахисту: утримання КЗ «Центр надання соціальних послуг»
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.city.social_program.csp_maintenance
SELECT budget_paid('city.sp.csp_maintenance', $from, $to);

-- id: budget.city.defenders_program
-- label: МБ: Комплексна програма підтримки Захисників і Захисниць, членів їх сімей на 2023-2025 роки
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.city.defenders_program
SELECT budget_paid('city.defenders_program', $from, $to);

-- id: budget.city.family_gender_program
-- label: МБ: Програма розвитку сімейної та гендерної політики на 2022-2026 роки
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.city.family_gender_program
SELECT budget_paid('city.family_gender_program', $from, $to);

-- id: budget.city.csp_municipal_bonus
-- label: МБ: Програма забезпечення муніципальною надбавкою працівників КЗ «ЦНСП» на 2022-2026 роки
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.city.csp_municipal_bonus
SELECT budget_paid('city.csp_municipal_bonus', $from, $to);

-- id: budget.city.media
-- label: МБ: Програма розвитку органів місцевого самоврядування (висвітлення діяльності департаменту в ЗМІ)
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.city.media
SELECT budget_paid('city.media', $from, $to);

-- id: budget.city.media.newspaper
-- label: МБ, висвітлення в ЗМІ: в газеті «Любимый город ДЗ»
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.city.media.newspaper
SELECT budget_paid('city.media.newspaper', $from, $to);

-- id: budget.city.media.radio
-- label: МБ, висвітлення в ЗМІ: на радіо «МіКомп»
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.city.media.radio
SELECT budget_paid('city.media.radio', $from, $to);

-- id: budget.city.media.tv_mis
-- label: МБ, висвітлення в ЗМІ: на телеканалі «МІС»
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.city.media.tv_mis
SELECT budget_paid('city.media.tv_mis', $from, $to);

-- id: budget.city.media.internet
-- label: МБ, висвітлення в ЗМІ: в мережі інтернет
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.city.media.internet
SELECT budget_paid('city.media.internet', $from, $to);

-- id: budget.city.media.tv_channel9
-- label: МБ, висвітлення в ЗМІ: 9-й канал (послуги телебачення)
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.city.media.tv_channel9
SELECT budget_paid('city.media.tv_channel9', $from, $to);

-- id: budget.city.apparatus
-- label: Видатки на утримання апарату департаменту
-- unit: thousand_uah
-- kind: flow
-- report_id: budget.city.apparatus
SELECT budget_paid('city.apparatus', $from, $to);

-- id: creditor_debt.total
-- sources: budget_obligations
-- label: Кредиторська заборгованість по загальному фонду на звітну дату
-- unit: thousand_uah
-- kind: stock
-- good: down
-- report_id: creditor_debt.total
SELECT creditor_debt(NULL, $to);

-- id: creditor_debt.state
-- sources: budget_obligations
-- label: Кредиторська заборгованість за коштами державного бюджету
-- unit: thousand_uah
-- kind: stock
-- good: down
-- report_id: creditor_debt.state
SELECT creditor_debt('ДБ', $to);

-- id: creditor_debt.city
-- sources: budget_obligations
-- label: Кредиторська заборгованість за коштами міського бюджету
-- unit: thousand_uah
-- kind: stock
-- good: down
-- report_id: creditor_debt.city
SELECT creditor_debt('МБ', $to);
