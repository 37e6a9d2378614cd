-- The department's smaller registers in their one layout, with each event's key
-- (ref_casework_events): disability records, control, legal work, the working group on
-- care, queues, Chornobyl compensations, the information and organisation log.
-- test: not_null(register, event_date, key)
CREATE TABLE stg_casework AS
SELECT e.register, e.event_date, r.key, e.case_no, e.person_id,
       coalesce(e.person_id, e.case_no) AS subject, coalesce(e.quantity, 1) AS quantity,
       e.amount_kop, e.end_date, e._file AS source_file, e._line AS source_line
FROM (
SELECT 'cbdi' AS register, event_date, event, case_no, person_id, quantity, amount_kop, end_date, _file, _line FROM raw_cbdi
UNION ALL
SELECT 'kontrol' AS register, event_date, event, case_no, person_id, quantity, amount_kop, end_date, _file, _line FROM raw_kontrol
UNION ALL
SELECT 'yurviddil' AS register, event_date, event, case_no, person_id, quantity, amount_kop, end_date, _file, _line FROM raw_yurviddil
UNION ALL
SELECT 'hrupa' AS register, event_date, event, case_no, person_id, quantity, amount_kop, end_date, _file, _line FROM raw_hrupa
UNION ALL
SELECT 'cherhy' AS register, event_date, event, case_no, person_id, quantity, amount_kop, end_date, _file, _line FROM raw_cherhy
UNION ALL
SELECT 'chaes' AS register, event_date, event, case_no, person_id, quantity, amount_kop, end_date, _file, _line FROM raw_chaes
UNION ALL
SELECT 'diialnist' AS register, event_date, event, case_no, person_id, quantity, amount_kop, end_date, _file, _line FROM raw_diialnist
) e
JOIN ref_casework_events r ON r.register = e.register AND r.code = e.event;
