"""Benchmarks: a deterministic synthetic inbox and the measurements `make bench` prints."""
