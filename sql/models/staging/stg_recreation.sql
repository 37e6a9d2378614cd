-- Recreation vouchers: one row per child sent, with destination and category.
-- test: not_null(voucher_no, arrival, place, child_id, category)
-- test: unique(voucher_no)
-- test: relationships(place, ref_recreation_places.code)
CREATE TABLE stg_recreation AS
SELECT voucher_no, arrival, place, child_id, birth_date, category, _file AS source_file, _line AS source_line
FROM raw_recreation;
