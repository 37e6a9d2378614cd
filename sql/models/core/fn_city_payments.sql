-- Functions the city-programme indicators are written in; each takes a list of
-- payment codes and the half-open period [d_from, d_to).

-- Persons paid.
CREATE MACRO city_persons(codes, d_from, d_to) AS (
    SELECT count(DISTINCT person_id) FROM core_city_payments
    WHERE list_contains(codes, payment_code) AND paid_date >= d_from::DATE AND paid_date < d_to::DATE
);

-- Cases (families, where aid is shared) paid.
CREATE MACRO city_cases(codes, d_from, d_to) AS (
    SELECT count(DISTINCT case_id) FROM core_city_payments
    WHERE list_contains(codes, payment_code) AND paid_date >= d_from::DATE AND paid_date < d_to::DATE
);

-- Sum paid, in thousand гривень.
CREATE MACRO city_sum(codes, d_from, d_to) AS (
    SELECT thousands(coalesce(sum(amount_kop), 0) / 100.0) FROM core_city_payments
    WHERE list_contains(codes, payment_code) AND paid_date >= d_from::DATE AND paid_date < d_to::DATE
);

-- Sum paid, in гривні (for sums the report states to the kopeck).
CREATE MACRO city_sum_uah(codes, d_from, d_to) AS (
    SELECT coalesce(sum(amount_kop), 0) / 100.0 FROM core_city_payments
    WHERE list_contains(codes, payment_code) AND paid_date >= d_from::DATE AND paid_date < d_to::DATE
);

-- The rate: the amount most payments were made at, in гривні (on a tie, the larger:
-- mode() does not say which of equally frequent values it returns).
CREATE MACRO city_rate(codes, d_from, d_to) AS (
    SELECT amount_kop / 100.0 FROM core_city_payments
    WHERE list_contains(codes, payment_code) AND paid_date >= d_from::DATE AND paid_date < d_to::DATE
    GROUP BY amount_kop ORDER BY count(*) DESC, amount_kop DESC LIMIT 1
);

-- The rate per case where a case's aid is split between members, in thousand гривень.
CREATE MACRO city_case_rate(codes, d_from, d_to) AS (
    SELECT thousands(total / 100.0) FROM (
        SELECT case_id, sum(amount_kop) AS total FROM core_city_payments
        WHERE list_contains(codes, payment_code) AND paid_date >= d_from::DATE AND paid_date < d_to::DATE
        GROUP BY case_id
    )
    GROUP BY total ORDER BY count(*) DESC, total DESC LIMIT 1
);

-- The privilege's percentage most payments were made at.
CREATE MACRO city_percent(codes, d_from, d_to) AS (
    SELECT privilege_percent::INTEGER FROM core_city_payments
    WHERE list_contains(codes, payment_code) AND paid_date >= d_from::DATE AND paid_date < d_to::DATE
      AND privilege_percent IS NOT NULL
    GROUP BY privilege_percent ORDER BY count(*) DESC, privilege_percent::INTEGER DESC LIMIT 1
);
