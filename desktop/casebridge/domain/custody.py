"""The PACE pre-charge detention clock (Police and Criminal Evidence Act 1984, ss.40–44).

Pure calculation, no I/O. Times are timezone-aware and kept in UTC; `uk_local` converts for display, so a
24-hour limit that spans the October or March clock change is still exactly 24 hours of real time (the
wall-clock reading moves by an hour). The custody record is authoritative: staff enter its expiry, and the
computed values are shown beside it as a cross-check, with any difference flagged.

Not modelled (the reason the authoritative expiry exists): time in hospital not being questioned (s.41(6)),
bail returns resuming a balance, transfers between forces, terrorism detention.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

UK = ZoneInfo("Europe/London")
BASIC_LIMIT = timedelta(hours=24)  # s.41
SUPERINTENDENT_LIMIT = timedelta(hours=36)  # s.42
WARRANT_MAX = timedelta(hours=36)  # s.43: from the issue of the warrant
WARRANT_LATE = timedelta(hours=6)  # s.43(7): an application up to 6 h after the 36 h may still be heard
ABSOLUTE_LIMIT = timedelta(hours=96)  # s.44
FIRST_REVIEW = timedelta(hours=6)  # s.40: after detention first authorised
LATER_REVIEWS = timedelta(hours=9)


class ClockError(ValueError):
    """An entry that the Act does not allow (e.g. an extension given after 24 hours)."""


class Urgency(StrEnum):
    EXPIRED = "expired"
    CRITICAL = "critical"  # under 2 hours
    SOON = "soon"  # under 6 hours
    RUNNING = "running"

    @property
    def label(self) -> str:
        return {"expired": "EXPIRED", "critical": "Under 2 h", "soon": "Under 6 h", "running": "Running"}[self.value]


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ClockError("custody times must carry a time zone (enter them as UK local time)")
    return moment.astimezone(UTC)


def uk_local(moment: datetime) -> datetime:
    return moment.astimezone(UK)


def from_uk_local(naive: datetime) -> datetime:
    """A wall-clock reading in the UK (as on the custody record) to an aware UTC time.

    In the repeated hour of October `fold=0` is the first (BST) occurrence, `fold=1` the second (GMT); a time
    in the skipped hour of March does not exist and is refused.
    """
    aware = naive.replace(tzinfo=UK)
    if aware.astimezone(UTC).astimezone(UK).replace(tzinfo=None) != naive:
        raise ClockError(f"{naive:%d/%m/%Y %H:%M} does not exist in the UK: the clocks went forward then")
    return aware.astimezone(UTC)


@dataclass(frozen=True)
class Extension:
    """A superintendent's extension (s.42) or a warrant of further detention / its extension (ss.43–44)."""

    kind: str  # "superintendent" | "warrant" | "warrant extension"
    granted_at: datetime
    until: datetime
    authorised_by: str = ""


@dataclass
class CustodyClock:
    relevant_time: datetime
    detention_authorised_at: datetime
    reviews: list[datetime] = field(default_factory=list)
    extensions: list[Extension] = field(default_factory=list)
    authoritative_expiry: datetime | None = None  # from the custody system
    source: str = ""  # e.g. "Custody record 01/123456/26"

    def __post_init__(self) -> None:
        self.relevant_time = _utc(self.relevant_time)
        self.detention_authorised_at = _utc(self.detention_authorised_at)
        self.reviews = sorted(_utc(r) for r in self.reviews)
        if self.authoritative_expiry is not None:
            self.authoritative_expiry = _utc(self.authoritative_expiry)
        if self.detention_authorised_at < self.relevant_time:
            raise ClockError("detention cannot be authorised before the relevant time")
        for review in self.reviews:
            if review < self.detention_authorised_at:
                raise ClockError("a review cannot be held before detention was authorised")
        checked: list[Extension] = []
        for ext in sorted(self.extensions, key=lambda e: _utc(e.granted_at)):
            checked.append(
                self._check(Extension(ext.kind, _utc(ext.granted_at), _utc(ext.until), ext.authorised_by), checked)
            )
        self.extensions = checked

    def _check(self, ext: Extension, earlier: list[Extension]) -> Extension:
        elapsed = ext.granted_at - self.relevant_time
        if ext.kind == "superintendent":
            if elapsed > BASIC_LIMIT:
                raise ClockError("a superintendent's extension cannot be given after 24 hours (s.42)")
            if len([r for r in self.reviews if r <= ext.granted_at]) < 2:
                raise ClockError("a superintendent's extension cannot be given before the second review (s.42)")
            if ext.until - self.relevant_time > SUPERINTENDENT_LIMIT:
                raise ClockError("a superintendent's extension cannot go beyond 36 hours (s.42)")
        elif ext.kind == "warrant":
            if elapsed > SUPERINTENDENT_LIMIT + WARRANT_LATE:
                raise ClockError("a warrant of further detention cannot be issued more than 42 hours in (s.43(7))")
            if ext.until - ext.granted_at > WARRANT_MAX:
                raise ClockError("a warrant of further detention runs at most 36 hours from its issue (s.43)")
        elif ext.kind == "warrant extension":
            if not any(e.kind == "warrant" for e in earlier):
                raise ClockError("a warrant can only be extended after it is issued (s.44)")
            if ext.until - ext.granted_at > WARRANT_MAX:
                raise ClockError("an extension of a warrant runs at most 36 hours from its grant (s.44)")
        else:
            raise ClockError(f"unknown kind of extension '{ext.kind}'")
        if ext.until - self.relevant_time > ABSOLUTE_LIMIT:
            raise ClockError("detention without charge cannot exceed 96 hours from the relevant time (s.44)")
        if ext.until <= ext.granted_at:
            raise ClockError("an extension must end after it is granted")
        return ext

    @property
    def basic_expiry(self) -> datetime:
        return self.relevant_time + BASIC_LIMIT

    @property
    def computed_expiry(self) -> datetime:
        """The latest limit the recorded extensions allow (a warrant replaces, not adds to, s.42's balance)."""
        if not self.extensions:
            return self.basic_expiry
        return self.extensions[-1].until

    @property
    def absolute_limit(self) -> datetime:
        return self.relevant_time + ABSOLUTE_LIMIT

    @property
    def expiry(self) -> datetime:
        """What the app counts down to: the custody record's expiry when entered, else the computed one."""
        return self.authoritative_expiry or self.computed_expiry

    @property
    def discrepancy(self) -> timedelta | None:
        """Authoritative minus computed, when both exist and differ by a minute or more."""
        if self.authoritative_expiry is None:
            return None
        difference = self.authoritative_expiry - self.computed_expiry
        return difference if abs(difference) >= timedelta(minutes=1) else None

    def next_review_due(self) -> datetime:
        """First review 6 h after authorisation, then at most 9 h after the last review held."""
        if not self.reviews:
            return self.detention_authorised_at + FIRST_REVIEW
        return self.reviews[-1] + LATER_REVIEWS

    def remaining(self, now: datetime) -> timedelta:
        return self.expiry - _utc(now)

    def urgency(self, now: datetime) -> Urgency:
        left = self.remaining(now)
        if left <= timedelta(0):
            return Urgency.EXPIRED
        if left < timedelta(hours=2):
            return Urgency.CRITICAL
        if left < timedelta(hours=6):
            return Urgency.SOON
        return Urgency.RUNNING


