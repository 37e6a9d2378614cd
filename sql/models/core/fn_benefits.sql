-- Functions the indicator catalogue is written in. A stock is the state at the start
-- of the day as_of: an assignment counts when it began before that day and had not
-- ended before it.
CREATE MACRO families_receiving(codes, as_of) AS (
    SELECT count(DISTINCT family_id)
    FROM core_assignments
    WHERE (codes IS NULL OR list_contains(codes, benefit_code))
      AND date_from < as_of::DATE
      AND (date_to IS NULL OR date_to >= as_of::DATE)
);

-- Paid from a budget line and every line below it, in thousand гривень, over [d_from, d_to).
CREATE MACRO budget_paid(line, d_from, d_to) AS (
    SELECT round(coalesce(sum(p.amount_kop), 0) / 100000.0, 1)
    FROM core_payments p
    JOIN core_budget_lines l ON l.line_id = p.budget_line
    WHERE l.ancestor_id = line
      AND p.list_date >= d_from::DATE
      AND p.list_date < d_to::DATE
);

-- Persons with a benefit decision dated in [d_from, d_to).
CREATE MACRO persons_decided(d_from, d_to) AS (
    SELECT count(DISTINCT person_id)
    FROM core_assignments
    WHERE decision_date >= d_from::DATE AND decision_date < d_to::DATE
);
