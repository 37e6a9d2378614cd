-- Privilege statuses with their category; "ЗХ" in LGKAT marks defenders of Ukraine.
-- test: not_null(person_id, lgcode, granted)
-- test: relationships(lgcode, ref_privileges.lgcode)
CREATE TABLE core_privileges AS
SELECT p.office_code, p.person_id, p.birth_date, p.lgcode, p.lgkat, p.family_id, p.granted, p.ended,
       r.status_group, r.granted_by
FROM stg_privileges p
JOIN ref_privileges r ON r.lgcode = p.lgcode;
