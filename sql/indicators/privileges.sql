-- The privilege register: statuses granted in [$from, $to) and persons on record at
-- the start of $to, by category (ref_privileges), defenders (LGKAT 'ЗХ'), large families
-- and centenarians from birth dates.
-- sources: privileges

-- id: privilege_status_total
-- label: Встановлено пільговий статус особам (ветерани війни, діти війни, ЧАЕС, багатодітні тощо)
-- unit: persons
-- kind: flow
-- good: neutral
-- report_id: privilege_status_total
SELECT privileges_granted(NULL, $from, $to);

-- id: privilege_status.war_disabled
-- label: особам з інвалідністю внаслідок війни
-- unit: persons
-- kind: flow
-- report_id: privilege_status.war_disabled
SELECT privileges_granted('war_disabled', $from, $to);

-- id: privilege_status.war_participants
-- label: учасникам війни
-- unit: persons
-- kind: flow
-- report_id: privilege_status.war_participants
SELECT privileges_granted('war_participants', $from, $to);

-- id: privilege_status.fallen_veteran_families
-- label: членам сімей загиблих (померлих) ветеранів війни
-- unit: persons
-- kind: flow
-- report_id: privilege_status.fallen_veteran_families
SELECT privileges_granted('fallen_veteran_families', $from, $to);

-- id: privilege_status.labour_veterans
-- label: ветеранам праці
-- unit: persons
-- kind: flow
-- report_id: privilege_status.labour_veterans
SELECT privileges_granted('labour_veterans', $from, $to);

-- id: privilege_status.war_children
-- label: дітям війни
-- unit: persons
-- kind: flow
-- report_id: privilege_status.war_children
SELECT privileges_granted('war_children', $from, $to);

-- id: privilege_status.nazi_victims
-- label: жертвам нацистських переслідувань
-- unit: persons
-- kind: flow
-- report_id: privilege_status.nazi_victims
SELECT privileges_granted('nazi_victims', $from, $to);

-- id: privilege_status.chornobyl
-- label: постраждалим внаслідок аварії на Чорнобильській АЕС
-- unit: persons
-- kind: flow
-- report_id: privilege_status.chornobyl
SELECT privileges_granted('chornobyl', $from, $to);

-- id: privilege_status.large_family_parents
-- label: батькам з багатодітних сімей
-- unit: persons
-- kind: flow
-- report_id: privilege_status.large_family_parents
SELECT privileges_granted('large_family_parents', $from, $to);

-- id: privilege_status.large_family_children
-- label: дітям з багатодітних сімей
-- unit: persons
-- kind: flow
-- report_id: privilege_status.large_family_children
SELECT privileges_granted('large_family_children', $from, $to);

-- id: privilege_status.disabled_children
-- label: дітям з інвалідністю та особам з інвалідністю з дитинства
-- unit: persons
-- kind: flow
-- report_id: privilege_status.disabled_children
SELECT privileges_granted('disabled_children', $from, $to);

-- id: chornobyl_residents_total
-- label: В місті проживає осіб, постраждалих внаслідок аварії на ЧАЕС (користуються пільгами, отримують виплати)
-- unit: persons
-- kind: stock
-- report_id: chornobyl_residents_total
SELECT privileged(['40'], NULL, $to);

-- id: defenders_registered_total
-- label: На обліку ветеранів з числа Захисників і Захисниць України
-- unit: persons
-- kind: stock
-- report_id: defenders_registered_total
SELECT privileged(['10', '11', '12'], 'ЗХ', $to);

-- id: defenders_registered.war_disabled
-- label: осіб з інвалідністю внаслідок війни
-- unit: persons
-- kind: stock
-- report_id: defenders_registered.war_disabled
SELECT privileged(['11'], 'ЗХ', $to);

-- id: defenders_registered.combatants
-- label: учасників бойових дій
-- unit: persons
-- kind: stock
-- report_id: defenders_registered.combatants
SELECT privileged(['10'], 'ЗХ', $to);

-- id: defenders_registered.war_participants
-- label: учасників війни
-- unit: persons
-- kind: stock
-- report_id: defenders_registered.war_participants
SELECT privileged(['12'], 'ЗХ', $to);

-- id: police_families.persons
-- label: Осіб зі статусом членів сімей загиблих працівників органів внутрішніх справ
-- unit: persons
-- kind: stock
-- report_id: police_families.persons
SELECT privileged(['70'], NULL, $to);

-- id: rehabilitated.persons
-- label: Осіб, визнаних реабілітованими відповідно до ст.12 Закону
-- unit: persons
-- kind: stock
-- report_id: rehabilitated.persons
SELECT privileged(['80'], NULL, $to);

-- id: large_families.families
-- label: На обліку багатодітних сімей
-- unit: families
-- kind: stock
-- report_id: large_families.families
SELECT large_families_on_record($to);

-- id: large_families.children
-- label: У багатодітних сім’ях виховується дітей
-- unit: children
-- kind: stock
-- report_id: large_families.children
SELECT privileged(['51'], NULL, $to);

-- id: centenarians_total
-- label: Проживає осіб, яким виповнилося 100 і більше років
-- unit: persons
-- kind: stock
-- report_id: centenarians_total
SELECT aged_between(100, 200, $to);

-- id: centenarians.aged_100
-- label: з них віком 100 років
-- unit: persons
-- kind: stock
-- report_id: centenarians.aged_100
SELECT aged_between(100, 100, $to);

-- id: centenarians.over_100
-- label: з них старше 100 років
-- unit: persons
-- kind: stock
-- report_id: centenarians.over_100
SELECT aged_between(101, 200, $to);

-- id: fallen_defenders_family_members
-- label: Членів сімей загиблих (померлих) Захисників і Захисниць України
-- unit: persons
-- kind: stock
-- report_id: fallen_defenders_family_members
SELECT privileged(['13'], 'ЗХ', $to);
