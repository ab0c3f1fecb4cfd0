"""Checking documents already in memory: the per-document step, the corpus-wide step, pairing and exemptions."""
