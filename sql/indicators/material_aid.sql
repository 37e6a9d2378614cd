-- Material aid: the commission's decisions by category, and aid paid at deputies'
-- request by council, over [$from, $to).
-- sources: material_aid

-- id: material_aid.applications_considered
-- label: На засіданнях комісії розглянуто звернень громадян щодо матеріальної допомоги
-- unit: documents
-- kind: flow
-- report_id: material_aid.applications_considered
SELECT aid_considered($from, $to);

-- id: material_aid.granted_persons
-- label: За рішеннями комісії матеріальну допомогу виділено громадянам
-- unit: persons
-- kind: flow
-- good: neutral
-- report_id: material_aid.granted_persons
SELECT aid_persons(NULL, $from, $to);

-- id: material_aid.granted_sum
-- label: Загальна сума виділеної матеріальної допомоги
-- unit: thousand_uah
-- kind: flow
-- report_id: material_aid.granted_sum
SELECT aid_sum(NULL, $from, $to);

-- id: material_aid.granted_persons.large_families
-- label: Матеріальна допомога багатодітним родинам (отримувачів)
-- unit: families
-- kind: flow
-- report_id: material_aid.granted_persons.large_families
SELECT aid_persons('large_families', $from, $to);

-- id: material_aid.granted_sum.large_families
-- label: Матеріальна допомога багатодітним родинам (сума)
-- unit: thousand_uah
-- kind: flow
-- report_id: material_aid.granted_sum.large_families
SELECT aid_sum('large_families', $from, $to);

-- id: material_aid.granted_persons.disabled
-- label: Матеріальна допомога особам з інвалідністю (отримувачів)
-- unit: persons
-- kind: flow
-- report_id: material_aid.granted_persons.disabled
SELECT aid_persons('disabled', $from, $to);

-- id: material_aid.granted_sum.disabled
-- label: Матеріальна допомога особам з інвалідністю (сума)
-- unit: thousand_uah
-- kind: flow
-- report_id: material_aid.granted_sum.disabled
SELECT aid_sum('disabled', $from, $to);

-- id: material_aid.granted_persons.child_treatment
-- label: Матеріальна допомога особам на лікування дитини (отримувачів)
-- unit: persons
-- kind: flow
-- report_id: material_aid.granted_persons.child_treatment
SELECT aid_persons('child_treatment', $from, $to);

-- id: material_aid.granted_sum.child_treatment
-- label: Матеріальна допомога особам на лікування дитини (сума)
-- unit: thousand_uah
-- kind: flow
-- report_id: material_aid.granted_sum.child_treatment
SELECT aid_sum('child_treatment', $from, $to);

-- id: material_aid.granted_persons.military
-- label: Матеріальна допомога військовослужбовцям (отримувачів)
-- unit: persons
-- kind: flow
-- report_id: material_aid.granted_persons.military
SELECT aid_persons('military', $from, $to);

-- id: material_aid.granted_sum.military
-- label: Матеріальна допомога військовослужбовцям (сума)
-- unit: thousand_uah
-- kind: flow
-- report_id: material_aid.granted_sum.military
SELECT aid_sum('military', $from, $to);

-- id: material_aid.granted_persons.oncology
-- label: Матеріальна допомога громадянам з онкологічними захворюваннями (отримувачів)
-- unit: persons
-- kind: flow
-- report_id: material_aid.granted_persons.oncology
SELECT aid_persons('oncology', $from, $to);

-- id: material_aid.granted_sum.oncology
-- label: Матеріальна допомога громадянам з онкологічними захворюваннями (сума)
-- unit: thousand_uah
-- kind: flow
-- report_id: material_aid.granted_sum.oncology
SELECT aid_sum('oncology', $from, $to);

-- id: material_aid.granted_persons.veterans
-- label: Матеріальна допомога ветеранам війни та праці (отримувачів)
-- unit: persons
-- kind: flow
-- report_id: material_aid.granted_persons.veterans
SELECT aid_persons('veterans', $from, $to);

-- id: material_aid.granted_sum.veterans
-- label: Матеріальна допомога ветеранам війни та праці (сума)
-- unit: thousand_uah
-- kind: flow
-- report_id: material_aid.granted_sum.veterans
SELECT aid_sum('veterans', $from, $to);

-- id: material_aid.granted_persons.chornobyl
-- label: Матеріальна допомога учасникам ліквідації наслідків аварії на ЧАЕС (отримувачів)
-- unit: persons
-- kind: flow
-- report_id: material_aid.granted_persons.chornobyl
SELECT aid_persons('chornobyl', $from, $to);

