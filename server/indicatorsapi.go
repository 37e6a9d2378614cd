package server

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/warehouse"
)

// indicatorsAPI serves the indicator catalogue for a period, for the city or with
// office=ZV for one office: GET /api/indicators?period=2023-Q2[&office=ZV], as
// JSON or, with format=csv or "Accept: text/csv", as CSV.
type indicatorsAPI struct{ serving *warehouse.Serving }

func (a *indicatorsAPI) install(r gin.IRoutes) { r.GET("/api/indicators", a.get) }

// indicatorJSON is one indicator's value for machines.
type indicatorJSON struct {
	ID        string       `json:"id"`
	Label     string       `json:"label"`
	Unit      string       `json:"unit"`
	Kind      string       `json:"kind"`
	Value     *json.Number `json:"value"` // null when no export covers the period
	Coverage  string       `json:"coverage"`
	Reason    string       `json:"reason,omitempty"` // why it is unknown, in Ukrainian
	Published string       `json:"published,omitempty"`
	Withheld  bool         `json:"withheld,omitempty"` // 1 to 4 people: null, as on every public output
}

// withheldReason says why a figure of 1 to 4 people is not given.
const withheldReason = "приховано: менше 5 осіб, щоб не можна було встановити особу"

func (a *indicatorsAPI) get(c *gin.Context) {
	office := c.Query("office")
	p, err := hromadata.ParsePeriod(c.Query("period"))
	if err == nil && office != "" {
		err = indicators.CheckOffice(office)
	}
	if err != nil {
		c.JSON(hromadata.HTTPStatus(err), gin.H{"error": hromadata.MessageOf(err)})
		return
	}
	db, release, err := a.serving.AcquireContext(c.Request.Context())
	if err != nil {
		c.JSON(hromadata.HTTPStatus(err), gin.H{"error": hromadata.MessageOf(err)})
		return
	}
	defer release()
	vals, err := indicators.ComputeCatalogueFor(c.Request.Context(), db, p, office)
	var hide map[string]bool
	if err == nil {
		hide, err = indicators.Withheld(c.Request.Context(), db, p, office)
	}
	if err != nil {
		c.JSON(hromadata.HTTPStatus(err), gin.H{"error": hromadata.MessageOf(err)})
		return
	}
	if c.Query("format") == "csv" {
		c.Data(http.StatusOK, "text/csv; charset=utf-8", indicatorsCSV(vals, hide, office))
		return
	}
	out := make([]indicatorJSON, len(vals))
	for i, v := range vals {
		out[i] = indicatorJSON{ID: v.ID, Label: v.Label, Unit: v.Unit.Label, Kind: string(v.Kind),
			Coverage: v.Coverage.String(), Reason: v.Coverage.Reason(), Published: v.Published}
		switch {
		case hide[v.ID]:
			out[i].Withheld, out[i].Reason = true, withheldReason
		case v.Known():
			n := json.Number(v.Formatted())
			out[i].Value = &n
		}
	}
	res := gin.H{"period": p.Label, "from": p.From.Format("2006-01-02"), "to": p.To.Format("2006-01-02"), "indicators": out}
	if office != "" {
		res["office"] = office
	}
	c.JSON(http.StatusOK, res)
}

// indicatorsCSV is the catalogue as CSV; office is empty for the city.
func indicatorsCSV(vals []indicators.Value, hide map[string]bool, office string) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write([]string{"id", "label", "unit", "kind", "period", "value", "coverage", "published", "office"})
	for _, v := range vals {
		value := "" // unknown or withheld: an empty cell, never 0
		if v.Known() && !hide[v.ID] {
			value = v.Formatted()
		}
		w.Write([]string{v.ID, v.Label, v.Unit.Label, string(v.Kind), v.Period.Label, value, v.Coverage.String(), v.Published, office})
	}
	w.Flush()
	return b.Bytes()
}
