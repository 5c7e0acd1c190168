"""Scrubber benchmarks: a labelled synthetic corpus, a quality scorer and a speed benchmark."""
