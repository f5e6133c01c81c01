package lede

import "testing"

// TestBareNumbersEnd checks bareNumbersEnd against the test that
// bareNumbers made at each token: below to, before the run's last ahead
// tokens, and not within maxPhoneTokens of both of the run's edges; on
// runs shorter and longer than a phone number, from every token, with
// every end of the scan.
func TestBareNumbersEnd(t *testing.T) {
	adds := func(k, to int, run bareRun) bool {
		return k < to && k+run.ahead < run.end && (k-run.from > maxPhoneTokens || run.end-k-1 > maxPhoneTokens)
	}
	for _, length := range []int{1, 2, 5, 30, 31, 60, 61, 62, 63, 64, 70, 200} {
		for _, ahead := range []int{digitsAhead + 1, maxSpaceGroups + 1} {
			run := bareRun{from: 10, end: 10 + length, ahead: ahead}
			for i := run.from; i < run.end; i++ {
				for to := i; to <= run.end+1; to++ {
					want := i
					for want < run.end && adds(want, to, run) {
						want++
					}
					if got := bareNumbersEnd(i, to, run); got != want {
						t.Errorf("run %+v from %d to %d: end %d, token by token %d", run, i, to, got, want)
					}
				}
			}
		}
	}
}
