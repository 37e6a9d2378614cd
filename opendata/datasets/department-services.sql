SELECT code AS service_code, name_uk AS service_name, who_uk AS who, where_uk AS "where", how_uk AS how,
       term_uk AS term, cost_uk AS cost, basis_uk AS legal_basis
FROM ref_department_services
ORDER BY code
