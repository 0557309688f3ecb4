"""Words that come from the domain model (case-file field labels and choices, record kinds, roles, statuses)
shown in the interface's language. The domain stays free of Qt; the UI translates its words in the "domain"
context, whose sources `scripts/build_translations.py --update` lists in `ui/domain_strings.py`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def dt(text: str) -> str:
    """A domain word or label in the interface language (unchanged when there is no translation)."""
    return QCoreApplication.translate("domain", text) if text else text
