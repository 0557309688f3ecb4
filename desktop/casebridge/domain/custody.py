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
