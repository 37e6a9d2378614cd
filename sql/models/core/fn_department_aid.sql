-- Functions over the department's register of gifts and natural aid, for the action
-- keys given (ref_department_actions.key) and [d_from, d_to).
CREATE MACRO dept_aid(keys, d_from, d_to) AS TABLE
    SELECT a.* FROM stg_department_aid a JOIN ref_department_actions r ON r.code = a.action
    WHERE list_contains(keys, r.key) AND a.given_on >= d_from::DATE AND a.given_on < d_to::DATE;

-- Recipients (persons, families or children, as the action reaches them).
CREATE MACRO dept_aid_recipients(keys, d_from, d_to) AS (
    SELECT count(DISTINCT recipient_id) FROM dept_aid(keys, d_from, d_to)
);

-- Items given (sets, vouchers, visits).
CREATE MACRO dept_aid_quantity(keys, d_from, d_to) AS (
    SELECT coalesce(sum(quantity), 0) FROM dept_aid(keys, d_from, d_to)
);

-- The sum in гривні.
CREATE MACRO dept_aid_sum(keys, d_from, d_to) AS (
    SELECT coalesce(sum(amount_kop), 0) / 100.0 FROM dept_aid(keys, d_from, d_to)
);

-- The amount, and the quantity, most rows were given at (on a tie, the larger).
CREATE MACRO dept_aid_rate(keys, d_from, d_to) AS (
    SELECT amount_kop / 100.0 FROM dept_aid(keys, d_from, d_to)
    GROUP BY amount_kop ORDER BY count(*) DESC, amount_kop DESC LIMIT 1
);
CREATE MACRO dept_aid_quantity_rate(keys, d_from, d_to) AS (
    SELECT quantity FROM dept_aid(keys, d_from, d_to)
    GROUP BY quantity ORDER BY count(*) DESC, quantity DESC LIMIT 1
);

-- Documents the aid was given on (petitions, applications) of one kind.
CREATE MACRO dept_aid_documents(keys, kind, d_from, d_to) AS (
    SELECT count(DISTINCT basis_no) FROM dept_aid(keys, d_from, d_to) WHERE basis = kind
);
