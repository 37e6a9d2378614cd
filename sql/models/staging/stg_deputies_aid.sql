-- Aid paid at deputies' request, one row per recipient of a statement.
-- test: not_null(statement_no, statement_date, council, person_id, amount_kop)
-- test: accepted_values(council, 'обласна', 'міська')
CREATE TABLE stg_deputies_aid AS
SELECT statement_no, statement_date, council, person_id, amount_kop, _file AS source_file, _line AS source_line
FROM raw_deputies_aid;
