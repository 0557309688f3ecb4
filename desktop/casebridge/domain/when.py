"""Times as people in England and Wales read them: dd/mm/yyyy and the UK's own clock (GMT or BST).

Times are stored in UTC (ISO 8601 text); everything a person reads goes through here."""

from __future__ import annotations

from datetime import UTC, datetime

from casebridge.domain.custody import uk_local


def parse_moment(value: object) -> datetime | None:
    """A stored moment (ISO text, naive meaning UTC) or None when it is empty or not a time."""
    if isinstance(value, datetime):
        moment = value
    else:
        text = str(value or "").strip()
        if not text:
            return None
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def uk_datetime(value: object) -> str:
    """'14/11/2026 21:47' in UK local time; the text as given if it is not a time."""
    moment = parse_moment(value)
    if moment is None:
        return str(value or "")
    return uk_local(moment).strftime("%d/%m/%Y %H:%M")


def uk_day(value: object) -> str:
    """'14/11/2026' (the UK local date of a moment, or a stored date)."""
    moment = parse_moment(value)
    if moment is None:
        return str(value or "")
    if len(str(value)) == 10:  # a date, not a moment: no time zone to apply
        return moment.strftime("%d/%m/%Y")
    return uk_local(moment).strftime("%d/%m/%Y")
