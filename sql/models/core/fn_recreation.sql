-- Children sent to recreation in [d_from, d_to): to one destination (its report key)
-- or any, under one category or any.
CREATE MACRO recreation_children(place_key, cat, d_from, d_to) AS (
    SELECT count(DISTINCT r.child_id)
    FROM stg_recreation r
    JOIN ref_recreation_places p ON p.code = r.place
    WHERE (place_key IS NULL OR p.report_key = place_key)
      AND (cat IS NULL OR r.category = cat)
      AND r.arrival >= d_from::DATE AND r.arrival < d_to::DATE
);
