package server_test

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// testConsoleInBrowser opens a shared link /sql?q=… in headless Chromium: the editor
// (CodeMirror, from the binary) holds the query, the schema browser lists the marts,
// Ctrl+Enter runs it, numbers are right-aligned, years not grouped, decimals with
// their scale; the page raises no error (a CSP refusal would be one).
func testConsoleInBrowser(t *testing.T, s *site) {
	exe := chromiumPath(t)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), browserOptions(t, exe, 1400, 1200)...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	var problems []string
	chromedp.ListenTarget(ctx, func(ev any) {
		switch e := ev.(type) {
		case *runtime.EventExceptionThrown:
			problems = append(problems, e.ExceptionDetails.Error())
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.APITypeError {
				problems = append(problems, "console error")
			}
		}
	})
	q := "SELECT 2023 AS year, 12345 AS families, CAST(1500.5 AS DECIMAL(18,2)) AS amount_uah, 'DN' AS office_code"
	var editorText, schema string
	var cells []string
	var aligned string
	err := chromedp.Run(ctx,
		chromedp.Navigate(s.base+"/sql?q="+url.QueryEscape(q)),
		chromedp.WaitVisible(`.cm-editor`, chromedp.ByQuery),
		chromedp.Text(`.cm-content`, &editorText, chromedp.ByQuery),
		chromedp.SetValue(`#token`, s.token, chromedp.ByID),
		chromedp.Evaluate(`document.getElementById('token').dispatchEvent(new Event('change'))`, nil),
		chromedp.WaitVisible(`#schema details`, chromedp.ByQuery),
		chromedp.Text(`#schema`, &schema, chromedp.ByID),
		chromedp.Click(`.cm-content`, chromedp.ByQuery),
		chromedp.KeyEvent("\r", chromedp.KeyModifiers(2)), // Ctrl+Enter
		chromedp.WaitVisible(`#out table td`, chromedp.ByQuery),
		chromedp.Evaluate(`Array.from(document.querySelectorAll('#out td')).map(td => td.textContent)`, &cells),
		chromedp.Evaluate(`Array.from(document.querySelectorAll('#out td')).map(td => getComputedStyle(td).textAlign).join(',')`, &aligned),
	)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(editorText, "CAST(1500.5 AS DECIMAL(18,2))") {
		t.Errorf("editor holds %q", editorText)
	}
	if !strings.Contains(schema, "mart_material_aid_monthly") || strings.Contains(schema, "core_") {
		t.Errorf("schema browser: %.300s", schema)
	}
	want := []string{"2023", "12\u00a0345", "1\u00a0500,50", "DN"}
	if strings.Join(cells, "|") != strings.Join(want, "|") {
		t.Errorf("cells %q, want %q", cells, want)
	}
	if aligned != "right,right,right,start" && aligned != "right,right,right,left" {
		t.Errorf("alignment %s", aligned)
	}
	if len(problems) > 0 {
		t.Errorf("page errors: %v", problems)
	}
}
