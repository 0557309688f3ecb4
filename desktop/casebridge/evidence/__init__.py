"""Evidence intake: sniff, hash into the vault, probe, describe, derive (thumbnail, proxy, OCR), continuity."""
