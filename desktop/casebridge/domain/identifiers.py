"""Validation and formatting of the identifiers that travel between police, CPS and courts.

Formats follow the MoJ Bichard 7 validation rules (see DOMAIN.md section 3). Each validator returns the
canonical form or raises `ValidationError` naming the problem; `check_*` helpers return a warning string for
rules that only warn (the PNC ID check letter, whose algorithm is not confirmed).
"""

from __future__ import annotations

import re
from collections.abc import Container
from datetime import date

from casebridge.errors import ValidationError

CHECK_ALPHABET = "ZABCDEFGHJKLMNPQRTUVWXY"  # 23 letters: no I, O or S

URN_RE = re.compile(r"^[0-9]{2}[A-Z0-9]{2}[0-9]{5}[0-9]{2}$")
ASN_RE = re.compile(r"^[0-9]{2}[A-Z0-9]{6,7}[0-9]{11}[A-HJ-NP-RT-Z]$")
PNC_ID_RE = re.compile(r"^([0-9]{4})/([0-9]{7})([A-HJ-NP-RT-Z])$")
CRO_RE = re.compile(r"^([0-9]{1,6})/([0-9]{2})([A-HJ-NP-RT-Z])$")
EXHIBIT_RE = re.compile(r"^[A-Z]{1,4}(?:/[0-9]{1,4}){1,3}$")
OFFENCE_CODE_RE = re.compile(r"^[A-Z]{2}[0-9]{2}[0-9]{3}[A-Z]?$")
# UK postcode (Royal Mail shapes: no Q/V/X first, no I/J/Z second), plus GIR 0AA.
POSTCODE_RE = re.compile(
    r"^(GIR ?0AA|[A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRVWXY]?) ?[0-9][ABD-HJLNP-UW-Z]{2})$"
)


def _clean(value: str) -> str:
    return "".join(value.split()).upper()


def normalise_urn(value: str, known_forces: Container[str]) -> str:
    """An 11-character URN: force code (must be known) + unit + 5-digit serial + 2-digit year."""
    urn = _clean(value)
    if len(urn) != 11:
        raise ValidationError("urn", f"A URN has 11 characters; '{value.strip()}' has {len(urn)}.")
    if not URN_RE.match(urn):
        raise ValidationError(
            "urn",
            f"'{urn}' is not a URN: expected 2-digit force code, 2-character unit, 5-digit serial "
            "and 2-digit year (e.g. 01ZD0300108).",
        )
    force = urn[:2]
    if force not in known_forces:
        raise ValidationError("urn", f"URN {urn}: {force} is not a known police force code.")
    return urn


def asn_check_character(year: str, force: str, system: str, sequence: int) -> str:
    """Bichard's ASN check: force + system (numeric parts, leading zeros dropped) + year + 11-digit serial, mod 23."""
    parts = [str(int(p)) if p.isdigit() else "" for p in (force, system)]
    number = int(f"{parts[0]}{parts[1]}{year}{sequence:011d}")
    return CHECK_ALPHABET[number % 23]


def normalise_asn(value: str) -> str:
    """A 20/21-character Arrest/Summons Number in its long form, check character verified."""
    asn = _clean(value).replace("/", "")
    if not ASN_RE.match(asn):
        raise ValidationError(
            "asn", f"'{value.strip()}' is not an ASN: expected e.g. 2401ZD0100000448754E (20 characters)."
        )
    # Short PNC display form pads the sequence; long form: YY FF UU SS + 11 digits + check.
    body, check = asn[:-1], asn[-1]
    year, force, unit_system, sequence = body[:2], body[2:4], body[4:-11], int(body[-11:])
    system = unit_system[-2:]
    expected = asn_check_character(year, force, system, sequence)
    if check != expected:
        raise ValidationError("asn", f"ASN {asn}: check character should be {expected}, not {check}.")
    return asn


def make_asn(year: str, force: str, unit: str, system: str, sequence: int) -> str:
    """Build a valid long-form ASN (used by the demo and tests)."""
    return f"{year}{force}{unit}{system}{sequence:011d}{asn_check_character(year, force, system, sequence)}"


