-- A PostgreSQL-shaped catalogue for client tools (psql's \dt and \d, drivers'
-- metadata calls), in an in-memory DuckDB instance of its own that holds no data:
-- only the names and column types of the relations one role may read, inserted
-- into pg_class and pg_attribute after this script runs. Catalogues PostgreSQL
-- has and hromadata has nothing for (constraints, policies, triggers …) are empty.
CREATE TABLE pg_namespace (oid BIGINT, nspname VARCHAR, nspowner BIGINT, nspacl VARCHAR);
INSERT INTO pg_namespace VALUES (11, 'pg_catalog', 10, NULL), (2200, 'main', 10, NULL), (13000, 'information_schema', 10, NULL);
CREATE TABLE pg_class (oid BIGINT, relname VARCHAR, relnamespace BIGINT, reltype BIGINT, reloftype BIGINT,
  relowner BIGINT, relam BIGINT, relfilenode BIGINT, reltablespace BIGINT, relpages INTEGER, reltuples FLOAT,
  relallvisible INTEGER, reltoastrelid BIGINT, relhasindex BOOLEAN, relisshared BOOLEAN, relpersistence VARCHAR,
  relkind VARCHAR, relnatts SMALLINT, relchecks SMALLINT, relhasrules BOOLEAN, relhastriggers BOOLEAN,
  relhassubclass BOOLEAN, relrowsecurity BOOLEAN, relforcerowsecurity BOOLEAN, relispopulated BOOLEAN,
  relreplident VARCHAR, relispartition BOOLEAN, relrewrite BIGINT, relacl VARCHAR, reloptions VARCHAR[], relpartbound VARCHAR);
CREATE TABLE pg_attribute (attrelid BIGINT, attname VARCHAR, atttypid BIGINT, attstattarget INTEGER, attlen SMALLINT,
  attnum SMALLINT, attndims INTEGER, atttypmod INTEGER, attbyval BOOLEAN, attalign VARCHAR, attstorage VARCHAR,
  attcompression VARCHAR, attnotnull BOOLEAN, atthasdef BOOLEAN, atthasmissing BOOLEAN, attidentity VARCHAR,
  attgenerated VARCHAR, attisdropped BOOLEAN, attislocal BOOLEAN, attinhcount INTEGER, attcollation BIGINT,
  attacl VARCHAR, attoptions VARCHAR[], attfdwoptions VARCHAR[]);
CREATE TABLE pg_type (oid BIGINT, typname VARCHAR, typnamespace BIGINT, typowner BIGINT, typlen SMALLINT,
  typbyval BOOLEAN, typtype VARCHAR, typcategory VARCHAR, typispreferred BOOLEAN, typisdefined BOOLEAN,
  typdelim VARCHAR, typrelid BIGINT, typelem BIGINT, typarray BIGINT, typinput VARCHAR, typoutput VARCHAR,
  typreceive VARCHAR, typsend VARCHAR, typbasetype BIGINT, typtypmod INTEGER, typndims INTEGER, typnotnull BOOLEAN,
  typcollation BIGINT, typdefault VARCHAR, typacl VARCHAR);
