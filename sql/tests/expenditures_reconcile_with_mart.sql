-- Reconciliation: the monthly spending mart holds every kopeck of the documents.
SELECT (SELECT sum(amount_kop) FROM core_expenditures) AS documents_kop,
       (SELECT round(sum(amount_uah) * 100) FROM mart_expenditures_monthly) AS mart_kop
WHERE (SELECT sum(amount_kop) FROM core_expenditures)
   <> (SELECT round(sum(amount_uah) * 100) FROM mart_expenditures_monthly);
