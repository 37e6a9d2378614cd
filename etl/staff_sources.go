package etl

import "regexp"

// The department's HR keeps the register of staff training (the department's and the
// Centre's workers) and the register of its own HR actions.

// employerCodes are the employers whose workers train. Personnel numbers are each
// employer's own, so worker_id is scoped by employer; the register of HR actions holds
// the department's workers only and is scoped as the department, so that a worker
// keeps one pseudonym in both registers.
var employerCodes = map[string]bool{"департамент": true, "ЦНСП": true}

func trainingsSource() *Source {
	return &Source{
		ID:    "trainings",
		Title: "Реєстр навчання та підвищення кваліфікації працівників",
		// navchannia_<yyyy>[_v<rev>].xlsx: one row per worker per completed course.
		Pattern: regexp.MustCompile(`^navchannia_(?P<period>\d{4})(?:_v(?P<rev>\d+))?\.xlsx$`),
		XLSX:    true,
		Columns: []Column{
			{Header: "Установа", Name: "employer", Type: Code, Required: true, Codes: employerCodes},
			{Header: "Табельний номер", Name: "worker_id", Type: Pseudonym, Required: true, Scope: &Scope{Column: "employer"}},
			{Header: "ПІБ", Type: Drop},
			{Header: "Навчання", Name: "course", Type: Code, Required: true, Codes: seedColumn("ref_trainings", "code")},
			{Header: "Дата закінчення", Name: "completed_on", Type: Date, Required: true},
			{Header: "Сертифікат за професією", Name: "profession", Type: Code, Codes: map[string]bool{"практичний психолог": true, "фахівець із соціальної роботи": true}},
		},
	}
}

func hrRecordsSource() *Source {
	return &Source{
		ID:    "hr_records",
		Title: "Кадрові заходи департаменту",
		// kadry_<yyyy>[_v<rev>].xlsx: the year's evaluations of officials and award
		// packages, one row per worker.
		Pattern: regexp.MustCompile(`^kadry_(?P<period>\d{4})(?:_v(?P<rev>\d+))?\.xlsx$`),
		XLSX:    true,
		Columns: []Column{
			{Header: "Табельний номер", Name: "worker_id", Type: Pseudonym, Required: true, Scope: &Scope{Fixed: "департамент"}},
			{Header: "ПІБ", Type: Drop},
			{Header: "Захід", Name: "action", Type: Code, Required: true, Codes: map[string]bool{"оцінювання": true, "нагородження": true}},
			{Header: "Дата", Name: "action_date", Type: Date, Required: true},
			{Header: "Результат", Name: "result", Type: Code, Codes: map[string]bool{"відмінно": true, "високо": true, "добре": true, "задовільно": true, "негативно": true}},
		},
		CheckRow: func(r map[string]any) (string, string) {
			if (r["action"] == "оцінювання") != (r["result"] != nil) {
				return "Результат", "результат зазначають для оцінювання і лише для нього"
			}
			return "", ""
		},
	}
}