INSERT INTO pg_type (oid, typname, typnamespace, typowner, typlen, typbyval, typtype, typcategory, typispreferred,
  typisdefined, typdelim, typrelid, typelem, typarray, typbasetype, typtypmod, typndims, typnotnull, typcollation) VALUES
  (16, 'bool', 11, 10, 1, true, 'b', 'B', true, true, ',', 0, 0, 1000, 0, -1, 0, false, 0),
  (20, 'int8', 11, 10, 8, true, 'b', 'N', false, true, ',', 0, 0, 1016, 0, -1, 0, false, 0),
  (21, 'int2', 11, 10, 2, true, 'b', 'N', false, true, ',', 0, 0, 1005, 0, -1, 0, false, 0),
  (23, 'int4', 11, 10, 4, true, 'b', 'N', false, true, ',', 0, 0, 1007, 0, -1, 0, false, 0),
  (25, 'text', 11, 10, -1, false, 'b', 'S', true, true, ',', 0, 0, 1009, 0, -1, 0, false, 100),
  (26, 'oid', 11, 10, 4, true, 'b', 'N', false, true, ',', 0, 0, 1028, 0, -1, 0, false, 0),
  (700, 'float4', 11, 10, 4, true, 'b', 'N', false, true, ',', 0, 0, 1021, 0, -1, 0, false, 0),
  (701, 'float8', 11, 10, 8, true, 'b', 'N', true, true, ',', 0, 0, 1022, 0, -1, 0, false, 0),
  (1043, 'varchar', 11, 10, -1, false, 'b', 'S', false, true, ',', 0, 0, 1015, 0, -1, 0, false, 100),
  (1082, 'date', 11, 10, 4, true, 'b', 'D', false, true, ',', 0, 0, 1182, 0, -1, 0, false, 0),
  (1083, 'time', 11, 10, 8, true, 'b', 'D', false, true, ',', 0, 0, 1183, 0, -1, 0, false, 0),
  (1114, 'timestamp', 11, 10, 8, true, 'b', 'D', false, true, ',', 0, 0, 1115, 0, -1, 0, false, 0),
  (1184, 'timestamptz', 11, 10, 8, true, 'b', 'D', true, true, ',', 0, 0, 1185, 0, -1, 0, false, 0),
  (1700, 'numeric', 11, 10, -1, false, 'b', 'N', false, true, ',', 0, 0, 1231, 0, -1, 0, false, 0);
CREATE TABLE pg_am (oid BIGINT, amname VARCHAR, amhandler VARCHAR, amtype VARCHAR);
INSERT INTO pg_am VALUES (2, 'heap', 'heap_tableam_handler', 't');
CREATE TABLE pg_database (oid BIGINT, datname VARCHAR, datdba BIGINT, encoding INTEGER, datlocprovider VARCHAR,
  datistemplate BOOLEAN, datallowconn BOOLEAN, datconnlimit INTEGER, datcollate VARCHAR, datctype VARCHAR,
  daticulocale VARCHAR, datcollversion VARCHAR, dattablespace BIGINT, datacl VARCHAR);
INSERT INTO pg_database VALUES (16383, 'hromadata', 10, 6, 'c', false, true, -1, 'C.UTF-8', 'C.UTF-8', NULL, NULL, 1663, NULL);
CREATE TABLE pg_roles (oid BIGINT, rolname VARCHAR, rolsuper BOOLEAN, rolinherit BOOLEAN, rolcreaterole BOOLEAN,
  rolcreatedb BOOLEAN, rolcanlogin BOOLEAN, rolreplication BOOLEAN, rolconnlimit INTEGER, rolvaliduntil TIMESTAMP,
  rolbypassrls BOOLEAN, rolconfig VARCHAR[]);
INSERT INTO pg_roles VALUES (10, 'hromadata', false, true, false, false, false, false, -1, NULL, false, NULL);
CREATE VIEW pg_user AS SELECT rolname AS usename, oid AS usesysid, rolcreatedb AS usecreatedb, rolsuper AS usesuper FROM pg_roles;
CREATE TABLE pg_tablespace (oid BIGINT, spcname VARCHAR, spcowner BIGINT);
INSERT INTO pg_tablespace VALUES (1663, 'pg_default', 10);
CREATE TABLE pg_description (objoid BIGINT, classoid BIGINT, objsubid INTEGER, description VARCHAR);
CREATE TABLE pg_attrdef (oid BIGINT, adrelid BIGINT, adnum SMALLINT, adbin VARCHAR);
CREATE TABLE pg_collation (oid BIGINT, collname VARCHAR, collnamespace BIGINT, collowner BIGINT);
CREATE TABLE pg_policy (oid BIGINT, polname VARCHAR, polrelid BIGINT, polcmd VARCHAR, polpermissive BOOLEAN,
  polroles BIGINT[], polqual VARCHAR, polwithcheck VARCHAR);
