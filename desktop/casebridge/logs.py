"""Logging set-up: a rotating file in the user log folder, scrubbed of credentials and personal data.

Casebridge code logs identifiers that are not personal (URNs, record ids, digests) and never names,
addresses or dates of birth. As a second line of defence the scrubber masks anything in a log record that
looks like a credential or a common personal-data pattern.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

LOG_FILE = "casebridge.log"

_SCRUBBERS: list[tuple[re.Pattern[str], str]] = [
    # user:password@ in URLs (database and hub addresses)
    (re.compile(r"(?P<scheme>[a-z][a-z0-9+.-]*://)[^/\s:@]+:[^/\s@]+@", re.I), r"\g<scheme>***:***@"),
    # key=value credentials
    (
        re.compile(r"(?i)\b(password|passwd|pwd|token|secret|api[_-]?key|authorization)\b\s*[=:]\s*\S+"),
        r"\1=***",
    ),
    # UK postcodes
    (re.compile(r"\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\b"), "[postcode]"),
    # e-mail addresses
    (re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b"), "[email]"),
    # UK phone numbers
    (re.compile(r"(?<!\d)(?:\+44\s?|0)(?:\d\s?){9,10}(?!\d)"), "[phone]"),
]


def scrub(text: str) -> str:
    for pattern, replacement in _SCRUBBERS:
        text = pattern.sub(replacement, text)
    return text


class ScrubbingFilter(logging.Filter):
    """Rewrites each record's final message through `scrub` before any handler formats it."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = scrub(record.getMessage())
        record.msg = message
        record.args = None
        return True


def configure_logging(log_dir: Path, level: str = "INFO", *, console: bool = False) -> Path:
    """Route the `casebridge` logger to a rotating file (5 x 2 MB). Returns the log file path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE
    root = logging.getLogger("casebridge")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    root.setLevel(getattr(logging, level.upper(), logging.INFO))
    root.propagate = False
    file_handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    file_handler.addFilter(ScrubbingFilter())
    root.addHandler(file_handler)
    if console:
        stream = logging.StreamHandler()
        stream.setLevel(logging.WARNING)
        stream.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        stream.addFilter(ScrubbingFilter())
        root.addHandler(stream)
    return path