def format_asn_pnc(asn: str) -> str:
    """PNC display form `YY/FFUU/SS/<serial without leading zeros><check>`."""
    body, check = asn[:-1], asn[-1]
    return f"{body[:2]}/{body[2:6]}/{body[6:-11]}/{int(body[-11:])}{check}"


def pnc_check_letter(year: str, serial: str) -> str:
    return CHECK_ALPHABET[int(f"{year[-2:]}{serial}") % 23]


def normalise_pnc_id(value: str) -> tuple[str, str | None]:
    """Returns (PNC ID, warning or None). The format must match; a doubtful check letter only warns."""
    pnc = _clean(value)
    match = PNC_ID_RE.match(pnc)
    if not match:
        raise ValidationError(
            "pnc_id", f"'{value.strip()}' is not a PNC ID: expected YYYY/NNNNNNNC, e.g. 2000/0448754K."
        )
    year, serial, check = match.groups()
    candidates = {CHECK_ALPHABET[int(f"{year}{serial}") % 23], pnc_check_letter(year, serial)}
    warning = None
    if check not in candidates:
        warning = f"PNC ID {pnc}: the check letter {check} looks wrong (expected {' or '.join(sorted(candidates))})."
    return pnc, warning


def normalise_cro(value: str) -> str:
    cro = _clean(value)
    if not CRO_RE.match(cro):
        raise ValidationError(
            "cro", f"'{value.strip()}' is not a CRO number: expected serial/YY + letter, e.g. 12345/99A."
        )
    return cro


def normalise_postcode(value: str) -> str:
    """A UK postcode in canonical form: outward code, one space, inward code."""
    compact = _clean(value)
    if not POSTCODE_RE.match(compact):
        raise ValidationError("postcode", f"'{value.strip()}' is not a UK postcode (e.g. CF10 3NP).")
    return f"{compact[:-3]} {compact[-3:]}"


def normalise_offence_code(value: str) -> str:
    code = _clean(value)
    if not OFFENCE_CODE_RE.match(code):
        raise ValidationError("offence", f"'{value.strip()}' is not a CJS offence code (e.g. TH68010).")
    return code


def normalise_exhibit_reference(value: str) -> str:
    """`AP/1`, `AEP/001`, sub-exhibits `AP/1/1`; stored with '/' and displayed as typed (upper case)."""
    ref = re.sub(r"\s*/\s*", "/", value.strip().upper())
    if not EXHIBIT_RE.match(ref):
        raise ValidationError(
            "exhibit",
            f"'{value.strip()}' is not an exhibit reference: producer's initials, '/', number (e.g. AP/1).",
        )
    return ref


def exhibit_slug(reference: str) -> str:
    """File-safe form of an exhibit reference ('/' is illegal in Windows file names): AP/1/1 -> AP_1-1."""
    initials, *numbers = reference.split("/")
    return f"{initials}_{'-'.join(numbers)}"


def validate_date_of_birth(value: date, today: date) -> date:
    if value > today:
        raise ValidationError("date_of_birth", f"A date of birth cannot be in the future ({value:%d/%m/%Y}).")
    if value.year < today.year - 120:
        raise ValidationError("date_of_birth", f"A date of birth of {value:%d/%m/%Y} is more than 120 years ago.")
    return value


def parse_uk_date(text: str) -> date:
    """Accepts dd/mm/yyyy (UK order) or ISO yyyy-mm-dd."""
    text = text.strip()
    for pattern, order in ((r"^(\d{1,2})/(\d{1,2})/(\d{4})$", "dmy"), (r"^(\d{4})-(\d{2})-(\d{2})$", "ymd")):
        match = re.match(pattern, text)
        if match:
            a, b, c = (int(g) for g in match.groups())
            try:
                return date(c, b, a) if order == "dmy" else date(a, b, c)
            except ValueError:
                break
    raise ValidationError("date", f"'{text}' is not a date: use dd/mm/yyyy, e.g. 24/11/2026.")
