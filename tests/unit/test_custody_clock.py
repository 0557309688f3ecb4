"""The PACE clock: exact real-time limits across the UK clock changes, the Act's rules on extensions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from casebridge.domain.custody import (
    ClockError,
    ClockReading,
    CustodyClock,
    Extension,
    Urgency,
    describe_remaining,
    from_uk_local,
    read_custody_clock,
    uk_local,
)


def local(text: str, fold: int = 0) -> datetime:
    return from_uk_local(datetime.strptime(text, "%d/%m/%Y %H:%M").replace(fold=fold))


def test_24_hours_across_the_october_change_reads_one_hour_earlier_on_the_wall_clock() -> None:
    # Clocks go back at 02:00 BST on Sunday 25 October 2026.
    clock = CustodyClock(relevant_time=local("24/10/2026 20:00"), detention_authorised_at=local("24/10/2026 20:10"))
    assert clock.basic_expiry - clock.relevant_time == timedelta(hours=24)
    assert uk_local(clock.basic_expiry).strftime("%d/%m %H:%M %Z") == "25/10 19:00 GMT"
    # 20:10 BST = 19:10 UTC; +6 h = 01:10 UTC, ten minutes after the clocks went back: 01:10 GMT
    assert uk_local(clock.next_review_due()).strftime("%d/%m %H:%M %Z") == "25/10 01:10 GMT"


def test_24_hours_across_the_march_change_reads_one_hour_later_on_the_wall_clock() -> None:
    # Clocks go forward at 01:00 GMT on Sunday 29 March 2026.
    clock = CustodyClock(relevant_time=local("28/03/2026 22:30"), detention_authorised_at=local("28/03/2026 22:45"))
    assert uk_local(clock.basic_expiry).strftime("%d/%m %H:%M %Z") == "29/03 23:30 BST"
    assert uk_local(clock.next_review_due()).strftime("%d/%m %H:%M %Z") == "29/03 05:45 BST"


def test_the_repeated_and_the_missing_hour() -> None:
    first = local("25/10/2026 01:30", fold=0)
    second = local("25/10/2026 01:30", fold=1)
    assert second - first == timedelta(hours=1)
    with pytest.raises(ClockError, match="does not exist in the UK"):
        local("29/03/2026 01:30")


def test_reviews_6_then_9_hours() -> None:
    clock = CustodyClock(relevant_time=local("02/06/2026 08:00"), detention_authorised_at=local("02/06/2026 08:20"))
    assert uk_local(clock.next_review_due()).strftime("%H:%M") == "14:20"
    clock = CustodyClock(
        relevant_time=clock.relevant_time,
        detention_authorised_at=clock.detention_authorised_at,
        reviews=[local("02/06/2026 13:50")],
    )
    assert uk_local(clock.next_review_due()).strftime("%H:%M") == "22:50"


def superintendent(clock_start: str, granted: str, until: str) -> CustodyClock:
    return CustodyClock(
        relevant_time=local(clock_start),
        detention_authorised_at=local(clock_start),
        reviews=[local("02/06/2026 13:00"), local("02/06/2026 21:00")],
        extensions=[Extension("superintendent", local(granted), local(until), "Supt 123 Jones")],
    )


def test_superintendent_extension_to_36_hours_and_its_conditions() -> None:
    clock = superintendent("02/06/2026 08:00", "02/06/2026 22:00", "03/06/2026 20:00")
    assert clock.computed_expiry - clock.relevant_time == timedelta(hours=36)
    with pytest.raises(ClockError, match="after 24 hours"):
        superintendent("02/06/2026 08:00", "03/06/2026 08:30", "03/06/2026 20:00")
    with pytest.raises(ClockError, match="beyond 36 hours"):
        superintendent("02/06/2026 08:00", "02/06/2026 22:00", "03/06/2026 20:30")
    with pytest.raises(ClockError, match="before the second review"):
        superintendent("02/06/2026 08:00", "02/06/2026 14:00", "03/06/2026 20:00")


def test_warrant_runs_from_issue_and_96_hours_is_absolute() -> None:
    start = local("02/06/2026 08:00")
    reviews = [local("02/06/2026 13:00"), local("02/06/2026 21:00")]
    supt = Extension("superintendent", local("02/06/2026 22:00"), local("03/06/2026 20:00"))
    warrant = Extension("warrant", local("03/06/2026 16:00"), local("05/06/2026 04:00"))
    clock = CustodyClock(start, start, reviews, [supt, warrant])
    assert clock.computed_expiry == local("05/06/2026 04:00")  # the unused 4 h of the s.42 extension is lost
    with pytest.raises(ClockError, match="36 hours from its issue"):
        CustodyClock(start, start, reviews, [supt, Extension("warrant", warrant.granted_at, local("05/06/2026 05:00"))])
    late = Extension("warrant extension", local("05/06/2026 00:00"), local("06/06/2026 09:00"))
    with pytest.raises(ClockError, match="96 hours"):
        CustodyClock(start, start, reviews, [supt, warrant, late])
    with pytest.raises(ClockError, match="only be extended after it is issued"):
        CustodyClock(start, start, reviews, [late])
    extended = Extension("warrant extension", local("05/06/2026 00:00"), local("06/06/2026 08:00"))
    assert CustodyClock(start, start, reviews, [supt, warrant, extended]).computed_expiry == clock.absolute_limit
    too_late = Extension("warrant", local("04/06/2026 03:00"), local("04/06/2026 20:00"))
    with pytest.raises(ClockError, match="42 hours"):
        CustodyClock(start, start, reviews, [too_late])


def test_the_recorded_clock_names_the_field_to_fix() -> None:
    """What staff type on the person page is read into a clock, or a problem pointing at the field."""
    details = {
        "relevant_time": local("02/06/2026 08:00").isoformat(),
        "custody_reviews": [local("02/06/2026 13:00").isoformat(), local("02/06/2026 21:00").isoformat()],
        "superintendent_extension_at": local("02/06/2026 22:00").isoformat(),
        "superintendent_extension_until": local("03/06/2026 20:00").isoformat(),
        "superintendent_name": "Supt 123 Jones",
    }
    reading = read_custody_clock(details)
    assert reading.problem == ""
    assert reading.clock is not None
    assert reading.clock.computed_expiry == local("03/06/2026 20:00")
    assert reading.clock.extensions[0].authorised_by == "Supt 123 Jones"
    half = {**details, "warrant_issued_at": local("03/06/2026 16:00").isoformat()}
    reading = read_custody_clock(half)
    assert reading.clock is None
    assert reading.field == "warrant_until"
    assert "until when" in reading.problem
    too_long = {**details, "superintendent_extension_until": local("03/06/2026 21:00").isoformat()}
    reading = read_custody_clock(too_long)
    assert reading.field == "superintendent_extension_until"
    assert "36 hours" in reading.problem
    too_early = {**details, "custody_reviews": details["custody_reviews"][:1]}
    reading = read_custody_clock(too_early)
    assert reading.field == "superintendent_extension_at"
    assert "second review" in reading.problem
    assert read_custody_clock({}) == ClockReading(None)


def test_authoritative_expiry_wins_and_the_difference_is_shown() -> None:
    start = local("02/06/2026 08:00")
    clock = CustodyClock(start, start, authoritative_expiry=local("03/06/2026 09:30"))
    assert clock.expiry == local("03/06/2026 09:30")
    assert clock.discrepancy == timedelta(hours=1, minutes=30)  # e.g. hospital time excluded (s.41(6))
    assert CustodyClock(start, start, authoritative_expiry=clock.basic_expiry).discrepancy is None


def test_urgency_and_text() -> None:
    start = local("02/06/2026 08:00")
    clock = CustodyClock(start, start)
    assert clock.urgency(start + timedelta(hours=1)) is Urgency.RUNNING
    assert clock.urgency(start + timedelta(hours=19)) is Urgency.SOON
    assert clock.urgency(start + timedelta(hours=23)) is Urgency.CRITICAL
    assert clock.urgency(start + timedelta(hours=24)) is Urgency.EXPIRED
    assert describe_remaining(clock.remaining(start + timedelta(hours=18, minutes=53))) == "5 h 07 min left"
    assert describe_remaining(clock.remaining(start + timedelta(hours=25, minutes=20))) == "expired 1 h 20 min ago"


def test_naive_times_are_refused() -> None:
    with pytest.raises(ClockError, match="time zone"):
        CustodyClock(datetime(2026, 6, 2, 8, 0), datetime(2026, 6, 2, 8, 0, tzinfo=UTC))
