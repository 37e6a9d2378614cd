-- Documents registered in [d_from, d_to) in any of the directions dirs (NULL: any),
-- of kinds, by channel and subject (NULL: any; a subject ending in '%' matches as a
-- prefix).
CREATE MACRO documents(dirs, kinds, chan, subj, d_from, d_to) AS (
    SELECT count(*) FROM stg_documents
    WHERE (dirs IS NULL OR list_contains(dirs, direction)) AND list_contains(kinds, kind)
      AND (chan IS NULL OR channel = chan)
      AND (subj IS NULL OR subject LIKE subj)
      AND reg_date >= d_from::DATE AND reg_date < d_to::DATE
);