def describe_remaining(left: timedelta) -> str:
    """'5 h 07 min left' / 'expired 1 h 20 min ago' — text, never colour alone."""
    minutes = int(abs(left).total_seconds() // 60)
    text = f"{minutes // 60} h {minutes % 60:02d} min"
    return f"{text} left" if left > timedelta(0) else f"expired {text} ago"


# ----- the clock recorded on a person's details (the case file's fields) -----
EXTENSION_FIELDS = (
    ("superintendent", "superintendent_extension_at", "superintendent_extension_until", "superintendent_name"),
    ("warrant", "warrant_issued_at", "warrant_until", "warrant_court"),
    ("warrant extension", "warrant_extended_at", "warrant_extended_until", "warrant_court"),
)


@dataclass(frozen=True)
class ClockReading:
    """A person's recorded PACE clock, or why what is recorded cannot be right and which field to fix."""

    clock: CustodyClock | None
    problem: str = ""
    field: str = ""


def read_custody_clock(details: dict[str, Any]) -> ClockReading:
    """The PACE clock from a person's details; no clock and no problem when no relevant time is recorded.

    Entries the Act does not allow (an extension granted after 24 hours, a warrant running past 96 hours, a
    review before authorisation) or half an extension come back as a problem naming the field to fix.
    """
    if not details.get("relevant_time"):
        return ClockReading(None)

    def moment(name: str) -> datetime:
        return datetime.fromisoformat(str(details[name]))

    base: dict[str, Any] = {
        "relevant_time": moment("relevant_time"),
        "detention_authorised_at": moment("detention_authorised_at")
        if details.get("detention_authorised_at")
        else moment("relevant_time"),
        "reviews": [datetime.fromisoformat(str(r)) for r in details.get("custody_reviews") or []],
        "authoritative_expiry": moment("custody_expiry") if details.get("custody_expiry") else None,
        "source": str(details.get("custody_record", "")),
    }
    try:
        clock = CustodyClock(**base)
    except ClockError as exc:
        return ClockReading(None, str(exc), "custody_reviews" if "review" in str(exc) else "detention_authorised_at")
    extensions: list[Extension] = []
    for kind, granted, until, by in EXTENSION_FIELDS:
        if not details.get(granted) and not details.get(until):
            continue
        if not details.get(granted) or not details.get(until):
            missing = until if details.get(granted) else granted
            from casebridge.domain.casefile import specs_for  # only for the message

            label = specs_for("person")[missing].label
            problem = f"{label} is not recorded: enter when the {kind} was granted and until when"
            return ClockReading(None, problem, missing)
        extensions.append(Extension(kind, moment(granted), moment(until), str(details.get(by, ""))))
        try:
            clock = CustodyClock(**base, extensions=list(extensions))
        except ClockError as exc:
            return ClockReading(None, str(exc), _extension_field(str(exc), granted, until))
    return ClockReading(clock)


def _extension_field(problem: str, granted: str, until: str) -> str:
    """Which of an extension's two times a ClockError is about."""
    about_end = ("beyond", "exceed", "runs at most", "must end")
    return until if any(words in problem for words in about_end) else granted


def custody_clock(details: dict[str, Any]) -> CustodyClock | None:
    """The PACE clock recorded on a person's details, or None when none (or an impossible one) is recorded."""
    return read_custody_clock(details).clock
