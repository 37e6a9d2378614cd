-- Functions for commissions and advisory bodies, over [d_from, d_to).

-- Applications the social-services commission considered; one decision kind or all.
CREATE MACRO social_services_applications(kind, d_from, d_to) AS (
    SELECT count(*) FROM stg_social_services_decisions
    WHERE (kind IS NULL OR decision = kind) AND meeting_date >= d_from::DATE AND meeting_date < d_to::DATE
);

-- Sittings of an advisory body (its report key). The two commissions whose decisions
-- are loaded count their sittings from the decisions themselves.
CREATE MACRO sittings(body_key, d_from, d_to) AS (
    CASE body_key
        WHEN 'material_aid_commission' THEN (
            SELECT count(DISTINCT meeting_date) FROM core_material_aid
            WHERE meeting_date >= d_from::DATE AND meeting_date < d_to::DATE)
        WHEN 'social_services_commission' THEN (
            SELECT count(DISTINCT meeting_date) FROM stg_social_services_decisions
            WHERE meeting_date >= d_from::DATE AND meeting_date < d_to::DATE)
        ELSE (
            SELECT count(*) FROM stg_advisory_meetings m JOIN ref_advisory_bodies b ON b.code = m.body
            WHERE b.report_key = body_key AND m.meeting_date >= d_from::DATE AND m.meeting_date < d_to::DATE)
    END
);
