-- Reconciliation between sources: in every month the accounting covers, what the
-- payment lists paid on each programme equals what the accounting transferred for it.
-- A programme that city-programme payments may also be paid from (ref_city_payments
-- names its budget line) has two channels: the accounting's total is the lists' part
-- plus the city payments' part, and city payment registers may arrive in another month
-- than the accounting, so there the lists must only fit within what was transferred.
WITH lists AS (
    SELECT date_trunc('month', p.list_date) AS month, l.kpkvk, sum(p.amount_kop) AS kop
    FROM core_payments p
    JOIN ref_budget_lines l ON l.id = p.budget_line
    WHERE l.kpkvk <> ''
    GROUP BY ALL
),
city AS (
    SELECT date_trunc('month', c.paid_date) AS month, l.kpkvk, sum(c.amount_kop) AS kop
    FROM core_city_payments c
    JOIN ref_budget_lines l ON l.id = c.budget_line
    WHERE l.kpkvk <> ''
    GROUP BY ALL
),
shared AS (
    SELECT DISTINCT l.kpkvk FROM ref_city_payments t JOIN ref_budget_lines l ON l.id = t.budget_line
    WHERE l.kpkvk <> ''
),
accounting AS (
    SELECT date_trunc('month', paid_date) AS month, kpkvk, sum(amount_kop) AS kop
    FROM core_expenditures
    WHERE kpkvk IN (SELECT kpkvk FROM lists)
    GROUP BY ALL
),
compared AS (
    SELECT coalesce(l.month, a.month) AS month, coalesce(l.kpkvk, a.kpkvk) AS kpkvk,
           coalesce(l.kop, 0) AS lists_kop, coalesce(c.kop, 0) AS city_kop, coalesce(a.kop, 0) AS accounting_kop,
           coalesce(l.kpkvk, a.kpkvk) IN (SELECT kpkvk FROM shared) AS two_channels
    FROM lists l
    FULL JOIN accounting a ON a.month = l.month AND a.kpkvk = l.kpkvk
    LEFT JOIN city c ON c.month = coalesce(l.month, a.month) AND c.kpkvk = coalesce(l.kpkvk, a.kpkvk)
)
SELECT strftime(month, '%Y-%m') AS month, kpkvk, lists_kop, city_kop, accounting_kop,
       CASE WHEN two_channels
            THEN 'списки на виплату перевищують перераховане бухгалтерією на ' || (lists_kop - accounting_kop) || ' коп. (програма спільна з міськими виплатами)'
            ELSE 'списки на виплату ' || CASE WHEN lists_kop > accounting_kop THEN 'більші' ELSE 'менші' END
                 || ' за перераховане бухгалтерією на ' || abs(lists_kop - accounting_kop) || ' коп.'
       END AS differs
FROM compared
WHERE month IN (SELECT DISTINCT date_trunc('month', paid_date) FROM core_expenditures)
  AND CASE WHEN two_channels THEN lists_kop > accounting_kop ELSE lists_kop <> accounting_kop END;
