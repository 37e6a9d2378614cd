//go:build !linux

package sqlapi

import (
	"errors"
	"os/exec"
)

var errNoCap = errors.New("memory caps for SQL workers need Linux")

func capMemory(string, int64) error                    { return errNoCap }
func readCaps() Caps                                   { return Caps{} }
func makeCgroup(string, string, int64) (string, error) { return "", errNoCap }
func isolate(*exec.Cmd)                                {}
func killGroup(cmd *exec.Cmd) {
	if cmd.Process != nil {
		cmd.Process.Kill()
	}
}
