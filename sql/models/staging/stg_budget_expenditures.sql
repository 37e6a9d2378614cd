-- Cash expenditures: one row per payment document of the accounting system.
-- test: not_null(paid_date, doc_no, kpkvk, fund, amount_kop)
CREATE TABLE stg_budget_expenditures AS
SELECT paid_date, doc_no, kpkvk, kekv, fund, amount_kop, _file AS source_file, _line AS source_line
FROM raw_budget_expenditures;
