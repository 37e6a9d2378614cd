-- Functions over the staff registers: training and HR actions.

-- Workers of an employer who completed one of the courses (keys) in [d_from, d_to);
-- profession limits them to those certified in it.
CREATE MACRO trained(employer_is, keys, profession_is, d_from, d_to) AS (
    SELECT count(DISTINCT t.worker_id) FROM stg_trainings t JOIN ref_trainings r ON r.code = t.course
    WHERE t.employer = employer_is AND list_contains(keys, r.key)
      AND (profession_is IS NULL OR t.profession = profession_is)
      AND t.completed_on >= d_from::DATE AND t.completed_on < d_to::DATE
);

-- Workers with an HR action in [d_from, d_to); results limits evaluations to those.
CREATE MACRO hr_workers(act, results, d_from, d_to) AS (
    SELECT count(DISTINCT worker_id) FROM stg_hr_records
    WHERE action = act AND (results IS NULL OR list_contains(results, result))
      AND action_date >= d_from::DATE AND action_date < d_to::DATE
);
