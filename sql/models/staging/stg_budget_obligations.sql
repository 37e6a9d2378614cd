-- Registered budget obligations, paid or not, as at the latest export.
-- test: not_null(obligation_no, registered, kpkvk, fund, amount_kop)
-- test: unique(obligation_no)
CREATE TABLE stg_budget_obligations AS
SELECT obligation_no, registered, kpkvk, fund, amount_kop, paid, _file AS source_file, _line AS source_line
FROM raw_budget_obligations;
