package opendata_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/hromadata/hromadata/opendata"
	"github.com/hromadata/hromadata/testkit"
)

func TestPublishRelease(t *testing.T) {
	dir := testkit.MustBuilt(t)
	db := testkit.MustOpen(t, dir)
	day := time.Date(2024, 1, 15, 9, 0, 0, 0, time.UTC)
	rel, created, err := opendata.Publish(context.Background(), db, dir, day)
	if err != nil || !created {
		t.Fatalf("publish: created=%v err=%v", created, err)
	}
	if rel.ID != "2024-01-15" {
		t.Errorf("release id %q", rel.ID)
	}
	relDir := filepath.Join(opendata.ReleasesDir(dir), rel.ID)
	for _, f := range []string{"benefit-recipients.csv", "benefit-recipients.json", "benefit-recipients.parquet",
		"benefit-recipients.passport.json", "benefit-recipients.structure.json", "datapackage.json", "dcat.jsonld", "release.json"} {
		if _, err := os.Stat(filepath.Join(relDir, f)); err != nil {
			t.Errorf("release lacks %s", f)
		}
	}
	csvData, _ := os.ReadFile(filepath.Join(relDir, "benefit-recipients.csv"))
	if !utf8.Valid(csvData) || !bytes.HasPrefix(csvData, []byte("as_of,office_code,office_name,benefit_code,benefit_name,families,suppressed\n")) {
		t.Errorf("CSV header or encoding wrong: %.120s", csvData)
	}
	// The fixture's office cells are all 0 or 1 family: every 1 must be withheld.
	if bytes.Contains(csvData, []byte(",1,false")) {
		t.Error("a count of 1 is published")
	}
	if !bytes.Contains(csvData, []byte("2024-01-01,DN,Дніпровське управління,101,Допомога у зв’язку з вагітністю та пологами,,true")) {
		t.Error("the one maternity family at 01.01.2024 is not shown as suppressed")
	}
	// The Centre's fixture units have one or two recipients a month: none may show.
	services, _ := os.ReadFile(filepath.Join(relDir, "social-services-recipients.csv"))
	if !bytes.Contains(services, []byte("2023-09-01,ДН-ДОМ,")) || regexp.MustCompile(`,[1-4],false\n`).Match(services) {
		t.Errorf("the Centre's small counts are not all withheld:\n%s", services)
	}
	for _, id := range testkit.People {
		if bytes.Contains(csvData, []byte(id)) || bytes.Contains(services, []byte(id)) {
			t.Errorf("a tax number reached the published data")
		}
	}
	var p opendata.Passport
	b, _ := os.ReadFile(filepath.Join(relDir, "benefit-recipients.passport.json"))
	if err := json.Unmarshal(b, &p); err != nil {
		t.Fatal(err)
	}
	if p.Identifier != "41490026-benefit-recipients" || p.UpdateFrequency != "Щомісяця" || p.CurrencyDate != "2024-01-01" ||
		p.FirstPublished != "2024-01-15" || p.ResponsibleEmail == "" || p.LegalBasis == "" || len(p.DataLinks) != 5 ||
		!strings.Contains(p.Description, "приховано") || len([]rune(p.Title)) > 254 || len([]rune(p.Description)) > 4000 {
		t.Errorf("passport incomplete: %+v", p)
	}

	// Publishing the same build again changes nothing.
	again, created, err := opendata.Publish(context.Background(), db, dir, day.Add(time.Hour))
	if err != nil || created || again.ID != rel.ID {
		t.Errorf("republish of unchanged data: id=%s created=%v err=%v", again.ID, created, err)
	}
}

func TestReleasesAreImmutable(t *testing.T) {
	dir := testkit.MustBuilt(t)
	day := time.Date(2024, 1, 15, 9, 0, 0, 0, time.UTC)
	first, _, err := opendata.Publish(context.Background(), testkit.MustOpen(t, dir), dir, day)
	if err != nil {
		t.Fatal(err)
	}
	firstCSV, _ := os.ReadFile(filepath.Join(opendata.ReleasesDir(dir), first.ID, "benefit-recipients.csv"))

	// A newer assignments snapshot arrives with one more family, the warehouse is
	// rebuilt and published again the same day.
	inbox := t.TempDir()
	base, err := os.ReadFile(filepath.Join(testkit.MustInbox(t, t.TempDir()), "pryznachennia_zavodske_20240110.csv"))
	if err != nil {
		t.Fatal(err)
	}
	newer := append(base, testkit.CP1251(t, "ZV;ZV0000004;3223611128;Руденко Ганна Петрівна;04.04.1988;202;2023/000009;03.11.2023;01.11.2023;;1 900,00;діюча\r\n")...)
	os.WriteFile(filepath.Join(inbox, "pryznachennia_zavodske_20240210.csv"), newer, 0o644)
	testkit.MustLoad(t, dir, inbox)
	testkit.MustBuild(t, dir)
	second, created, err := opendata.Publish(context.Background(), testkit.MustOpen(t, dir), dir, day.Add(time.Hour))
	if err != nil || !created {
		t.Fatalf("second publish: created=%v err=%v", created, err)
	}
	if second.ID != "2024-01-15-2" {
		t.Errorf("second release of the day is %q", second.ID)
	}
	again, _ := os.ReadFile(filepath.Join(opendata.ReleasesDir(dir), first.ID, "benefit-recipients.csv"))
	if !bytes.Equal(firstCSV, again) {
		t.Error("the first release changed")
	}
	latest, err := opendata.Latest(dir)
	if err != nil || latest.ID != second.ID {
		t.Errorf("latest = %v, %v", latest, err)
	}
	if latest.Datasets[0].FirstPublish != "2024-01-15" {
		t.Errorf("first publication date lost: %s", latest.Datasets[0].FirstPublish)
	}
}
