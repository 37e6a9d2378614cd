-- The material-aid commission's decisions by month of the meeting, the applicant's
-- category, IDP status and office. Grain: month × office_code × category_code × idp.
-- An applicant is an IDP when a registration of theirs was on record on the day of the
-- meeting; their office is that registration's office (the office in the name of the
-- IDP export it came from). The commission records no office, so a non-IDP's office is
-- unknown (NULL), never guessed. The commission records an applicant per application,
-- not a family: a family counts as its applicant.
-- table: Рішення комісії з матеріальної допомоги за місяцем засідання, категорією заявника, статусом ВПО та управлінням. Рядок: month × office_code × category_code × idp.
-- column month: перше число місяця засідання комісії
-- column office_code: управління, де заявник на обліку як ВПО (ref_offices.code); порожньо, якщо заявник не ВПО — комісія управління не записує
-- column category_code: категорія заявника (ref_material_aid.code)
-- column category: назва категорії
-- column idp: заявник на обліку ВПО в день засідання (ЄІБД ВПО)
-- column applications: розглянуті заяви
-- column granted: заяви з рішенням «виділити»
-- column persons: різні заявники, яким виділено допомогу за місяць (між місяцями не додаються); сім’ю представляє заявник
-- column amount_uah: виділено, грн
-- test: not_null(month, category_code, idp, applications, granted, persons, amount_uah)
CREATE TABLE mart_material_aid_monthly AS
WITH idp AS (
    SELECT r.person_id, r.registered, r.deregistered, o.code AS office_code
    FROM stg_idp_registrations r
    LEFT JOIN ref_offices o ON o.slug = regexp_extract(r.source_file, 'vpo_([a-z]+)_', 1)
    WHERE r.person_id IS NOT NULL
),
apps AS (
    SELECT row_number() OVER () AS app, meeting_date, person_id, category, decision, amount_kop
    FROM core_material_aid
),
joined AS (
    -- The dates are tested after joining on the person: in the join condition they
    -- made DuckDB pair every application with every registration in a nested loop
    -- (84 000 × 545 000 pairs at 10×, more than half of the build's time).
    SELECT a.*, i.person_id AS idp_person, i.office_code, i.registered,
           i.registered <= a.meeting_date AND (i.deregistered IS NULL OR i.deregistered > a.meeting_date) AS on_record
    FROM apps a
    LEFT JOIN idp i ON i.person_id = a.person_id
),
aid AS (
    SELECT app, any_value(meeting_date) AS meeting_date, any_value(person_id) AS person_id,
           any_value(category) AS category, any_value(decision) AS decision,
           any_value(amount_kop) AS amount_kop,
           arg_max(office_code, registered) FILTER (WHERE on_record) AS office_code,
           count(idp_person) FILTER (WHERE on_record) > 0 AS idp
    FROM joined
    GROUP BY app
)
SELECT
    date_trunc('month', a.meeting_date)::DATE AS month,
    a.office_code,
    a.category AS category_code,
    c.name_uk AS category,
    a.idp,
    count(*) AS applications,
    count(*) FILTER (WHERE a.decision = 'виділити') AS granted,
    count(DISTINCT a.person_id) FILTER (WHERE a.decision = 'виділити') AS persons,
    (coalesce(sum(a.amount_kop) FILTER (WHERE a.decision = 'виділити'), 0) / 100)::DECIMAL(18, 2) AS amount_uah
FROM aid a
JOIN ref_material_aid c ON c.code = a.category
GROUP BY ALL;