CREATE TABLE pg_statistic_ext (oid BIGINT, stxrelid BIGINT, stxname VARCHAR, stxnamespace BIGINT, stxowner BIGINT,
  stxstattarget INTEGER, stxkeys SMALLINT[], stxkind VARCHAR[], stxexprs VARCHAR);
CREATE TABLE pg_publication (oid BIGINT, pubname VARCHAR, pubowner BIGINT, puballtables BOOLEAN, pubinsert BOOLEAN,
  pubupdate BOOLEAN, pubdelete BOOLEAN, pubtruncate BOOLEAN, pubviaroot BOOLEAN);
CREATE TABLE pg_publication_namespace (oid BIGINT, pnpubid BIGINT, pnnspid BIGINT);
CREATE TABLE pg_publication_rel (oid BIGINT, prpubid BIGINT, prrelid BIGINT, prqual VARCHAR, prattrs SMALLINT[]);
CREATE TABLE pg_inherits (inhrelid BIGINT, inhparent BIGINT, inhseqno INTEGER, inhdetachpending BOOLEAN);
CREATE TABLE pg_index (indexrelid BIGINT, indrelid BIGINT, indnatts SMALLINT, indnkeyatts SMALLINT, indisunique BOOLEAN,
  indnullsnotdistinct BOOLEAN, indisprimary BOOLEAN, indisexclusion BOOLEAN, indimmediate BOOLEAN, indisclustered BOOLEAN,
  indisvalid BOOLEAN, indcheckxmin BOOLEAN, indisready BOOLEAN, indislive BOOLEAN, indisreplident BOOLEAN,
  indkey SMALLINT[], indcollation BIGINT[], indclass BIGINT[], indoption SMALLINT[], indexprs VARCHAR, indpred VARCHAR);
CREATE TABLE pg_constraint (oid BIGINT, conname VARCHAR, connamespace BIGINT, contype VARCHAR, condeferrable BOOLEAN,
  condeferred BOOLEAN, convalidated BOOLEAN, conrelid BIGINT, contypid BIGINT, conindid BIGINT, conparentid BIGINT,
  confrelid BIGINT, confupdtype VARCHAR, confdeltype VARCHAR, confmatchtype VARCHAR, conislocal BOOLEAN,
  coninhcount INTEGER, connoinherit BOOLEAN, conkey SMALLINT[], confkey SMALLINT[], conbin VARCHAR);
CREATE TABLE pg_trigger (oid BIGINT, tgrelid BIGINT, tgparentid BIGINT, tgname VARCHAR, tgfoid BIGINT, tgtype SMALLINT,
  tgenabled VARCHAR, tgisinternal BOOLEAN, tgconstrrelid BIGINT, tgconstrindid BIGINT, tgconstraint BIGINT);
