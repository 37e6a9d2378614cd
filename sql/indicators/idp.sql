-- ЄІБД ВПО and dormitories. Figures counted "since the full-scale invasion" are
-- cumulative from 24.02.2022 to the start of $to, so they are stocks of that date.
-- sources: idp_registrations

-- id: idp_registered_total
-- label: Зареєстровано внутрішньо переміщених осіб в ЄІБД про ВПО
-- unit: persons
-- kind: stock
-- good: neutral
-- report_id: idp_registered_total
SELECT idps_on_record(NULL, $to);

-- id: idp_registered.children
-- label: серед них дітей
-- unit: children
-- kind: stock
-- report_id: idp_registered.children
SELECT idps_on_record('children', $to);

-- id: idp_registered.pensioners
-- label: серед них пенсіонерів
-- unit: persons
-- kind: stock
-- report_id: idp_registered.pensioners
SELECT idps_on_record('pensioners', $to);

-- id: idp_registered.disabled
-- label: серед них осіб з інвалідністю
-- unit: persons
-- kind: stock
-- report_id: idp_registered.disabled
SELECT idps_on_record('disabled', $to);

-- id: idp_arrived_total
-- label: З початку широкомасштабної агресії до міста прибуло постраждалих осіб
-- unit: persons
-- kind: stock
-- report_id: idp_arrived_total
SELECT idps_arrived('2022-02-24', $to);

-- id: idp_certificates_issued
-- label: Довідки про встановлення статусу ВПО отримали (з початку агресії)
-- unit: persons
-- kind: stock
-- report_id: idp_certificates_issued
SELECT idp_certificates('2022-02-24', $to);

-- id: idp_dormitories.residents_now
-- sources: idp_dormitories
-- label: Зараз мешкають у гуртожитках та місцях компактного проживання
-- unit: persons
-- kind: stock
-- report_id: idp_dormitories.residents_now
SELECT dormitory_residents($to);

-- id: idp_dormitories.sheltered_total
-- sources: idp_dormitories
-- label: З початку активних бойових дій знайшли прихисток у гуртожитках та місцях компактного поселення
-- unit: persons
-- kind: stock
-- report_id: idp_dormitories.sheltered_total
SELECT dormitory_sheltered('2022-02-24', $to);
