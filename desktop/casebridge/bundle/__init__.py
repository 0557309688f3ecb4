"""Bundles: one indexed, paginated PDF (with its media alongside) per audience, from one definition."""
