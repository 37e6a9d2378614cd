SELECT date_trunc('month', d.reg_date)::DATE AS month, d.direction, d.kind,
       coalesce(k.name_uk, d.kind) AS kind_name,
       coalesce(nullif(d.channel, ''), '—') AS channel, coalesce(nullif(d.subject, ''), '—') AS subject,
       count(*) AS documents
FROM stg_documents d
LEFT JOIN ref_document_kinds k ON k.code = d.kind
GROUP BY ALL
ORDER BY 1, 2, 3, 5, 6
