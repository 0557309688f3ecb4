from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casebridge.domain import identifiers as ids
from casebridge.errors import ValidationError

FORCES = {"01", "62", "13"}


class TestUrn:
    def test_valid_urn_is_normalised(self) -> None:
        assert ids.normalise_urn(" 01zd0300108 ", FORCES) == "01ZD0300108"

    def test_spaces_inside_are_ignored(self) -> None:
        assert ids.normalise_urn("01 ZD 03001 08", FORCES) == "01ZD0300108"

    def test_unknown_force_is_named(self) -> None:
        with pytest.raises(ValidationError, match="99 is not a known police force code"):
            ids.normalise_urn("99ZZ1234567", FORCES)

    @pytest.mark.parametrize("bad", ["01ZD030010", "01ZD03001088", "01ZDX300108", "A1ZD0300108", "01Z!0300108"])
    def test_bad_shapes_rejected(self, bad: str) -> None:
        with pytest.raises(ValidationError) as err:
            ids.normalise_urn(bad, FORCES)
        assert err.value.field == "urn"

    @given(
        force=st.sampled_from(sorted(FORCES)),
        unit=st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=2, max_size=2),
        serial=st.integers(0, 99999),
        year=st.integers(0, 99),
    )
    def test_every_well_formed_urn_round_trips(self, force: str, unit: str, serial: int, year: int) -> None:
        urn = f"{force}{unit}{serial:05d}{year:02d}"
        assert ids.normalise_urn(urn.lower(), FORCES) == urn


class TestAsn:
    @given(
        year=st.integers(0, 99).map(lambda y: f"{y:02d}"),
        force=st.sampled_from(["01", "62", "13", "48"]),
        unit=st.text("ABCDEFGHJKLMNPQRTUVWXYZ0123456789", min_size=2, max_size=2),
        system=st.integers(0, 99).map(lambda s: f"{s:02d}"),
        sequence=st.integers(0, 10**11 - 1),
    )
    def test_generated_asn_validates_and_any_other_check_fails(
        self, year: str, force: str, unit: str, system: str, sequence: int
    ) -> None:
        asn = ids.make_asn(year, force, unit, system, sequence)
        assert len(asn) == 20
        assert ids.normalise_asn(asn) == asn
        wrong = next(c for c in ids.CHECK_ALPHABET if c != asn[-1])
        with pytest.raises(ValidationError, match="check character"):
            ids.normalise_asn(asn[:-1] + wrong)

    def test_check_is_mod_23_of_force_system_year_sequence(self) -> None:
        # force 01 -> "1", system 00 -> "0", year 26, sequence 448754 padded to 11 digits
        number = int("10" + "26" + "00000448754")
        assert ids.asn_check_character("26", "01", "00", 448754) == ids.CHECK_ALPHABET[number % 23]

    def test_pnc_display_form(self) -> None:
        asn = ids.make_asn("26", "62", "CF", "00", 448754)
        assert ids.format_asn_pnc(asn) == f"26/62CF/00/448754{asn[-1]}"

    def test_slashes_and_case_are_tolerated(self) -> None:
        asn = ids.make_asn("26", "62", "CF", "00", 448754)
        assert ids.normalise_asn(f"{asn[:2]}/{asn[2:6]}/{asn[6:8]}/{asn[8:]}".lower()) == asn

    @pytest.mark.parametrize("bad", ["", "2662CF00448754F", "2662CF0000000448754I", "XX62CF0000000448754F"])
    def test_bad_shapes(self, bad: str) -> None:
        with pytest.raises(ValidationError):
            ids.normalise_asn(bad)


class TestPncAndCro:
    def test_pnc_format_and_check_warning(self) -> None:
        year, serial = "2000", "0448754"
        good = ids.pnc_check_letter(year, serial)
        assert ids.normalise_pnc_id(f"{year}/{serial}{good}") == (f"{year}/{serial}{good}", None)
        wrong = next(c for c in "ABCDEFGHJK" if c not in {good, ids.CHECK_ALPHABET[int(year + serial) % 23]})
        value, warning = ids.normalise_pnc_id(f"{year}/{serial}{wrong}")
        assert value.endswith(wrong)
        assert warning is not None
        assert "check letter" in warning

    @pytest.mark.parametrize("bad", ["2000/448754K", "00/0448754K", "2000/0448754I", "2000-0448754K"])
    def test_pnc_bad_format_is_an_error(self, bad: str) -> None:
        with pytest.raises(ValidationError):
            ids.normalise_pnc_id(bad)

    def test_cro(self) -> None:
        assert ids.normalise_cro("12345/99a") == "12345/99A"
        with pytest.raises(ValidationError):
            ids.normalise_cro("1234567/99A")


