package server_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/hromadata/hromadata/sqlapi"
)

// TestPagesBySelection: every page is keyed in the page cache by its period,
// comparison and office, old ?year= links go to ?period=, and each chart gives its
// data as CSV and XLSX.
func TestPagesBySelection(t *testing.T) {
	s := mustStart(t, sqlapi.DefaultLimits)
	t.Run("old year links redirect", func(t *testing.T) {
		resp, _ := s.do(http.MethodGet, "/areas/idp?year=2022&office=DN")
		if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != "/areas/idp?office=DN&period=2022" {
			t.Errorf("status %d, Location %q", resp.StatusCode, resp.Header.Get("Location"))
		}
	})
	t.Run("the selection makes a different page", func(t *testing.T) {
		for _, tc := range []struct{ a, b, inB string }{
			{"/areas/idp?period=2023", "/areas/idp?period=2023-Q2", "II квартал 2023"},
			{"/areas/idp?period=2023", "/areas/idp?period=2023&office=DN", "Дніпровське управління"},
			{"/areas/benefits?period=2023", "/areas/benefits?period=2023&compare=2021", "порівняння — з 01.01.2022"},
			{"/?period=2023", "/?period=2023&office=ZV", "Заводське управління за 2023 рік"},
			{"/?period=2023", "/?period=2023-Q2", "II квартал 2023 року"},
			{"/indicator/benefit_recipients_total?period=2023", "/indicator/benefit_recipients_total?period=2023&office=ZV", "2023 рік за місяцями: Заводське управління"},
			{"/budget?period=2023", "/budget?period=2023-12", "Видатки за грудень 2023"},
			{"/reconcile?period=2023", "/reconcile?period=2022", "Звірка з опублікованим звітом за 2022 рік"},
		} {
			_, a := s.do(http.MethodGet, tc.a)
			resp, b := s.do(http.MethodGet, tc.b)
			if resp.StatusCode != http.StatusOK || string(a) == string(b) || !strings.Contains(string(b), tc.inB) {
				t.Errorf("%s (status %d) is the page of %s, or lacks %q", tc.b, resp.StatusCode, tc.a, tc.inB)
			}
		}
	})
	t.Run("chart data", func(t *testing.T) {
		resp, b := s.do(http.MethodGet, "/budget?period=2023&chart=monthly&format=csv")
		if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/csv") ||
			!strings.HasPrefix(string(b), "\ufeffМісяць,") || !strings.Contains(resp.Header.Get("Content-Disposition"), "monthly-2023.csv") {
			t.Errorf("status %d, %q, %q: %.200s", resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("Content-Disposition"), b)
		}
		// The fixture's accounting sent September and December 2023 only: the other months are empty, not 0.
		if !strings.Contains(string(b), "\nсіч 2023,,") && !strings.Contains(string(b), "\nсіч 2023,\n") {
			t.Errorf("an uncovered month is not empty: %s", b)
		}
		resp, b = s.do(http.MethodGet, "/areas/idp?period=2023&chart=trend&format=xlsx")
		if resp.StatusCode != http.StatusOK || !strings.HasPrefix(string(b), "PK") {
			t.Errorf("xlsx: status %d, %.20q", resp.StatusCode, b)
		}
		if resp, _ := s.do(http.MethodGet, "/budget?chart=nope"); resp.StatusCode != http.StatusNotFound {
			t.Errorf("unknown chart: status %d", resp.StatusCode)
		}
	})
	t.Run("an unknown office is refused in Ukrainian", func(t *testing.T) {
		resp, b := s.do(http.MethodGet, "/budget?office=XX")
		if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(b), "невідоме управління") {
			t.Errorf("status %d: %.300s", resp.StatusCode, b)
		}
	})
}
