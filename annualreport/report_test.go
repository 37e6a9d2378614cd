package annualreport

import "testing"

func TestInTable(t *testing.T) {
	for in, want := range map[string]string{
		"ДБ, складні життєві обставини: допомога на догляд": "Допомога на догляд",
		"ДБ: виплати на підтримку малозабезпечених сімей":   "Виплати на підтримку малозабезпечених сімей",
		"МБ, Програма соцзахисту: утримання КЗ":             "Утримання КЗ",
		"Допомога при усиновленні дитини":                   "Допомога при усиновленні дитини",
	} {
		if got := inTable(in); got != want {
			t.Errorf("inTable(%q) = %q, want %q", in, got, want)
		}
	}
}
