-- Goods and equipment the Centre received, by kind and unit.
CREATE TABLE core_csc_receipts AS
SELECT r.receipt_date, r.unit, u.kind AS unit_kind, r.kind, r.item, r.quantity, r.amount_kop, r.funding
FROM stg_csc_receipts r
JOIN ref_csc_units u ON u.code = r.unit;
