-- Children's recreation: distinct children sent to each destination, by the
-- category they were sent under, over [$from, $to).
-- sources: recreation

-- id: recreation.children_total
-- label: Забезпечено послугами оздоровлення та відпочинку дітей, які потребують особливої соціальної уваги
-- unit: children
-- kind: flow
-- good: up
-- report_id: recreation.children_total
SELECT recreation_children(NULL, NULL, $from, $to);

-- id: recreation.charity.hungary_miskolc
-- label: Благодійні кошти: діти ВПО та діти Захисників — оздоровчий табір м.Мішкольц (Угорщина)
-- unit: children
-- kind: flow
-- report_id: recreation.charity.hungary_miskolc
SELECT recreation_children('charity.hungary_miskolc', NULL, $from, $to);

-- id: recreation.charity.austria
-- label: Благодійні кошти: діти загиблих Захисників — оздоровлення (Австрія)
-- unit: children
-- kind: flow
-- report_id: recreation.charity.austria
SELECT recreation_children('charity.austria', NULL, $from, $to);

-- id: recreation.charity.poland_zakopane
-- label: Благодійні кошти: діти загиблих Захисників — оздоровчий табір м.Закопане (Польща)
-- unit: children
-- kind: flow
-- report_id: recreation.charity.poland_zakopane
SELECT recreation_children('charity.poland_zakopane', NULL, $from, $to);

-- id: recreation.charity.truskavets_moldova
-- label: Благодійні кошти: дитина з числа ВПО — реабілітаційний центр «Молдова», м.Трускавець
-- unit: children
-- kind: flow
-- report_id: recreation.charity.truskavets_moldova
SELECT recreation_children('charity.truskavets_moldova', NULL, $from, $to);

-- id: recreation.oblast.sokolyata
-- label: Обласний бюджет: дитячий заклад «Соколята», м.Хирів, Львівська обл.
-- unit: children
-- kind: flow
-- report_id: recreation.oblast.sokolyata
SELECT recreation_children('oblast.sokolyata', NULL, $from, $to);

-- id: recreation.oblast.sokolyata.orphans
-- label: «Соколята»: з числа сиріт
-- unit: children
-- kind: flow
-- report_id: recreation.oblast.sokolyata.orphans
SELECT recreation_children('oblast.sokolyata', 'orphans', $from, $to);

-- id: recreation.oblast.sokolyata.defenders_children
-- label: «Соколята»: діти Захисників та Захисниць України
-- unit: children
-- kind: flow
-- report_id: recreation.oblast.sokolyata.defenders_children
SELECT recreation_children('oblast.sokolyata', 'defenders_children', $from, $to);

-- id: recreation.oblast.sokolyata.deprived_care
-- label: «Соколята»: діти, позбавлені батьківського піклування
-- unit: children
-- kind: flow
-- report_id: recreation.oblast.sokolyata.deprived_care
SELECT recreation_children('oblast.sokolyata', 'deprived_care', $from, $to);

-- id: recreation.oblast.sokolyata.large_families
-- label: «Соколята»: діти з багатодітних сімей
-- unit: children
-- kind: flow
-- report_id: recreation.oblast.sokolyata.large_families
SELECT recreation_children('oblast.sokolyata', 'large_families', $from, $to);

-- id: recreation.oblast.sokolyata.idp
-- label: «Соколята»: діти з числа ВПО
-- unit: children
-- kind: flow
-- report_id: recreation.oblast.sokolyata.idp
SELECT recreation_children('oblast.sokolyata', 'idp', $from, $to);

-- id: recreation.oblast.artek_prykarpattia.deprived_care
-- label: Обласний бюджет: «Артек-Прикарпаття» — діти, позбавлені батьківського піклування (ДБСТ)
-- unit: children
-- kind: flow
-- report_id: recreation.oblast.artek_prykarpattia.deprived_care
SELECT recreation_children('oblast.artek_prykarpattia', 'deprived_care', $from, $to);

-- id: recreation.oblast.artek_prykarpattia.large_families
-- label: Обласний бюджет: «Артек-Прикарпаття» — діти з багатодітних сімей
-- unit: children
-- kind: flow
-- report_id: recreation.oblast.artek_prykarpattia.large_families
SELECT recreation_children('oblast.artek_prykarpattia', 'large_families', $from, $to);

-- id: recreation.state.artek_kyiv.orphans
-- label: Державний бюджет: МДЦ «Артек» (Київ) — сироти, позбавлені піклування, рідна дитина батьків-вихователів
-- unit: children
-- kind: flow
-- report_id: recreation.state.artek_kyiv.orphans
SELECT recreation_children('state.artek_kyiv', 'orphans', $from, $to);

-- id: recreation.state.artek_kyiv.low_income
-- label: Державний бюджет: МДЦ «Артек» (Київ) — діти з малозабезпечених сімей
-- unit: children
-- kind: flow
-- report_id: recreation.state.artek_kyiv.low_income
SELECT recreation_children('state.artek_kyiv', 'low_income', $from, $to);

-- id: recreation.state.artek_kyiv.fallen_defenders
-- label: Державний бюджет: МДЦ «Артек» (Київ) — діти загиблого Захисника України
-- unit: children
-- kind: flow
-- report_id: recreation.state.artek_kyiv.fallen_defenders
SELECT recreation_children('state.artek_kyiv', 'fallen_defenders', $from, $to);

-- id: recreation.state.artek_zakarpattia.low_income
-- label: Державний бюджет: «Артек-Закарпаття» — діти з малозабезпечених сімей
-- unit: children
-- kind: flow
-- report_id: recreation.state.artek_zakarpattia.low_income
SELECT recreation_children('state.artek_zakarpattia', 'low_income', $from, $to);

-- id: recreation.state.artek_zakarpattia.orphans
-- label: Державний бюджет: «Артек-Закарпаття» — діти з числа сиріт
-- unit: children
-- kind: flow
-- report_id: recreation.state.artek_zakarpattia.orphans
SELECT recreation_children('state.artek_zakarpattia', 'orphans', $from, $to);

-- id: recreation.state.artek_zakarpattia.fallen_defenders
-- label: Державний бюджет: «Артек-Закарпаття» — діти загиблих Захисників України
-- unit: children
-- kind: flow
-- report_id: recreation.state.artek_zakarpattia.fallen_defenders
SELECT recreation_children('state.artek_zakarpattia', 'fallen_defenders', $from, $to);

-- id: recreation.charity.hopeua_hope_for_kids
-- label: Реабілітаційна програма Hope for Kids (БО «БФ «HopeUA»), «Озерний край» — сироти та діти ДБСТ
-- unit: children
-- kind: flow
-- report_id: recreation.charity.hopeua_hope_for_kids
SELECT recreation_children('charity.hopeua_hope_for_kids', NULL, $from, $to);
