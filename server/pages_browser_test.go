package server_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/hromadata/hromadata/dashboards"
	"github.com/hromadata/hromadata/sqlapi"
)

// mustBrowser starts headless Chromium for one test.
func mustBrowser(t *testing.T) context.Context {
	t.Helper()
	exe := chromiumPath(t)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), browserOptions(t, exe, 1400, 1000)...)
	t.Cleanup(cancel)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(cancel)
	ctx, cancel = context.WithTimeout(ctx, 240*time.Second)
	t.Cleanup(cancel)
	if err := chromedp.Run(ctx); err != nil {
		t.Fatal(err)
	}
	return ctx
}

// layoutProblems is run in the page: what does not fit at this width. Every text
// ECharts drew must lie inside its chart (a clipped y-axis tick once read "0 000"),
// category names beside bars must be bounded with the full name in the tooltip, the
// page must not scroll sideways, and a table wider than the screen must scroll in its
// own box.
const layoutProblems = `(async () => {
  const out = [];
  // Measure what stays on screen, not a frame of the charts' animations.
  const charts = () => Array.from(document.querySelectorAll('.item')).map(el => echarts.getInstanceByDom(el)).filter(c => c);
  for (let t = 0; t < 100 && charts().some(c => !c.getZr().animation.isFinished()); t++) await new Promise(r => setTimeout(r, 100));
  const W = window.innerWidth;
  if (document.documentElement.scrollWidth > W) out.push('page is ' + document.documentElement.scrollWidth + 'px wide in a ' + W + 'px window');
  if (document.documentElement.lang !== 'uk') out.push('lang is ' + document.documentElement.lang);
  document.querySelectorAll('table').forEach((t, i) => {
    if (!t.closest('.table-wrap') && t.getBoundingClientRect().right > W) out.push('table ' + i + ' overflows and does not scroll');
  });
  document.querySelectorAll('.item').forEach((el, i) => {
    const chart = echarts.getInstanceByDom(el);
    if (!chart) { out.push('chart ' + i + ' not drawn'); return; }
    chart.getZr().flush();
    const w = chart.getWidth(), h = chart.getHeight(), o = chart.getOption();
    if (w > W) out.push('chart ' + i + ' is ' + w + 'px wide');
    const save = o.toolbox && o.toolbox[0] && o.toolbox[0].feature && o.toolbox[0].feature.saveAsImage;
    if (!save || save.show === false) out.push('chart ' + i + ' cannot be saved as an image');
    (o.yAxis || []).forEach(a => {
      if (a.type === 'category' && !(a.axisLabel && a.axisLabel.width > 0 && a.axisLabel.overflow)) out.push('chart ' + i + ' has unbounded category names');
    });
    if (!el.closest('[role=img][aria-label]')) out.push('chart ' + i + ' has no text alternative');
    const rect = e => { const r = e.getBoundingRect().clone(); if (e.transform) r.applyTransform(e.transform); return r; };
    const shown = [];
    chart.getZr().storage.getDisplayList().forEach(d => {
      if (d.type !== 'tspan' || d.invisible || !d.style || !d.style.text || d.style.opacity === 0) return;
      const r = rect(d);
      // A text wholly outside its clip is on another page of a scrolling legend.
      if ((d.__clipPaths || []).some(c => !rect(c).intersect(r))) return;
      shown.push([d.style.text, r]);
      // Numbers are written the Ukrainian way: 37,9 %, not 37.97%.
      if (/\d\.\d|\d%/.test(d.style.text)) out.push('chart ' + i + ': "' + d.style.text + '" is not written the Ukrainian way');
      if ((d.__clipPaths || []).some(c => { const k = rect(c); return r.x < k.x - 1 || r.x + r.width > k.x + k.width + 1; }))
        out.push('chart ' + i + ': "' + d.style.text + '" is cut by its box');
      if (r.x < -1 || r.y < -1 || r.x + r.width > w + 1 || r.y + r.height > h + 1)
        out.push('chart ' + i + ': "' + d.style.text + '" is clipped at ' + [r.x, r.y, r.width, r.height].map(Math.round) + ' in ' + w + '×' + h);
    });
    // A category name wrapped onto lines reads as its lines together: two bars whose
    // names differ must not read the same («Компенсація пільгов…» four times).
    const names = new Map();
    chart.getZr().storage.getDisplayList().forEach(d => {
      if (d.type !== 'tspan' || d.invisible || !d.style || !d.style.text || !d.parent) return;
      names.set(d.parent, (names.get(d.parent) || []).concat(d.style.text));
    });
    const cats = [].concat(...(o.yAxis || []).filter(a => a.type === 'category').map(a => (a.data || []).map(c => typeof c === 'object' ? c.value : c)));
    const seen = new Map();
    names.forEach(lines => {
      const text = lines.join(' ');
      if (!text.includes('…') && !cats.includes(text)) return;
      if (seen.has(text)) out.push('chart ' + i + ': two bars read "' + text + '"');
      seen.set(text, true);
    });
    // No two texts print over each other (pie labels pile up) or run together on one
    // line («кві 2023чер 2023»): side by side they keep a gap of 4 px.
    shown.forEach(([a, ra], j) => shown.slice(j + 1).forEach(([b, rb]) => {
      const x = Math.min(ra.x + ra.width, rb.x + rb.width) - Math.max(ra.x, rb.x);
      const y = Math.min(ra.y + ra.height, rb.y + rb.height) - Math.max(ra.y, rb.y);
      if ((x > 1 && y > 1) || (x > -4 && y > Math.min(ra.height, rb.height) / 2)) out.push('chart ' + i + ': "' + a + '" and "' + b + '" overlap or run together at ' + [ra.x, ra.y, ra.width, ra.height, rb.x, rb.y, rb.width, rb.height].map(Math.round));
    }));
  });
  return out;
})()`

