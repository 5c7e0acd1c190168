"""The session's shared ``scrubber`` fixture is in tests/conftest.py (the benchmark tests use it too)."""
