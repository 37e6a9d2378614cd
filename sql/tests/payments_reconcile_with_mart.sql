-- Reconciliation: the monthly mart holds every kopeck of the payments.
SELECT (SELECT sum(amount_kop) FROM core_payments) AS payments_kop,
       (SELECT round(sum(amount_uah) * 100) FROM mart_payments_monthly) AS mart_kop
WHERE (SELECT sum(amount_kop) FROM core_payments)
   <> (SELECT round(sum(amount_uah) * 100) FROM mart_payments_monthly);
