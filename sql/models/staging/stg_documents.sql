-- The document register: one row per registered document.
-- test: not_null(reg_no, reg_date, direction, kind)
-- test: unique(reg_no)
CREATE TABLE stg_documents AS
SELECT reg_no, reg_date, direction, kind, channel, subject, _file AS source_file, _line AS source_line
FROM raw_documents;