// TestPagesInBrowser drives the pages in headless Chromium as people use them.
func TestPagesInBrowser(t *testing.T) {
	ctx := mustBrowser(t)
	s := mustStart(t, sqlapi.DefaultLimits)
	t.Run("fit every screen", func(t *testing.T) { fitEveryScreen(t, ctx, s) })
	t.Run("selectors", func(t *testing.T) { selectors(t, ctx, s) })
}

// fitEveryScreen opens every kind of page at a phone's, a tablet's and a desktop's
// width: no text of any chart is clipped, nothing scrolls sideways.
func fitEveryScreen(t *testing.T, ctx context.Context, s *site) {
	for _, width := range []int64{390, 768, 1400} {
		for _, path := range pagesToFit() {
			t.Run(fmt.Sprintf("%d%s", width, path), func(t *testing.T) {
				var problems []string
				if err := chromedp.Run(ctx, chromedp.EmulateViewport(width, 900), chromedp.Navigate(s.base+path),
					chromedp.Evaluate(layoutProblems, &problems, awaitPromise)); err != nil {
					t.Fatal(err)
				}
				for _, p := range problems {
					t.Error(p)
				}
			})
		}
	}
}

// pagesToFit are the pages fitEveryScreen opens: the first screen, the areas' index,
// an indicator, reconciliation, every page with charts, and the open data with the
// widest dataset page.
func pagesToFit() []string {
	out := []string{"/", "/areas", "/indicator/benefit_recipients_total", "/reconcile", "/budget", "/areas/benefits",
		"/opendata", "/opendata/datasets/benefit-recipients", "/opendata/datasets/budget-execution"}
	for _, a := range dashboards.Areas {
		out = append(out, "/areas/"+a.Slug)
	}
	return out
}

