"""The one clock: what time it is (always UTC) and how a moment is written down (one format everywhere — the
case database, the audit log, the hub's database, receipts and feedback).

Built once (`app.build_services`, `hub.service.Hub`) and handed to whatever needs the time, so a test can stop it
or move it. `domain.when` turns stored moments into what people read (dd/mm/yyyy, UK local time).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta


def stamp(moment: datetime) -> str:
    """'2026-11-14T21:47:10.000000+00:00': ISO 8601, UTC, microseconds (sorts as text in time order)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


class Clock:
    """The system clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def stamp(self) -> str:
        """Now, written down."""
        return stamp(self.now())

    def today(self) -> date:
        """Today's date where the user is (the computer's local date)."""
        return self.now().astimezone().date()


@dataclass
class FixedClock(Clock):
    """A clock that says what it is told (tests, replays); `advance` moves it on."""

    moment: datetime

    def now(self) -> datetime:
        return self.moment if self.moment.tzinfo else self.moment.replace(tzinfo=UTC)

    def advance(self, **delta: float) -> None:
        self.moment = self.now() + timedelta(**delta)


SYSTEM_CLOCK = Clock()
