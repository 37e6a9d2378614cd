-- Commissions and advisory bodies: applications and decisions of the social-services
-- commission, and sittings of every body, over [$from, $to).
-- sources: advisory_meetings

-- id: social_services_commission.applications
-- sources: social_services_decisions
-- label: Розглянуто звернень про надання соціальних послуг
-- unit: documents
-- kind: flow
-- report_id: social_services_commission.applications
SELECT social_services_applications(NULL, $from, $to);

-- id: social_services_commission.decisions.budget
-- sources: social_services_decisions
-- label: Рішення: за рахунок бюджетних коштів
-- unit: documents
-- kind: flow
-- report_id: social_services_commission.decisions.budget
SELECT social_services_applications('за рахунок бюджету', $from, $to);

-- id: social_services_commission.decisions.differentiated
-- sources: social_services_decisions
-- label: Рішення: по диференційованій оплаті
-- unit: documents
-- kind: flow
-- report_id: social_services_commission.decisions.differentiated
SELECT social_services_applications('диференційована оплата', $from, $to);

-- id: social_services_commission.decisions.recipient_paid
-- sources: social_services_decisions
-- label: Рішення: за рахунок отримувача
-- unit: documents
-- kind: flow
-- report_id: social_services_commission.decisions.recipient_paid
SELECT social_services_applications('за рахунок отримувача', $from, $to);

-- id: social_services_commission.decisions.refused
-- sources: social_services_decisions
-- label: Рішення про відмову у наданні соціальних послуг
-- unit: documents
-- kind: flow
-- report_id: social_services_commission.decisions.refused
SELECT social_services_applications('відмова', $from, $to);

-- id: advisory.ngo_competition_meetings
-- label: Засідання конкурсної комісії з визначення програм інститутів громадянського суспільства
-- unit: meetings
-- kind: flow
-- report_id: advisory.ngo_competition_meetings
SELECT sittings('ngo_competition', $from, $to);

-- id: advisory.veteran_assistant_selection_meetings
-- label: Засідання комісії з відбору кандидатів у помічники ветерана
-- unit: meetings
-- kind: flow
-- report_id: advisory.veteran_assistant_selection_meetings
SELECT sittings('veteran_assistant_selection', $from, $to);

-- id: advisory.guardianship_council_meetings
-- label: Засідання опікунської ради при виконкомі
-- unit: meetings
-- kind: flow
-- report_id: advisory.guardianship_council_meetings
SELECT sittings('guardianship_council', $from, $to);

-- id: advisory.family_policy_council_meetings
-- label: Засідання координаційної ради з питань сімейної політики, гендерної рівності, протидії насильству
-- unit: meetings
-- kind: flow
-- report_id: advisory.family_policy_council_meetings
SELECT sittings('family_policy_council', $from, $to);

-- id: advisory.housing_compensation_meetings
-- label: Засідання комісії щодо заяв про грошову компенсацію за належні жилі приміщення
-- unit: meetings
-- kind: flow
-- report_id: advisory.housing_compensation_meetings
SELECT sittings('housing_compensation', $from, $to);

-- id: advisory.civil_support_centre_meetings
-- label: Засідання Координаційного центру підтримки цивільного населення
-- unit: meetings
-- kind: flow
-- report_id: advisory.civil_support_centre_meetings
SELECT sittings('civil_support_centre', $from, $to);

-- id: advisory.material_aid_commission_meetings
-- sources: material_aid
-- label: Засідання комісії для надання матеріальної допомоги за рахунок міського бюджету
-- unit: meetings
-- kind: flow
-- report_id: advisory.material_aid_commission_meetings
SELECT sittings('material_aid_commission', $from, $to);

-- id: advisory.natural_aid_commission_meetings
-- label: Засідання комісії з питання надання натуральної допомоги
-- unit: meetings
-- kind: flow
-- report_id: advisory.natural_aid_commission_meetings
SELECT sittings('natural_aid_commission', $from, $to);

-- id: advisory.social_services_commission_meetings
-- sources: social_services_decisions
-- label: Засідання комісії з прийняття рішень про надання/відмову в наданні соціальних послуг
-- unit: meetings
-- kind: flow
-- report_id: advisory.social_services_commission_meetings
SELECT sittings('social_services_commission', $from, $to);

-- id: advisory.social_needs_group_meetings
-- label: Засідання робочої групи з визначення потреб населення у соціальних послугах
-- unit: meetings
-- kind: flow
-- report_id: advisory.social_needs_group_meetings
SELECT sittings('social_needs_group', $from, $to);

-- id: advisory.accessibility_committee_meetings
-- label: Участь у засіданні комітету з питань доступності осіб з інвалідністю та маломобільних груп
-- unit: meetings
-- kind: flow
-- report_id: advisory.accessibility_committee_meetings
SELECT sittings('accessibility_committee', $from, $to);
