-- Goods and equipment the Centre received.
-- test: not_null(receipt_date, unit, kind, quantity, amount_kop, funding)
CREATE TABLE stg_csc_receipts AS
SELECT receipt_date, unit, kind, item, quantity, amount_kop, funding, _file AS source_file, _line AS source_line
FROM raw_csc_receipts;
