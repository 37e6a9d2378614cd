-- Every IDP placed in a dormitory is in the IDP database (by certificate).
SELECT d.certificate_id, d.place, d.source_file, d.source_line
FROM stg_idp_dormitories d
WHERE (SELECT count(*) FROM stg_idp_registrations) > 0
  AND d.certificate_id NOT IN (SELECT certificate_id FROM stg_idp_registrations);
