-- Functions the Centre for Social Services' indicators are written in. kinds are unit
-- kinds (ref_csc_units.kind), keys are act keys (ref_csc_acts.key), need is a list of
-- tags a case or act must all carry; NULL kinds, keys or need mean any. The rules are
-- docs/exports/csc.md's «Як рахуються показники»:
-- * A case is on record from its taking-on to the day before its removal: it is served
--   in [d_from, d_to) if it was on record at any day of it (taken_on < d_to and
--   removed_on > d_from and removed_on > taken_on: a case taken on and removed the
--   same day was never on record), and on record at the start of d_at if it was the day before
--   (taken_on < d_at <= removed_on).
-- * Persons are counted once however many of the indicator's units they are on the
--   record of, or got acts from: count(DISTINCT client). A person with no documents is
--   known by a unit's case only, so is counted once per such case.
-- * Families are cases: a family is one case of one unit.
-- * Things (services, visits, items, trips, kg) sum the acts' quantity, an empty one
--   being one; documents and events count acts.

-- The age tag at a date, from the birth date alone: 'age_child' under 18, else
-- 'age_adult'; none when the birth date is unknown.
CREATE MACRO csc_age_at(birth, d_at) AS
    CASE WHEN birth IS NULL THEN NULL
         WHEN birth > d_at::DATE - INTERVAL 18 YEAR THEN 'age_child' ELSE 'age_adult' END;

