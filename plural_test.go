package hromadata_test

import (
	"fmt"
	"testing"

	"github.com/hromadata/hromadata"
)

func TestPlural(t *testing.T) {
	for _, c := range []struct {
		n    int64
		want string
	}{
		{0, "рядків"}, {1, "рядок"}, {2, "рядки"}, {4, "рядки"}, {5, "рядків"}, {11, "рядків"},
		{12, "рядків"}, {14, "рядків"}, {20, "рядків"}, {21, "рядок"}, {22, "рядки"}, {25, "рядків"},
		{101, "рядок"}, {111, "рядків"}, {112, "рядків"}, {122, "рядки"}, {1001, "рядок"}, {-3, "рядки"},
	} {
		t.Run(fmt.Sprint(c.n), func(t *testing.T) {
			if got := hromadata.Plural(c.n, "рядок", "рядки", "рядків"); got != c.want {
				t.Errorf("%d %s, want %s", c.n, got, c.want)
			}
		})
	}
	if got := hromadata.Count(uint(3), "файл", "файли", "файлів"); got != "3 файли" {
		t.Errorf("Count: %s", got)
	}
}
