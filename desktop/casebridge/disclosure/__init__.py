"""Disclosure: what the case withholds from an audience, forms that carry the case's redaction decisions, and the
leak scan every bundle passes before it may be served."""
