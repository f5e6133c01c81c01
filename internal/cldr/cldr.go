// Package cldr reads the parts of the CLDR JSON data
// (github.com/unicode-org/cldr-json) that lede's table generators use. It
// is for the generators (gen_*.go), not for the library.
package cldr

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// ModernLanguages lists the base languages (no region or script subtag)
// that CLDR covers at its modern level, and the CLDR version, from dir,
// the cldr-json folder of a checkout.
func ModernLanguages(dir string) ([]string, string, error) {
	var cov struct {
		CoverageLevels map[string]string `json:"coverageLevels"`
	}
	if err := ReadJSON(filepath.Join(dir, "cldr-core", "coverageLevels.json"), &cov); err != nil {
		return nil, "", err
	}
	var langs []string
	for tag, level := range cov.CoverageLevels {
		if level == "modern" && !strings.Contains(tag, "-") {
			langs = append(langs, tag)
		}
	}
	slices.Sort(langs)
	version, err := Version(dir)
	if err != nil {
		return nil, "", err
	}
	return langs, version, nil
}

// Version returns the CLDR release of the cldr-json folder dir, from its
// cldr-core package.
func Version(dir string) (string, error) {
	var pkg struct {
		Version string `json:"version"`
	}
	if err := ReadJSON(filepath.Join(dir, "cldr-core", "package.json"), &pkg); err != nil {
		return "", err
	}
	return pkg.Version, nil
}

// ReadJSON decodes the JSON file at path into v.
func ReadJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
