"""Words that come from the domain model (case-file field labels and choices, record kinds, roles, statuses)
shown in the interface's language. The domain stays free of Qt; the UI translates its words in the "domain"
context, whose sources `scripts/build_translations.py --update` lists in `ui/domain_strings.py`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def dt(text: str) -> str:
    """A domain word or label in the interface language (unchanged when there is no translation)."""
    return QCoreApplication.translate("domain", text) if text else text


def finding_text(message: str, rule: str) -> str:
    """A readiness finding in the interface language: the rule's sentence translated, its details as found."""
    from casebridge.readiness import load_rules

    sentence = next((r["message"] for r in load_rules() if r["id"] == rule), "")
    if sentence and message.startswith(sentence):
        return dt(sentence) + message[len(sentence) :]
    return message