CREATE TABLE pg_rewrite (oid BIGINT, rulename VARCHAR, ev_class BIGINT, ev_type VARCHAR, ev_enabled VARCHAR, is_instead BOOLEAN);
CREATE TABLE pg_foreign_table (ftrelid BIGINT, ftserver BIGINT, ftoptions VARCHAR[]);
CREATE TABLE pg_partitioned_table (partrelid BIGINT, partstrat VARCHAR, partnatts SMALLINT, partdefid BIGINT);
CREATE TABLE pg_proc (oid BIGINT, proname VARCHAR, pronamespace BIGINT, proowner BIGINT, prokind VARCHAR, prorettype BIGINT, proargtypes VARCHAR);
CREATE TABLE pg_extension (oid BIGINT, extname VARCHAR, extowner BIGINT, extnamespace BIGINT, extversion VARCHAR);
CREATE TABLE pg_settings (name VARCHAR, setting VARCHAR, unit VARCHAR, category VARCHAR, short_desc VARCHAR);
INSERT INTO pg_settings VALUES ('server_version', '15.0', NULL, 'Preset Options', 'Shows the server version.'),
  ('server_encoding', 'UTF8', NULL, 'Preset Options', 'Shows the server encoding.'),
  ('client_encoding', 'UTF8', NULL, 'Client Connection Defaults', 'Sets the client encoding.'),
  ('DateStyle', 'ISO, MDY', NULL, 'Client Connection Defaults', 'Sets the display format for dates.'),
  ('TimeZone', 'UTC', NULL, 'Client Connection Defaults', 'Sets the time zone.'),
  ('search_path', 'main', NULL, 'Client Connection Defaults', 'Sets the schema search order.'),
  ('standard_conforming_strings', 'on', NULL, 'Version and Platform Compatibility', 'Backslashes in ordinary string literals are literal.'),
  ('max_identifier_length', '63', NULL, 'Preset Options', 'Shows the maximum identifier length.');

CREATE MACRO pg_get_userbyid(id) AS 'hromadata';
CREATE MACRO pg_get_expr(expr, rel) AS CAST(NULL AS VARCHAR), (expr, rel, pretty) AS CAST(NULL AS VARCHAR);
CREATE MACRO pg_get_indexdef(id) AS CAST(NULL AS VARCHAR), (id, col, pretty) AS CAST(NULL AS VARCHAR);
CREATE MACRO pg_get_constraintdef(id) AS CAST(NULL AS VARCHAR), (id, pretty) AS CAST(NULL AS VARCHAR);
CREATE MACRO pg_get_viewdef(id) AS CAST(NULL AS VARCHAR), (id, pretty) AS CAST(NULL AS VARCHAR);
CREATE MACRO pg_get_triggerdef(id) AS CAST(NULL AS VARCHAR), (id, pretty) AS CAST(NULL AS VARCHAR);
CREATE MACRO pg_table_is_visible(id) AS true;
CREATE MACRO pg_type_is_visible(id) AS true;
CREATE MACRO pg_encoding_to_char(enc) AS 'UTF8';
CREATE MACRO pg_relation_size(id) AS CAST(0 AS BIGINT);
CREATE MACRO pg_total_relation_size(id) AS CAST(0 AS BIGINT);
CREATE MACRO pg_table_size(id) AS CAST(0 AS BIGINT);
CREATE MACRO pg_size_pretty(n) AS CAST(n AS VARCHAR) || ' bytes';
CREATE MACRO pg_backend_pid() AS 0;
CREATE MACRO pg_is_in_recovery() AS false;
CREATE MACRO obj_description(id) AS (SELECT description FROM pg_description WHERE objoid = id AND objsubid = 0), (id, cat) AS (SELECT description FROM pg_description WHERE objoid = id AND objsubid = 0);
CREATE MACRO col_description(id, col) AS (SELECT description FROM pg_description WHERE objoid = id AND objsubid = col);
CREATE MACRO shobj_description(id, cat) AS CAST(NULL AS VARCHAR);
CREATE MACRO has_table_privilege(a, b) AS true, (a, b, c) AS true;
CREATE MACRO has_schema_privilege(a, b) AS true, (a, b, c) AS true;
CREATE MACRO has_database_privilege(a, b) AS true, (a, b, c) AS true;
CREATE MACRO version() AS 'PostgreSQL 15.0 (hromadata: DuckDB through the PostgreSQL protocol, read-only)';
CREATE MACRO current_database() AS 'hromadata';
CREATE MACRO current_schema() AS 'main';
CREATE MACRO current_schemas(implicit) AS CASE WHEN implicit THEN ['pg_catalog', 'main'] ELSE ['main'] END;
CREATE MACRO current_user() AS 'hromadata';
CREATE MACRO session_user() AS 'hromadata';
CREATE MACRO format_type(t, typmod) AS CASE
  WHEN t = 1700 AND typmod >= 4 THEN printf('numeric(%d,%d)', (typmod - 4) >> 16, (typmod - 4) & 65535)
  ELSE (SELECT CASE typname WHEN 'bool' THEN 'boolean' WHEN 'int8' THEN 'bigint' WHEN 'int2' THEN 'smallint'
    WHEN 'int4' THEN 'integer' WHEN 'float4' THEN 'real' WHEN 'float8' THEN 'double precision'
    WHEN 'varchar' THEN 'character varying' WHEN 'time' THEN 'time without time zone'
    WHEN 'timestamp' THEN 'timestamp without time zone' WHEN 'timestamptz' THEN 'timestamp with time zone'
    ELSE typname END FROM pg_type WHERE oid = t) END;

