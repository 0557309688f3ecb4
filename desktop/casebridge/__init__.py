"""Casebridge: build, redact, bundle and exchange police-to-CPS case files."""

__version__ = "0.1.0"
