-- Functions the IDP indicators are written in. On record at as_of: registered before
-- that day and not taken off before it. A person is their tax number's pseudonym, or
-- their certificate where there is none (children): someone who moved between offices
-- was registered anew with a new certificate, but is one person.

-- IDPs on record at as_of; who: NULL for all, 'children', 'pensioners' or 'disabled'.
CREATE MACRO idps_on_record(who, as_of) AS (
    SELECT count(DISTINCT coalesce(person_id, certificate_id)) FROM stg_idp_registrations
    WHERE registered < as_of::DATE AND (deregistered IS NULL OR deregistered >= as_of::DATE)
      AND CASE who
            WHEN 'children' THEN date_sub('year', birth_date, as_of::DATE) < 18
            WHEN 'pensioners' THEN pensioner
            WHEN 'disabled' THEN disabled
            ELSE true END
);

-- Persons who arrived in [d_from, d_to).
CREATE MACRO idps_arrived(d_from, d_to) AS (
    SELECT count(DISTINCT coalesce(person_id, certificate_id)) FROM stg_idp_registrations
    WHERE arrived >= d_from::DATE AND arrived < d_to::DATE
);

-- Persons issued an IDP certificate in [d_from, d_to).
CREATE MACRO idp_certificates(d_from, d_to) AS (
    SELECT count(DISTINCT coalesce(person_id, certificate_id)) FROM stg_idp_registrations
    WHERE certificate_date >= d_from::DATE AND certificate_date < d_to::DATE
);

-- Persons living in a dormitory at as_of.
CREATE MACRO dormitory_residents(as_of) AS (
    SELECT count(DISTINCT certificate_id) FROM stg_idp_dormitories
    WHERE moved_in < as_of::DATE AND (moved_out IS NULL OR moved_out >= as_of::DATE)
);

-- Persons placed in a dormitory in [d_from, d_to).
CREATE MACRO dormitory_sheltered(d_from, d_to) AS (
    SELECT count(DISTINCT certificate_id) FROM stg_idp_dormitories
    WHERE moved_in >= d_from::DATE AND moved_in < d_to::DATE
);
