-- Functions over the casework registers (stg_casework) for a register, a list of event
-- keys and [d_from, d_to), or the start of d_at for what is open then. A row may stand
-- for several like events, its quantity (one when the export leaves it empty): what
-- counts things (requests, checks, sessions, posts, appeals, trips) adds quantities up;
-- what counts people counts distinct subjects.

-- Events (things done), each row as many as its quantity.
CREATE MACRO cw_events(reg, keys, d_from, d_to) AS (
    SELECT coalesce(sum(quantity), 0) FROM stg_casework
    WHERE register = reg AND list_contains(keys, key) AND event_date >= d_from::DATE AND event_date < d_to::DATE
);

-- The people or cases the events concern.
CREATE MACRO cw_subjects(reg, keys, d_from, d_to) AS (
    SELECT count(DISTINCT subject) FROM stg_casework
    WHERE register = reg AND list_contains(keys, key) AND event_date >= d_from::DATE AND event_date < d_to::DATE
);

-- The sum the events add up to, in гривні.
CREATE MACRO cw_amount(reg, keys, d_from, d_to) AS (
    SELECT coalesce(sum(amount_kop), 0) / 100.0 FROM stg_casework
    WHERE register = reg AND list_contains(keys, key) AND event_date >= d_from::DATE AND event_date < d_to::DATE
);

-- Cases open at the start of d_at: begun before it and not ended by then.
CREATE MACRO cw_open(reg, keys, d_at) AS (
    SELECT count(DISTINCT subject) FROM stg_casework
    WHERE register = reg AND list_contains(keys, key) AND event_date < d_at::DATE
      AND (end_date IS NULL OR end_date >= d_at::DATE)
);

-- Cases that ended in [d_from, d_to); and cases begun then that ended only after;
-- each row as many as its quantity.
CREATE MACRO cw_ended(reg, keys, d_from, d_to) AS (
    SELECT coalesce(sum(quantity), 0) FROM stg_casework
    WHERE register = reg AND list_contains(keys, key) AND end_date >= d_from::DATE AND end_date < d_to::DATE
);

CREATE MACRO cw_ended_after(reg, keys, d_from, d_to) AS (
    SELECT coalesce(sum(quantity), 0) FROM stg_casework
    WHERE register = reg AND list_contains(keys, key) AND event_date >= d_from::DATE AND event_date < d_to::DATE
      AND end_date >= d_to::DATE
);
