-- City-programme payments beside what the accounting paid on each programme's budget
-- line (and the lines below it) for them, in thousand гривень, over [$from, $to).
-- A line that benefit payment lists are paid from too (a programme with two channels)
-- leaves the city payments what the accounting paid less the lists' part. Payments
-- cannot exceed their part: the line also pays for what is not a payment to a person.
WITH paid AS (
    SELECT r.budget_line AS line, sum(c.amount_kop) AS kop
    FROM core_city_payments c
    JOIN ref_city_payments r ON r.code = c.payment_code
    WHERE c.paid_date >= $from::DATE AND c.paid_date < $to::DATE
    GROUP BY 1
),
lists AS (
    SELECT p.budget_line AS line, sum(p.amount_kop) AS kop
    FROM core_payments p
    WHERE p.list_date >= $from::DATE AND p.list_date < $to::DATE
    GROUP BY 1
)
SELECT p.line, l.name_uk, round(p.kop / 100000.0, 1) AS payments,
       round(budget_paid(p.line, $from, $to) - coalesce(b.kop, 0) / 100000.0, 1) AS accounting
FROM paid p
JOIN ref_budget_lines l ON l.id = p.line
LEFT JOIN lists b ON b.line = p.line
ORDER BY p.line