-- The tags of a case or act at a date: its own, its age tag then, and 'age_u14' for
-- a child not yet 14 (the Centre's New Year gifts are for them).
CREATE MACRO csc_tags_at(tags, birth, d_at) AS
    list_filter(list_concat(tags, [csc_age_at(birth, d_at),
        CASE WHEN birth > d_at::DATE - INTERVAL 14 YEAR THEN 'age_u14' END]), x -> x IS NOT NULL);

-- Recipients on record at any day of [d_from, d_to).
CREATE MACRO csc_served(kinds, need, d_from, d_to) AS (
    SELECT count(DISTINCT client) FROM core_csc_cases
    WHERE (kinds IS NULL OR list_contains(kinds, unit_kind))
      AND (need IS NULL OR list_has_all(csc_tags_at(tags, birth_date, greatest(taken_on, d_from::DATE)), need))
      AND taken_on < d_to::DATE AND (removed_on IS NULL OR removed_on > greatest(taken_on, d_from::DATE))
);

-- Recipients taken on record in [d_from, d_to).
CREATE MACRO csc_taken_on(kinds, need, d_from, d_to) AS (
    SELECT count(DISTINCT client) FROM core_csc_cases
    WHERE (kinds IS NULL OR list_contains(kinds, unit_kind))
      AND (need IS NULL OR list_has_all(csc_tags_at(tags, birth_date, taken_on), need))
      AND taken_on >= d_from::DATE AND taken_on < d_to::DATE
);

-- Recipients removed from record in [d_from, d_to), of their age on their last day
-- on record.
CREATE MACRO csc_removed(kinds, need, d_from, d_to) AS (
    SELECT count(DISTINCT client) FROM core_csc_cases
    WHERE (kinds IS NULL OR list_contains(kinds, unit_kind))
      AND (need IS NULL OR list_has_all(csc_tags_at(tags, birth_date, greatest(taken_on, removed_on - 1)), need))
      AND removed_on >= d_from::DATE AND removed_on < d_to::DATE
);

-- Recipients on record at the start of d_at.
CREATE MACRO csc_on_record(kinds, need, d_at) AS (
    SELECT count(DISTINCT client) FROM core_csc_cases
    WHERE (kinds IS NULL OR list_contains(kinds, unit_kind))
      AND (need IS NULL OR list_has_all(csc_tags_at(tags, birth_date, d_at), need))
      AND taken_on < d_at::DATE AND (removed_on IS NULL OR removed_on >= d_at::DATE)
);

-- Units, and departments, with anyone on record at the start of d_at.
CREATE MACRO csc_units(kinds, d_at) AS (
    SELECT count(DISTINCT unit) FROM core_csc_cases
    WHERE (kinds IS NULL OR list_contains(kinds, unit_kind))
      AND taken_on < d_at::DATE AND (removed_on IS NULL OR removed_on >= d_at::DATE)
);
CREATE MACRO csc_departments(d_at) AS (
    SELECT count(DISTINCT department) FROM core_csc_cases
    WHERE taken_on < d_at::DATE AND (removed_on IS NULL OR removed_on >= d_at::DATE)
);

-- Families (cases) served in [d_from, d_to), and on record at the start of d_at.
CREATE MACRO csc_families_served(kinds, d_from, d_to) AS (
    SELECT count(DISTINCT unit || '|' || case_no) FROM core_csc_cases
    WHERE list_contains(kinds, unit_kind)
      AND taken_on < d_to::DATE AND (removed_on IS NULL OR removed_on > greatest(taken_on, d_from::DATE))
);
CREATE MACRO csc_families_on_record(kinds, d_at) AS (
    SELECT count(DISTINCT unit || '|' || case_no) FROM core_csc_cases
    WHERE list_contains(kinds, unit_kind)
      AND taken_on < d_at::DATE AND (removed_on IS NULL OR removed_on >= d_at::DATE)
);

-- Families whose case closed in [d_from, d_to): every member removed, the last of
-- them then; reasons limits them to those closed for one of the reasons.
CREATE MACRO csc_families_closed(kinds, reasons, d_from, d_to) AS (
    SELECT count(*) FROM (
        SELECT unit, case_no, max(removed_on) AS closed, max(reason) AS reason
        FROM core_csc_cases WHERE list_contains(kinds, unit_kind)
        GROUP BY unit, case_no HAVING count(*) = count(removed_on)
    ) WHERE closed >= d_from::DATE AND closed < d_to::DATE
      AND (reasons IS NULL OR list_contains(reasons, reason))
);

-- Acts in [d_from, d_to).
CREATE MACRO csc_acts(kinds, keys, d_from, d_to) AS (
    SELECT count(*) FROM core_csc_acts
    WHERE (kinds IS NULL OR list_contains(kinds, unit_kind)) AND list_contains(keys, act_key)
      AND act_date >= d_from::DATE AND act_date < d_to::DATE
);

-- Distinct recipients of acts in [d_from, d_to), of their age at the act.
CREATE MACRO csc_clients(kinds, keys, need, d_from, d_to) AS (
    SELECT count(DISTINCT client) FROM core_csc_acts
    WHERE (kinds IS NULL OR list_contains(kinds, unit_kind)) AND list_contains(keys, act_key)
      AND (need IS NULL OR list_has_all(csc_tags_at(tags, birth_date, act_date), need))
      AND act_date >= d_from::DATE AND act_date < d_to::DATE
);

-- What acts in [d_from, d_to) add up to: their quantity (services, visits, items,
-- kilograms), measures, and sum in гривні.
CREATE MACRO csc_quantity(kinds, keys, d_from, d_to) AS (
    SELECT coalesce(sum(quantity), 0) FROM core_csc_acts
    WHERE (kinds IS NULL OR list_contains(kinds, unit_kind)) AND list_contains(keys, act_key)
      AND act_date >= d_from::DATE AND act_date < d_to::DATE
);
CREATE MACRO csc_measures(kinds, keys, d_from, d_to) AS (
    SELECT coalesce(sum(measures), 0) FROM core_csc_acts
    WHERE (kinds IS NULL OR list_contains(kinds, unit_kind)) AND (keys IS NULL OR list_contains(keys, act_key))
      AND act_date >= d_from::DATE AND act_date < d_to::DATE
);
CREATE MACRO csc_amount(kinds, keys, d_from, d_to) AS (
    SELECT coalesce(sum(amount_kop), 0) / 100.0 FROM core_csc_acts
    WHERE (kinds IS NULL OR list_contains(kinds, unit_kind)) AND list_contains(keys, act_key)
      AND act_date >= d_from::DATE AND act_date < d_to::DATE
);

-- Families reached by acts in [d_from, d_to), and the children in them (a family
-- counted once, with the most children any of its acts recorded).
CREATE MACRO csc_act_families(kinds, keys, d_from, d_to) AS (
    SELECT count(DISTINCT client) FROM core_csc_acts
    WHERE list_contains(kinds, unit_kind) AND list_contains(keys, act_key)
      AND act_date >= d_from::DATE AND act_date < d_to::DATE
);
CREATE MACRO csc_act_children(kinds, keys, d_from, d_to) AS (
    SELECT coalesce(sum(children), 0) FROM (
        SELECT max(children) AS children FROM core_csc_acts
        WHERE list_contains(kinds, unit_kind) AND list_contains(keys, act_key)
          AND act_date >= d_from::DATE AND act_date < d_to::DATE
        GROUP BY client
    )
);

-- Recipients with an act of keys in [d_from, d_to) who also had an act of also_keys
-- in the same unit kinds then, e.g. people found in a raid and sent to a shelter.
CREATE MACRO csc_clients_also(kinds, keys, also_keys, d_from, d_to) AS (
    SELECT count(DISTINCT a.client) FROM core_csc_acts a
    WHERE list_contains(kinds, a.unit_kind) AND list_contains(keys, a.act_key)
      AND a.act_date >= d_from::DATE AND a.act_date < d_to::DATE
      AND EXISTS (SELECT 1 FROM core_csc_acts b
                  WHERE b.client = a.client AND list_contains(kinds, b.unit_kind)
                    AND list_contains(also_keys, b.act_key)
                    AND b.act_date >= d_from::DATE AND b.act_date < d_to::DATE)
);

-- Recipients whose latest act of on_keys before d_at is not followed by an act of
-- off_keys: registered at the unit's address, or waiting for a boarding-home place.
CREATE MACRO csc_pending(kinds, on_keys, off_keys, d_at) AS (
    SELECT count(*) FROM (
        SELECT client,
               max(act_date) FILTER (WHERE list_contains(on_keys, act_key)) AS switched_on,
               max(act_date) FILTER (WHERE list_contains(off_keys, act_key)) AS switched_off
        FROM core_csc_acts
        WHERE list_contains(kinds, unit_kind) AND act_date < d_at::DATE
          AND (list_contains(on_keys, act_key) OR list_contains(off_keys, act_key))
        GROUP BY client
    ) WHERE switched_on IS NOT NULL AND (switched_off IS NULL OR switched_off < switched_on)
);

-- Goods of kinds (csc_receipts' Вид) received for units of unit_kinds (NULL: any unit) in
-- [d_from, d_to): their quantity and sum in гривні.
CREATE MACRO csc_received(unit_kinds, kinds, d_from, d_to) AS (
    SELECT coalesce(sum(quantity), 0) FROM core_csc_receipts
    WHERE (unit_kinds IS NULL OR list_contains(unit_kinds, unit_kind)) AND list_contains(kinds, kind)
      AND receipt_date >= d_from::DATE AND receipt_date < d_to::DATE
);
CREATE MACRO csc_received_sum(unit_kinds, kinds, funding_from, d_from, d_to) AS (
    SELECT coalesce(sum(amount_kop), 0) / 100.0 FROM core_csc_receipts
    WHERE (unit_kinds IS NULL OR list_contains(unit_kinds, unit_kind)) AND list_contains(kinds, kind)
      AND (funding_from IS NULL OR funding = funding_from)
      AND receipt_date >= d_from::DATE AND receipt_date < d_to::DATE
);