class TestPostcode:
    @pytest.mark.parametrize(
        ("raw", "canonical"),
        [
            ("cf103np", "CF10 3NP"),
            ("SW1A 1AA", "SW1A 1AA"),
            ("m1 1ae", "M1 1AE"),
            ("EC1A1BB", "EC1A 1BB"),
            ("B33 8TH", "B33 8TH"),
            ("gir0aa", "GIR 0AA"),
        ],
    )
    def test_valid(self, raw: str, canonical: str) -> None:
        assert ids.normalise_postcode(raw) == canonical

    @pytest.mark.parametrize("bad", ["CF10", "12345", "CF10 3NPX", "Q1 1AA", "CF10 3CI"])
    def test_invalid(self, bad: str) -> None:
        with pytest.raises(ValidationError):
            ids.normalise_postcode(bad)

    @given(
        area=st.sampled_from(["CF", "SW", "M", "B", "LS", "NP"]),
        district=st.integers(1, 99),
        sector=st.integers(0, 9),
        unit=st.text("ABDEFGHJLNPQRSTUWXYZ", min_size=2, max_size=2),
    )
    def test_generated_postcodes_normalise_idempotently(self, area: str, district: int, sector: int, unit: str) -> None:
        once = ids.normalise_postcode(f"{area}{district}{sector}{unit}".lower())
        assert once == ids.normalise_postcode(once)
        assert once == f"{area}{district} {sector}{unit}"


class TestExhibitReferences:
    @pytest.mark.parametrize(
        ("raw", "canonical", "slug"),
        [("ap/1", "AP/1", "AP_1"), ("AEP/001", "AEP/001", "AEP_001"), ("AP / 1 / 1", "AP/1/1", "AP_1-1")],
    )
    def test_reference_and_slug(self, raw: str, canonical: str, slug: str) -> None:
        ref = ids.normalise_exhibit_reference(raw)
        assert ref == canonical
        assert ids.exhibit_slug(ref) == slug

    @pytest.mark.parametrize("bad", ["AP", "AP/", "/1", "A P/1", "AP/1/1/1/1", "12/1"])
    def test_invalid(self, bad: str) -> None:
        with pytest.raises(ValidationError):
            ids.normalise_exhibit_reference(bad)

    @given(
        initials=st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=4),
        numbers=st.lists(st.integers(1, 9999), min_size=1, max_size=3),
    )
    def test_slug_is_file_safe_and_unique(self, initials: str, numbers: list[int]) -> None:
        ref = ids.normalise_exhibit_reference("/".join([initials, *map(str, numbers)]))
        slug = ids.exhibit_slug(ref)
        assert not set(slug) & set('/\\:*?"<>|')
        assert slug.split("_", 1)[0] == initials


class TestDates:
    def test_uk_and_iso(self) -> None:
        assert ids.parse_uk_date("17/3/2000") == date(2000, 3, 17)
        assert ids.parse_uk_date("2000-03-17") == date(2000, 3, 17)

    @pytest.mark.parametrize("bad", ["31/02/2000", "2000/03/17", "17-03-2000", "yesterday"])
    def test_bad_dates(self, bad: str) -> None:
        with pytest.raises(ValidationError):
            ids.parse_uk_date(bad)

    def test_date_of_birth_limits(self) -> None:
        today = date(2026, 11, 24)
        with pytest.raises(ValidationError, match="future"):
            ids.validate_date_of_birth(date(2027, 1, 1), today)
        with pytest.raises(ValidationError, match="120 years"):
            ids.validate_date_of_birth(date(1900, 1, 1), today)
        assert ids.validate_date_of_birth(date(2000, 3, 17), today) == date(2000, 3, 17)

    def test_offence_code(self) -> None:
        assert ids.normalise_offence_code("th68010a") == "TH68010A"
        with pytest.raises(ValidationError):
            ids.normalise_offence_code("TH6801")
