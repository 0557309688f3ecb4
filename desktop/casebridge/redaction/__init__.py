"""Redaction that removes, then proves it: recipes, suggestions, apply, verification, failed-redaction checks."""
