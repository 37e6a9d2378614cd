-- City-programme payments beside what the accounting paid on each programme's budget
-- line (and the lines below it), in thousand гривень, over [$from, $to). Payments
-- cannot exceed the line: the line also pays for what is not a payment to a person.
WITH paid AS (
    SELECT r.budget_line AS line, sum(c.amount_kop) AS kop
    FROM core_city_payments c
    JOIN ref_city_payments r ON r.code = c.payment_code
    WHERE c.paid_date >= $from::DATE AND c.paid_date < $to::DATE
    GROUP BY 1
)
SELECT p.line, l.name_uk, round(p.kop / 100000.0, 1) AS payments,
       budget_paid(p.line, $from, $to) AS accounting
FROM paid p
JOIN ref_budget_lines l ON l.id = p.line
ORDER BY p.line
