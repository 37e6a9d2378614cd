-- Document flow from the register of the electronic document system: letters and
-- citizens' appeals by direction and channel, draft decisions, and the legal
-- department's letters by subject, over [$from, $to).
-- sources: documents

-- id: doc_flow.total
-- label: Документообіг департаменту
-- unit: documents
-- kind: flow
-- good: neutral
-- report_id: doc_flow.total
SELECT documents(['вхідний', 'вихідний'], ['лист', 'звернення'], NULL, NULL, $from, $to);

-- id: doc_flow.incoming_letters
-- label: вхідна кореспонденція департаменту (листів)
-- unit: documents
-- kind: flow
-- report_id: doc_flow.incoming_letters
SELECT documents(['вхідний'], ['лист'], NULL, NULL, $from, $to);

-- id: doc_flow.outgoing_letters
-- label: вихідна кореспонденція департаменту (листів)
-- unit: documents
-- kind: flow
-- report_id: doc_flow.outgoing_letters
SELECT documents(['вихідний'], ['лист'], NULL, NULL, $from, $to);

-- id: doc_flow.incoming_appeals
-- label: вхідна кореспонденція з питань відпрацювання звернень громадян
-- unit: documents
-- kind: flow
-- report_id: doc_flow.incoming_appeals
SELECT documents(['вхідний'], ['звернення'], NULL, NULL, $from, $to);

-- id: doc_flow.incoming_appeals.hotline
-- label: з них на Гарячу лінію голови облдержадміністрації та Урядову гарячу лінію
-- unit: documents
-- kind: flow
-- report_id: doc_flow.incoming_appeals.hotline
SELECT documents(['вхідний'], ['звернення'], 'гаряча лінія', NULL, $from, $to);

-- id: doc_flow.incoming_appeals.cnap
-- label: з них через ЦНАП
-- unit: documents
-- kind: flow
-- report_id: doc_flow.incoming_appeals.cnap
SELECT documents(['вхідний'], ['звернення'], 'ЦНАП', NULL, $from, $to);

-- id: doc_flow.outgoing_appeals
-- label: вихідна кореспонденція з питань відпрацювання звернень громадян
-- unit: documents
-- kind: flow
-- report_id: doc_flow.outgoing_appeals
SELECT documents(['вихідний'], ['звернення'], NULL, NULL, $from, $to);

-- id: drafts.total
-- label: Підготовлено проектів рішень міської ради, виконкому, розпоряджень міського голови
-- unit: documents
-- kind: flow
-- report_id: drafts.total
SELECT documents(['внутрішній'], ['проєкт рішення МР', 'проєкт рішення ВК', 'проєкт розпорядження МГ'], NULL, NULL, $from, $to);

-- id: drafts.city_council
-- label: проекти рішень міської ради
-- unit: documents
-- kind: flow
-- report_id: drafts.city_council
SELECT documents(['внутрішній'], ['проєкт рішення МР'], NULL, NULL, $from, $to);

-- id: drafts.executive_committee
-- label: проєкти рішень виконавчого комітету міської ради
-- unit: documents
-- kind: flow
-- report_id: drafts.executive_committee
SELECT documents(['внутрішній'], ['проєкт рішення ВК'], NULL, NULL, $from, $to);

-- id: drafts.mayor_orders
-- label: проєкти розпоряджень міського голови
-- unit: documents
-- kind: flow
-- report_id: drafts.mayor_orders
SELECT documents(['внутрішній'], ['проєкт розпорядження МГ'], NULL, NULL, $from, $to);

-- id: legal.enforcement_applications
-- label: До відділів державної виконавчої служби подано заяв
-- unit: documents
-- kind: flow
-- report_id: legal.enforcement_applications
SELECT documents(['вихідний'], ['лист'], NULL, 'ДВС:%', $from, $to);

-- id: legal.enforcement_applications.reopen
-- label: про повторне відкриття виконавчого провадження
-- unit: documents
-- kind: flow
-- report_id: legal.enforcement_applications.reopen
SELECT documents(['вихідний'], ['лист'], NULL, 'ДВС: повторне відкриття', $from, $to);

-- id: legal.enforcement_applications.progress
-- label: про хід виконання виконавчого провадження
-- unit: documents
-- kind: flow
-- report_id: legal.enforcement_applications.progress
SELECT documents(['вихідний'], ['лист'], NULL, 'ДВС: хід виконання', $from, $to);

-- id: legal.enforcement_applications.bank_details
-- label: про зміну реквізитів рахунку у банку
-- unit: documents
-- kind: flow
-- report_id: legal.enforcement_applications.bank_details
SELECT documents(['вихідний'], ['лист'], NULL, 'ДВС: зміна реквізитів', $from, $to);

-- id: legal.enforcement_applications.exec_document
-- label: про надання виконавчого документа на виконання
-- unit: documents
-- kind: flow
-- report_id: legal.enforcement_applications.exec_document
SELECT documents(['вихідний'], ['лист'], NULL, 'ДВС: виконавчий документ', $from, $to);

-- id: legal.prosecutor_responses
-- label: Підготовлено відповідей на запити Дніпродзержинської місцевої прокуратури
-- unit: documents
-- kind: flow
-- report_id: legal.prosecutor_responses
SELECT documents(['вихідний'], ['лист'], NULL, 'прокуратура', $from, $to);

-- id: legal.lawyer_responses
-- label: Підготовлено відповідей на запити адвокатів
-- unit: documents
-- kind: flow
-- report_id: legal.lawyer_responses
SELECT documents(['вихідний'], ['лист'], NULL, 'адвокат', $from, $to);

-- id: legal.law_enforcement_responses
-- label: Підготовлено відповідей на листи правоохоронних органів
-- unit: documents
-- kind: flow
-- report_id: legal.law_enforcement_responses
SELECT documents(['вихідний'], ['лист'], NULL, 'правоохоронні органи', $from, $to);

-- id: legal.private_executor_responses
-- label: Підготовлено відповідей на листи приватних виконавців
-- unit: documents
-- kind: flow
-- report_id: legal.private_executor_responses
SELECT documents(['вихідний'], ['лист'], NULL, 'приватний виконавець', $from, $to);

-- id: legal.contracts_reviewed
-- label: Вивчено та погоджено договорів
-- unit: documents
-- kind: flow
-- report_id: legal.contracts_reviewed
SELECT documents(['внутрішній'], ['договір'], NULL, NULL, $from, $to);
