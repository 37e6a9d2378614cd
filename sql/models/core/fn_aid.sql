-- Functions the material-aid indicators are written in, over [d_from, d_to).

-- Applications the commission considered.
CREATE MACRO aid_considered(d_from, d_to) AS (
    SELECT count(*) FROM core_material_aid
    WHERE meeting_date >= d_from::DATE AND meeting_date < d_to::DATE
);

-- Persons granted aid, in one category (its report key) or all.
CREATE MACRO aid_persons(category_key, d_from, d_to) AS (
    SELECT count(DISTINCT person_id) FROM core_material_aid
    WHERE decision = 'виділити' AND (category_key IS NULL OR report_key = category_key)
      AND meeting_date >= d_from::DATE AND meeting_date < d_to::DATE
);

-- Aid granted, in thousand гривень.
CREATE MACRO aid_sum(category_key, d_from, d_to) AS (
    SELECT thousands(coalesce(sum(amount_kop), 0) / 100.0) FROM core_material_aid
    WHERE decision = 'виділити' AND (category_key IS NULL OR report_key = category_key)
      AND meeting_date >= d_from::DATE AND meeting_date < d_to::DATE
);

-- Deputies' aid: statements, recipients and sums, for one council or both.
CREATE MACRO deputies_statements(d_from, d_to) AS (
    SELECT count(DISTINCT statement_no) FROM stg_deputies_aid
    WHERE statement_date >= d_from::DATE AND statement_date < d_to::DATE
);

CREATE MACRO deputies_persons(which, d_from, d_to) AS (
    SELECT count(DISTINCT person_id) FROM stg_deputies_aid
    WHERE council = which AND statement_date >= d_from::DATE AND statement_date < d_to::DATE
);

CREATE MACRO deputies_sum(which, d_from, d_to) AS (
    SELECT thousands(coalesce(sum(amount_kop), 0) / 100.0) FROM stg_deputies_aid
    WHERE council = which AND statement_date >= d_from::DATE AND statement_date < d_to::DATE
);
