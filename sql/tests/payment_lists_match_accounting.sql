-- Reconciliation between sources: in every month the accounting covers, what the
-- payment lists paid on each programme equals what the accounting transferred for it.
WITH lists AS (
    SELECT date_trunc('month', p.list_date) AS month, l.kpkvk, sum(p.amount_kop) AS kop
    FROM core_payments p
    JOIN ref_budget_lines l ON l.id = p.budget_line
    WHERE l.kpkvk <> ''
    GROUP BY ALL
),
accounting AS (
    SELECT date_trunc('month', paid_date) AS month, kpkvk, sum(amount_kop) AS kop
    FROM core_expenditures
    WHERE kpkvk IN (SELECT kpkvk FROM lists)
    GROUP BY ALL
)
SELECT coalesce(l.month, a.month) AS month, coalesce(l.kpkvk, a.kpkvk) AS kpkvk,
       coalesce(l.kop, 0) AS lists_kop, coalesce(a.kop, 0) AS accounting_kop
FROM lists l
FULL JOIN accounting a ON a.month = l.month AND a.kpkvk = l.kpkvk
WHERE coalesce(l.month, a.month) IN (SELECT DISTINCT date_trunc('month', paid_date) FROM core_expenditures)
  AND coalesce(l.kop, 0) <> coalesce(a.kop, 0);
