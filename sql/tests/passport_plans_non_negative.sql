-- Appropriations and planned values of the passports are never negative.
SELECT kpkvk, year, approved, section, item_no
FROM stg_budget_passports
WHERE general_kop < 0 OR special_kop < 0 OR planned < 0;