// selectors drives the selector, the office filter, the share link, the chart tools
// and the table alternative as a person would.
func selectors(t *testing.T, ctx context.Context, s *site) {
	run := func(t *testing.T, actions ...chromedp.Action) {
		t.Helper()
		if err := chromedp.Run(ctx, actions...); err != nil {
			t.Fatal(err)
		}
	}
	// The fixture lacks one office's exports and its counts are small, so the city's
	// cards are "—": the months drawn, and the benefits of the office chosen, change.
	months, byBenefit := `document.querySelector('#chart-families tbody').textContent`, `document.querySelector('#chart-benefits tbody').textContent`
	choose := func(name, value string) chromedp.Action {
		return chromedp.Evaluate(fmt.Sprintf(`(() => { const s = document.querySelector('select[name=%s]'); s.value = %q;
			s.dispatchEvent(new Event('change', {bubbles: true})); })()`, name, value), nil)
	}
	// waitURL waits for the page the selector went to: the old page's context is gone
	// while it loads, so errors in between are expected.
	waitURL := func(part string) chromedp.Action {
		return chromedp.ActionFunc(func(ctx context.Context) error {
			for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
				var ok bool
				err := chromedp.Evaluate(fmt.Sprintf(`location.search.includes(%q) && document.readyState === 'complete' && !!document.querySelector('.card')`, part), &ok).Do(ctx)
				if err == nil && ok {
					return nil
				}
			}
			return fmt.Errorf("the page did not go to %s", part)
		})
	}

	t.Run("period changes the URL and the numbers, and the links keep it", func(t *testing.T) {
		var before, after, title, budget string
		run(t, chromedp.EmulateViewport(1400, 900), chromedp.Navigate(s.base+"/areas/benefits"), chromedp.Evaluate(months, &before),
			choose("period", "2023-06"), waitURL("period=2023-06"),
			chromedp.Evaluate(months, &after), chromedp.Title(&title),
			chromedp.Evaluate(`document.querySelector('nav a[href^="/budget"]').getAttribute('href')`, &budget))
		if !strings.Contains(title, "01.07.2023") || before == after {
			t.Errorf("after choosing June 2023: title %q, families by month %q (were %q)", title, after, before)
		}
		if budget != "/budget?period=2023-06" {
			t.Errorf("the budget link is %q: the selection is lost between pages", budget)
		}
	})
	t.Run("office filter", func(t *testing.T) {
		var city, office, title string
		run(t, chromedp.Navigate(s.base+"/areas/benefits?period=2023"), chromedp.Evaluate(byBenefit, &city),
			choose("office", "DN"), waitURL("office=DN"), chromedp.Evaluate(byBenefit, &office), chromedp.Title(&title))
		if !strings.Contains(title, "Дніпровське управління") || office == city {
			t.Errorf("office DN: title %q, benefits %q, the city's %q", title, office, city)
		}
		var text string
		run(t, chromedp.Navigate(s.base+"/areas/idp?period=2023&office=DN"), chromedp.Evaluate(`document.querySelector('main').innerText`, &text))
		if !strings.Contains(text, "немає даних за управлінням") && !strings.Contains(text, "Дніпровське") {
			t.Errorf("an area by office says neither its figures nor that there are none: %.300s", text)
		}
	})
	t.Run("copy link", func(t *testing.T) {
		var copied, href, status string
		run(t, chromedp.Navigate(s.base+"/budget?period=2023-Q4"), chromedp.Click(`[data-copy-link]`, chromedp.ByQuery),
			chromedp.Poll(`document.querySelector('[data-copy-link]').getAttribute('data-copied')`, &copied, chromedp.WithPollingTimeout(5*time.Second)),
			chromedp.Evaluate(`location.href`, &href), chromedp.Text(`.copy-status`, &status, chromedp.ByQuery))
		if copied != href || !strings.Contains(copied, "period=2023-Q4") || status != "Посилання скопійовано" {
			t.Errorf("copied %q from %q, status %q", copied, href, status)
		}
	})
	t.Run("chart saves as PNG and downloads its data", func(t *testing.T) {
		var png, csv, xlsx string
		run(t, chromedp.Navigate(s.base+"/areas/benefits?period=2023"),
			chromedp.Evaluate(`echarts.getInstanceByDom(document.querySelector('.item')).getDataURL({type: 'png'}).slice(0, 22)`, &png),
			chromedp.Evaluate(`fetch(document.querySelector('.chart-tools a[href*="format=csv"]').href).then(r => r.headers.get('content-type') + '|' + r.headers.get('content-disposition')).then(h => h)`, &csv, awaitPromise),
			chromedp.Evaluate(`fetch(document.querySelector('.chart-tools a[href*="format=xlsx"]').href).then(r => r.arrayBuffer()).then(b => String.fromCharCode(...new Uint8Array(b).slice(0, 2)))`, &xlsx, awaitPromise))
		if png != "data:image/png;base64," {
			t.Errorf("saveAsImage gives %q", png)
		}
		if !strings.HasPrefix(csv, "text/csv") || !strings.Contains(csv, `filename="families-2023.csv"`) {
			t.Errorf("CSV download: %q", csv)
		}
		if xlsx != "PK" {
			t.Errorf("XLSX download starts %q", xlsx)
		}
		var body string
		run(t, chromedp.Evaluate(`fetch(document.querySelector('.chart-tools a[href*="format=csv"]').href).then(r => r.text())`, &body, awaitPromise))
		if !strings.HasPrefix(body, "Станом на початок місяця,Місто,") { // fetch drops the byte-order mark
			t.Errorf("CSV: %.200s", body)
		}
	})
	t.Run("table alternative", func(t *testing.T) {
		var before, after bool
		var label string
		run(t, chromedp.Navigate(s.base+"/budget?period=2023"),
			chromedp.Evaluate(`document.querySelector('.chart-table table').checkVisibility()`, &before),
			chromedp.Click(`.chart-table summary`, chromedp.ByQuery),
			chromedp.Evaluate(`document.querySelector('.chart-table table').checkVisibility()`, &after),
			chromedp.Evaluate(`document.querySelector('.chart-box').getAttribute('aria-label')`, &label))
		if before || !after {
			t.Errorf("table visible %v before opening, %v after", before, after)
		}
		if !strings.HasPrefix(label, "Стовпчикова діаграма «Видатки за місяцями") {
			t.Errorf("aria-label %q", label)
		}
	})
	t.Run("keyboard focus is visible", func(t *testing.T) {
		var focus []string
		run(t, chromedp.Navigate(s.base+"/budget"), chromedp.KeyEvent(kb.Tab),
			chromedp.Evaluate(`(() => { const e = document.activeElement, st = getComputedStyle(e); return [e.textContent.trim(), st.outlineStyle, st.outlineWidth]; })()`, &focus))
		if len(focus) != 3 || focus[0] != "Перейти до змісту" || focus[1] == "none" || focus[2] == "0px" {
			t.Errorf("first Tab focuses %q", focus)
		}
	})
	t.Run("a period without data shows no 0", func(t *testing.T) {
		for _, path := range []string{"/?period=2030", "/budget?period=2030", "/areas/department-aid?period=2030-Q1"} {
			var vals []string
			var text string
			run(t, chromedp.Navigate(s.base+path),
				chromedp.Evaluate(`Array.from(document.querySelectorAll('.card .value, td.num')).map(e => e.textContent.trim())`, &vals),
				chromedp.Evaluate(`document.querySelector('main').innerText`, &text))
			for _, v := range vals {
				if v == "0" || strings.HasPrefix(v, "0 ") || v == "0,0" || strings.HasPrefix(v, "0,0 ") {
					t.Errorf("%s shows %q for a period without data", path, v)
				}
			}
			if !strings.Contains(text, "немає даних") {
				t.Errorf("%s does not say there is no data", path)
			}
		}
	})
}

// awaitPromise makes Evaluate wait for the promise the expression returns.
func awaitPromise(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }
