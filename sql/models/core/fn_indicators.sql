-- An amount in гривні as thousand гривень, the unit the report states most sums in
-- (rounded to the kopeck, so that 47 000,00 грн reads 47.0, not 47.00000000000001).
CREATE MACRO thousands(uah) AS round(uah * 0.001, 5);

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

-- Spent on a budget line and every line below it, in thousand гривень, over
-- [d_from, d_to), by the accounting's payment documents.
CREATE MACRO budget_paid(line, d_from, d_to) AS (
    SELECT thousands(coalesce(sum(e.amount_kop), 0) / 100.0)
    FROM core_expenditures e
    JOIN core_budget_lines l ON l.line_id = e.line_id
    WHERE l.ancestor_id = line
      AND e.paid_date >= d_from::DATE
      AND e.paid_date < d_to::DATE
);

-- Creditor debt at the start of as_of, in thousand гривень: obligations registered
-- before that day and not paid before it, for a fund (NULL for all).
CREATE MACRO creditor_debt(fund_code, as_of) AS (
    SELECT thousands(coalesce(sum(amount_kop), 0) / 100.0)
    FROM core_obligations
    WHERE (fund_code IS NULL OR fund = fund_code)
      AND registered < as_of::DATE
      AND (paid IS NULL OR paid >= as_of::DATE)
);

-- Persons with a benefit decision dated in [d_from, d_to).
CREATE MACRO persons_decided(d_from, d_to) AS (
    SELECT count(DISTINCT person_id)
    FROM core_assignments
    WHERE decision_date >= d_from::DATE AND decision_date < d_to::DATE
);
