-- The indicator catalogue for state social benefits. Each block: id, Ukrainian label,
-- unit, kind (stock: state at the start of $to; flow: events in [$from, $to)), the
-- figure of the published report it reproduces, and one SELECT returning one value.
-- sources: benefit_assignments

-- id: benefit_recipients_total
-- label: Контингент отримувачів державних соціальних допомог (сімей)
-- unit: families
-- kind: stock
-- good: neutral
-- report_id: benefit_recipients_total
SELECT families_receiving(NULL, $to);

-- id: benefit_recipients.children_family
-- label: Державні допомоги сім’ям з дітьми
-- unit: families
-- kind: stock
-- report_id: benefit_recipients.children_family
SELECT families_receiving(['101','102','103','104','105','106'], $to);

-- id: benefit_recipients.maternity
-- label: Допомога у зв’язку з вагітністю та пологами
-- unit: families
-- kind: stock
-- report_id: benefit_recipients.maternity
SELECT families_receiving(['101'], $to);

-- id: benefit_recipients.birth
-- label: Допомога при народжені дитини
-- unit: families
-- kind: stock
-- report_id: benefit_recipients.birth
SELECT families_receiving(['102'], $to);

-- id: benefit_recipients.single_mothers
-- label: Допомога на дітей одиноким матерям
-- unit: families
-- kind: stock
-- report_id: benefit_recipients.single_mothers
SELECT families_receiving(['103'], $to);

-- id: benefit_recipients.guardianship
-- label: Допомога на дітей, над якими встановлено опіку чи піклування
-- unit: families
-- kind: stock
-- report_id: benefit_recipients.guardianship
SELECT families_receiving(['104'], $to);

-- id: benefit_recipients.sick_child_care
-- label: Допомога особі, яка доглядає за хворою дитиною
-- unit: families
-- kind: stock
-- report_id: benefit_recipients.sick_child_care
SELECT families_receiving(['105'], $to);

-- id: benefit_recipients.adoption
-- label: Допомога при усиновленні дитини
-- unit: families
-- kind: stock
-- report_id: benefit_recipients.adoption
SELECT families_receiving(['106'], $to);

-- id: benefit_recipients.low_income
-- label: Державна соціальна допомога малозабезпеченим сім’ям
-- unit: families
-- kind: stock
-- report_id: benefit_recipients.low_income
SELECT families_receiving(['201'], $to);

-- id: benefit_recipients.large_families
-- label: Допомога на дітей, які виховуються у багатодітних сім’ях
-- unit: families
-- kind: stock
-- report_id: benefit_recipients.large_families
SELECT families_receiving(['202'], $to);

-- id: benefit_recipients.idp_living
-- label: Допомога на проживання внутрішньо переміщеним особам
-- unit: families
-- kind: stock
-- report_id: benefit_recipients.idp_living
SELECT families_receiving(['301'], $to);

-- id: benefit_recipients.pension_age_no_pension
-- label: Тимчасова державна соціальна допомога непрацюючій особі, яка досягла пенсійного віку, але не набула права на пенсійну виплату
-- unit: families
-- kind: stock
-- report_id: benefit_recipients.pension_age_no_pension
SELECT families_receiving(['401'], $to);

-- id: benefit_recipients.no_pension_disabled_care
-- label: Державна соціальна допомога особам, які не мають права на пенсію, та особам з інвалідністю і державна соціальна допомога на догляд
-- unit: families
-- kind: stock
-- report_id: benefit_recipients.no_pension_disabled_care
SELECT families_receiving(['402','403'], $to);

-- id: benefit_recipients.disabled_childhood
-- label: Державна соціальна допомога особам з інвалідністю з дитинства та дітям з інвалідністю
-- unit: families
-- kind: stock
-- report_id: benefit_recipients.disabled_childhood
SELECT families_receiving(['404'], $to);

-- id: benefit_recipients.municipal_nanny
-- label: Відшкодування вартості послуги з догляду за дитиною до трьох років «Муніципальна няня»
-- unit: families
-- kind: stock
-- report_id: benefit_recipients.municipal_nanny
SELECT families_receiving(['405'], $to);

-- id: benefit_recipients.psychiatric_care
-- label: Щомісячна грошова допомога особі, яка проживає разом з особою з інвалідністю І чи ІІ групи внаслідок психічного розладу, на догляд
-- unit: families
-- kind: stock
-- report_id: benefit_recipients.psychiatric_care
SELECT families_receiving(['406'], $to);

-- id: benefit_recipients.alimony
-- label: Тимчасова державна допомога дітям, батьки яких ухиляються від сплати аліментів
-- unit: families
-- kind: stock
-- report_id: benefit_recipients.alimony
SELECT families_receiving(['407'], $to);

-- id: benefit_recipients.social_services_compensation
-- label: Компенсації фізичним особам, які надають соціальні послуги
-- unit: families
-- kind: stock
-- report_id: benefit_recipients.social_services_compensation
SELECT families_receiving(['408'], $to);

-- id: benefit_recipients.care_80plus
-- label: Допомога на огляд одиноким особам, які досягли 80-річного віку та потребують постійного стороннього догляду
-- unit: families
-- kind: stock
-- report_id: benefit_recipients.care_80plus
SELECT families_receiving(['409'], $to);

-- id: benefit_recipients.orphans_family_homes
-- label: Державна соціальна допомога на дітей-сиріт та дітей, позбавлених батьківського піклування (ДБСТ, прийомні сім’ї)
-- unit: families
-- kind: stock
-- report_id: benefit_recipients.orphans_family_homes
SELECT families_receiving(['410'], $to);

-- id: benefit_recipients.centenarian_stipend
-- label: Щомісячна стипендія особам, яким виповнилось 100 і більше років
-- unit: families
-- kind: stock
-- report_id: benefit_recipients.centenarian_stipend
SELECT families_receiving(['411'], $to);

-- id: benefit_recipients.mother_heroine
-- label: Одноразова винагорода жінкам, яким присвоєно почесне звання України «Мати-героїня»
-- unit: families
-- kind: stock
-- report_id: benefit_recipients.mother_heroine
SELECT families_receiving(['412'], $to);

-- id: benefit_recipients.baby_package
-- label: Грошова компенсація вартості одноразової натуральної допомоги «пакунок малюка»
-- unit: families
-- kind: stock
-- report_id: benefit_recipients.baby_package
SELECT families_receiving(['413'], $to);

-- id: benefit_recipients.social_scholarships
-- label: Виплата соціальних стипендій студентам (курсантам) вищих навчальних закладів
-- unit: families
-- kind: stock
-- report_id: benefit_recipients.social_scholarships
SELECT families_receiving(['414'], $to);

-- id: benefit_recipients.conscript_discharge_aid
-- label: Матеріальна допомога військовослужбовцям, звільненим з військової строкової служби
-- unit: families
-- kind: stock
-- report_id: benefit_recipients.conscript_discharge_aid
SELECT families_receiving(['415'], $to);

-- id: benefit_recipients.housing_compensation
-- label: Грошова компенсація за належні для отримання жилі приміщення
-- unit: families
-- kind: stock
-- report_id: benefit_recipients.housing_compensation
SELECT families_receiving(['416'], $to);

-- id: benefit_decisions.persons
-- label: Підготовка проектів рішень про призначення державних допомог (осіб)
-- unit: persons
-- kind: flow
-- report_id: benefit_decisions.persons
SELECT persons_decided($from, $to);
