"""Start-up benchmarks for isotrack (not part of the test suite; see benchmarks/README.md)."""
