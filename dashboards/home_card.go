package dashboards

import (
	"math"
	"strings"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/privacy"
)

// newHomeCard states an area's key number for p against the same period a year
// earlier: «—» and why when it is unknown, «менше 5» when it would single people out.
func newHomeCard(a homeArea, now, ago indicators.Value, view View) homeCard {
	agoP := view.Compare
	c := homeCard{homeArea: a, Label: strings.TrimSpace(now.Label), Unit: now.Unit.LabelFor(now.Value), Tone: "muted",
		Link: view.Link(a.Path), KeyLink: view.Link("/indicator/" + now.ID)}
	c.Value, _ = figure(now)
	since := "ніж " + agoIn(now, agoP)
	switch {
	case withheld(now):
		c.Delta, c.Sentence = "приховано, щоб не можна було встановити особу", "Зміну не показано: число менше 5."
	case !now.Known():
		c.Delta, c.Sentence = "зміну не обчислено", now.Coverage.Reason()
	case withheld(ago):
		c.Delta, c.Sentence = "рік тому: менше 5", "Зміну не показано: рік тому число було менше 5."
	case !ago.Known():
		c.Delta, c.Sentence = "рік тому: немає даних", "Порівняти нема з чим: за "+periodName(agoP)+" "+ago.Coverage.Reason()+"."
	default:
		c.Delta = change(now.Value, ago.Value, now.Unit.Decimals)
		c.Tone = tone(now.Good, now.Value, ago.Value)
		c.Sentence = sentence(now.Value, ago.Value, now.Unit.Decimals, since)
	}
	return c
}

// figure is a value as a page shows it, and why when it is not a number.
func figure(v indicators.Value) (text, why string) {
	switch {
	case withheld(v):
		return privacy.WithheldText, "приховано, щоб не можна було встановити особу"
	case !v.Known():
		return noData, v.Coverage.Reason()
	}
	return hromadata.FormatUK(v.Value, v.Unit.Decimals), ""
}

// agoIn is when the comparison is from: a stock's date, a flow's period.
func agoIn(v indicators.Value, agoP hromadata.Period) string {
	if v.Kind == indicators.Stock {
		return "на " + agoP.AsOf().Format("02.01.2006")
	}
	return periodIn(agoP)
}

// change is "+120 (+2,3 %)"; no percentage against nothing.
func change(now, ago float64, decimals int) string {
	s := signed(now-ago, decimals)
	if ago != 0 {
		s += " (" + signedPercent(100*(now-ago)/ago) + ")"
	}
	return s
}

// sentence says in words what changed: «Більше на 120 (на 2,3 %), ніж у 2022 році.»
func sentence(now, ago float64, decimals int, since string) string {
	d := now - ago
	if math.Abs(d) < math.Pow(10, -float64(decimals))/2 {
		return "Так само, як " + strings.TrimPrefix(since, "ніж ") + "."
	}
	word := "Більше"
	if d < 0 {
		word = "Менше"
	}
	s := word + " на " + hromadata.FormatUK(math.Abs(d), decimals)
	if ago != 0 {
		s += " (на " + percent(math.Abs(100*d/ago)) + ")"
	}
	return s + ", " + since + "."
}

// tone is the colour of a change by what the indicator counts as good news: "good",
// "bad", or "neutral" (no change, or an indicator whose growth is neither — spending).
func tone(good string, now, ago float64) string {
	switch {
	case now == ago || good == "":
		return "neutral"
	case (now > ago) == (good == "up"):
		return "good"
	}
	return "bad"
}