CREATE SCHEMA information_schema_;
CREATE VIEW information_schema_.schemata AS SELECT 'hromadata' AS catalog_name, nspname AS schema_name, 'hromadata' AS schema_owner
  FROM pg_namespace;
CREATE VIEW information_schema_.tables AS SELECT 'hromadata' AS table_catalog, 'main' AS table_schema, relname AS table_name,
  'BASE TABLE' AS table_type, NULL AS self_referencing_column_name, NULL AS reference_generation,
  NULL AS user_defined_type_catalog, NULL AS user_defined_type_schema, NULL AS user_defined_type_name,
  'NO' AS is_insertable_into, 'NO' AS is_typed, NULL AS commit_action
  FROM pg_class WHERE relnamespace = 2200;
CREATE VIEW information_schema_.columns AS SELECT 'hromadata' AS table_catalog, 'main' AS table_schema, c.relname AS table_name,
  a.attname AS column_name, CAST(a.attnum AS INTEGER) AS ordinal_position, NULL AS column_default,
  CASE WHEN a.attnotnull THEN 'NO' ELSE 'YES' END AS is_nullable, format_type(a.atttypid, -1) AS data_type,
  CASE WHEN a.atttypid = 1700 AND a.atttypmod >= 4 THEN (a.atttypmod - 4) >> 16 END AS numeric_precision,
  CASE WHEN a.atttypid = 1700 AND a.atttypmod >= 4 THEN (a.atttypmod - 4) & 65535 END AS numeric_scale,
  t.typname AS udt_name
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_type t ON t.oid = a.atttypid WHERE c.relnamespace = 2200;
;
CREATE MACRO pg_get_statisticsobjdef_columns(id) AS CAST(NULL AS VARCHAR);
CREATE MACRO pg_get_partkeydef(id) AS CAST(NULL AS VARCHAR);
CREATE MACRO pg_get_partition_constraintdef(id) AS CAST(NULL AS VARCHAR);
CREATE MACRO pg_get_ruledef(id) AS CAST(NULL AS VARCHAR), (id, pretty) AS CAST(NULL AS VARCHAR);
CREATE MACRO pg_get_function_result(id) AS CAST(NULL AS VARCHAR);
CREATE MACRO pg_get_function_arguments(id) AS CAST(NULL AS VARCHAR);
CREATE MACRO pg_get_function_identity_arguments(id) AS CAST(NULL AS VARCHAR);
CREATE MACRO pg_get_serial_sequence(t, c) AS CAST(NULL AS VARCHAR);
CREATE MACRO pg_postmaster_start_time() AS CAST(NULL AS TIMESTAMP);
CREATE MACRO inet_server_addr() AS CAST(NULL AS VARCHAR);
CREATE MACRO inet_server_port() AS CAST(NULL AS INTEGER);
CREATE MACRO pg_relation_is_publishable(id) AS false;
CREATE MACRO array_upper(a, dim) AS len(a);
CREATE MACRO array_lower(a, dim) AS 1;
