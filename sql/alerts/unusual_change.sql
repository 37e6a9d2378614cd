-- Indicators that moved more than their usual range: the families receiving state
-- benefits, in the city and in each office, over the last month of the period, against
-- the month-to-month changes of the twelve months before. A change further than three
-- standard deviations from their mean (and than 1 family) is out of the usual range.
-- A change of 1 to 4 families is withheld, as every count of people is.
-- id: unusual_change
-- title: Показник змінився більше, ніж зазвичай
-- link: /indicator/benefit_recipients_total?period={period}
-- sources: benefit_assignments
-- needs: months=13
WITH f AS (
    SELECT office_code, as_of,
           families - lag(families) OVER (PARTITION BY office_code ORDER BY as_of) AS d
    FROM mart_families_monthly
    WHERE as_of >= $to::DATE - INTERVAL 13 MONTH AND as_of <= $to::DATE
), last AS (
    SELECT office_code, d FROM f WHERE as_of = $to::DATE AND d IS NOT NULL
), usual AS (
    SELECT office_code, avg(d) AS mean, stddev_samp(d) AS sd, count(d) AS n
    FROM f WHERE as_of < $to::DATE GROUP BY office_code
)
SELECT 'сімей, що отримують державні допомоги: ' || coalesce(o.name_uk, 'місто'),
       -- numbers the Ukrainian way: −1 432 (a no-break space between thousands, a minus sign)
       'за останній місяць ' || CASE WHEN abs(last.d) BETWEEN 1 AND 4 THEN 'менше ніж на 5'
                                     WHEN last.d > 0 THEN '+' ELSE '' END
       || CASE WHEN abs(last.d) BETWEEN 1 AND 4 THEN '' ELSE translate(printf('%,.0f', last.d::DOUBLE), ',-', chr(160) || '−') END
       || ', зазвичай ' || translate(printf('%,.0f', usual.mean - 3 * usual.sd), ',-', chr(160) || '−')
       || ' … ' || translate(printf('%,.0f', usual.mean + 3 * usual.sd), ',-', chr(160) || '−'),
       '/indicator/benefit_recipients_total?period={period}'
       || CASE WHEN last.office_code = 'ALL' THEN '' ELSE '&office=' || last.office_code END
FROM last
JOIN usual USING (office_code)
LEFT JOIN ref_offices o ON o.code = last.office_code
WHERE usual.n >= 6 AND abs(last.d - usual.mean) > greatest(3 * usual.sd, 1)
ORDER BY last.office_code = 'ALL' DESC, last.office_code;
