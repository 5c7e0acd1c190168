"""Integrations with what a company already runs: SIEM export (siem.py, spool.py), directory groups."""