-- id: material_aid.granted_sum.chornobyl
-- label: Матеріальна допомога учасникам ліквідації наслідків аварії на ЧАЕС (сума)
-- unit: thousand_uah
-- kind: flow
-- report_id: material_aid.granted_sum.chornobyl
SELECT aid_sum('chornobyl', $from, $to);

-- id: material_aid.granted_persons.emergency
-- label: Матеріальна допомога у зв’язку з екстремальною ситуацією (пожежа, затоплення) (отримувачів)
-- unit: persons
-- kind: flow
-- report_id: material_aid.granted_persons.emergency
SELECT aid_persons('emergency', $from, $to);

-- id: material_aid.granted_sum.emergency
-- label: Матеріальна допомога у зв’язку з екстремальною ситуацією (пожежа, затоплення) (сума)
-- unit: thousand_uah
-- kind: flow
-- report_id: material_aid.granted_sum.emergency
SELECT aid_sum('emergency', $from, $to);

-- id: material_aid.granted_persons.released_prisoners
-- label: Матеріальна допомога особам, звільненим з місць позбавлення волі (отримувачів)
-- unit: persons
-- kind: flow
-- report_id: material_aid.granted_persons.released_prisoners
SELECT aid_persons('released_prisoners', $from, $to);

-- id: material_aid.granted_sum.released_prisoners
-- label: Матеріальна допомога особам, звільненим з місць позбавлення волі (сума)
-- unit: thousand_uah
-- kind: flow
-- report_id: material_aid.granted_sum.released_prisoners
SELECT aid_sum('released_prisoners', $from, $to);

-- id: material_aid.granted_persons.idp
-- label: Матеріальна допомога особам зі статусом внутрішньо переміщених осіб (отримувачів)
-- unit: persons
-- kind: flow
-- report_id: material_aid.granted_persons.idp
SELECT aid_persons('idp', $from, $to);

-- id: material_aid.granted_sum.idp
-- label: Матеріальна допомога особам зі статусом внутрішньо переміщених осіб (сума)
-- unit: thousand_uah
-- kind: flow
-- report_id: material_aid.granted_sum.idp
SELECT aid_sum('idp', $from, $to);

-- id: material_aid.granted_persons.afghan_veterans
-- label: Матеріальна допомога учасникам бойових дій (ветерани Афганістану) (отримувачів)
-- unit: persons
-- kind: flow
-- report_id: material_aid.granted_persons.afghan_veterans
SELECT aid_persons('afghan_veterans', $from, $to);

-- id: material_aid.granted_sum.afghan_veterans
-- label: Матеріальна допомога учасникам бойових дій (ветерани Афганістану) (сума)
-- unit: thousand_uah
-- kind: flow
-- report_id: material_aid.granted_sum.afghan_veterans
SELECT aid_sum('afghan_veterans', $from, $to);

-- id: material_aid.granted_persons.treatment_other
-- label: Матеріальна допомога на лікування та інше (отримувачів)
-- unit: persons
-- kind: flow
-- report_id: material_aid.granted_persons.treatment_other
SELECT aid_persons('treatment_other', $from, $to);

-- id: material_aid.granted_sum.treatment_other
-- label: Матеріальна допомога на лікування та інше (сума)
-- unit: thousand_uah
-- kind: flow
-- report_id: material_aid.granted_sum.treatment_other
SELECT aid_sum('treatment_other', $from, $to);

-- id: deputies_aid.statements
-- sources: deputies_aid
-- label: Підготовлено відомостей на отримання матеріальної допомоги (депутатські повноваження)
-- unit: documents
-- kind: flow
-- report_id: deputies_aid.statements
SELECT deputies_statements($from, $to);

-- id: deputies_aid.oblast.persons
-- sources: deputies_aid
-- label: Від депутатів обласної ради за рахунок обласного бюджету: отримувачів
-- unit: persons
-- kind: flow
-- report_id: deputies_aid.oblast.persons
SELECT deputies_persons('обласна', $from, $to);

-- id: deputies_aid.oblast.sum
-- sources: deputies_aid
-- label: Від депутатів обласної ради за рахунок обласного бюджету: сума
-- unit: thousand_uah
-- kind: flow
-- report_id: deputies_aid.oblast.sum
SELECT deputies_sum('обласна', $from, $to);

-- id: deputies_aid.city.persons
-- sources: deputies_aid
-- label: Від депутатів міської ради за рахунок міського бюджету: отримувачів
-- unit: persons
-- kind: flow
-- report_id: deputies_aid.city.persons
SELECT deputies_persons('міська', $from, $to);

-- id: deputies_aid.city.sum
-- sources: deputies_aid
-- label: Від депутатів міської ради за рахунок міського бюджету: сума
-- unit: thousand_uah
-- kind: flow
-- report_id: deputies_aid.city.sum
SELECT deputies_sum('міська', $from, $to);
