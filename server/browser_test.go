package server_test

import (
	"context"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/hromadata/hromadata/sqlapi"
	"github.com/hromadata/hromadata/testkit"
)

// browserDataDir is a fresh profile folder for one browser. Chromium's helper
// processes may still write into it for a moment after the browser is stopped, so
// it is removed with retries instead of by t.TempDir, whose cleanup fails the test
// on "directory not empty".
func browserDataDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "hromadata-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for i := 0; i < 50 && os.RemoveAll(dir) != nil; i++ {
			time.Sleep(100 * time.Millisecond)
		}
	})
	return dir
}

// browserOptions start Debian's chromium headless, with its own profile and none
// of the background connections this machine's closed network refuses.
func browserOptions(t *testing.T, exe string, width, height int) []chromedp.ExecAllocatorOption {
	return append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(browserDataDir(t)), chromedp.WindowSize(width, height))
}

// chromiumPath finds Debian's chromium; .ci/run installs it.
func chromiumPath(t *testing.T) string {
	return testkit.NeedTool(t, "chromium (apt-get install -y chromium)", os.Getenv("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser")
}

// TestDashboardInBrowser opens the dashboard in headless Chromium: every chart
// draws, numbers are formatted the Ukrainian way, and the page asks nothing of any
// host but ours.
func TestDashboardInBrowser(t *testing.T) {
	exe := chromiumPath(t)
	s := mustStart(t, sqlapi.DefaultLimits)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), browserOptions(t, exe, 1280, 1600)...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 60*time.Second)
	defer cancel()

	var mu sync.Mutex
	var foreign []string
	own, _ := url.Parse(s.base)
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			u, err := url.Parse(e.Request.URL)
			if err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != own.Host {
				mu.Lock()
				foreign = append(foreign, e.Request.URL)
				mu.Unlock()
			}
		}
	})
	var canvases int
	var formatted, title string
	err := chromedp.Run(ctx,
		network.Enable(),
		chromedp.Navigate(s.base+"/areas/benefits"),
		chromedp.WaitVisible(`canvas`, chromedp.ByQuery),
		chromedp.Sleep(500*time.Millisecond),
		chromedp.Evaluate(`document.querySelectorAll('.item canvas').length`, &canvases),
		chromedp.Evaluate(`echarts.getInstanceByDom(document.querySelector('.item')).getOption().tooltip[0].valueFormatter(1234567.8)`, &formatted),
		chromedp.Title(&title),
	)
	if err != nil {
		t.Fatal(err)
	}
	if canvases < 4 {
		t.Errorf("%d charts drawn, want 4", canvases)
	}
	if strings.ReplaceAll(strings.ReplaceAll(formatted, "\u00a0", " "), "\u202f", " ") != "1 234 567,8" {
		t.Errorf("tooltip formats 1234567.8 as %q, want 1 234 567,8", formatted)
	}
	if !strings.Contains(title, "Державні соціальні допомоги") {
		t.Errorf("title %q", title)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(foreign) > 0 {
		t.Errorf("the page requested other hosts: %v", foreign)
	}
}
