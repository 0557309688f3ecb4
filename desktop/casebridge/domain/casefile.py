"""The structured case file beyond the case header: what every MG form, schedule and bundle reads.

Each kind of record is described once, as data: its fields with type, label, limits and choices. The store
validates against these specs, the forms read the validated values, and editors can be built from the same
specs. Person details (witness status, special measures, language, restricted contact details, dates to
avoid, arrest/remand/bail, custody clock) hang off the person; everything else is a case-file item.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from casebridge.domain import identifiers as ids
from casebridge.errors import ValidationError

if TYPE_CHECKING:
    pass


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    type: str  # text longtext date datetime datetimes bool choice choices int money dates_to_avoid list postcode
    choices: tuple[tuple[str, str], ...] = ()
    max_length: int = 500
    restricted: bool = False  # never shown on a disclosable form


def _f(name: str, label: str, type_: str = "text", **kw: Any) -> FieldSpec:
    return FieldSpec(name, label, type_, **kw)


WITNESS_STATUS = (
    ("key", "Key witness"),
    ("vulnerable", "Vulnerable"),
    ("intimidated", "Intimidated"),
    ("police", "Police witness"),
    ("expert", "Expert witness"),
)
SPECIAL_MEASURES = (
    ("screens", "Screens"),
    ("live_link", "Live link"),
    ("video_evidence", "Video-recorded evidence-in-chief"),
    ("pre_recorded_cross", "Pre-recorded cross-examination"),
    ("intermediary", "Intermediary"),
    ("communication_aids", "Communication aids"),
)
LANGUAGE = (("en", "English"), ("cy", "Welsh"), ("both", "Welsh and English"))
VPS = (("not_offered", "Not offered"), ("declined", "Offered and declined"), ("made", "Made"))
AVOID_CODES = (("C", "Course"), ("H", "Holiday"), ("S", "Sickness"), ("W", "Work"), ("O", "Other"))
REMAND = (
    ("custody", "In custody"),
    ("conditional_bail", "Conditional bail"),
    ("unconditional_bail", "Unconditional bail"),
    ("summons", "Summons"),
    ("requisition", "Postal requisition"),
    ("rui", "Released under investigation"),
)
CATEGORY = (("red", "Red (custody)"), ("green_priority", "Green priority"), ("green", "Green"))
FILE_TYPE = (("pre_charge", "Pre-charge"), ("gap", "GAP"), ("ngap", "NGAP"), ("crown", "Crown Court"))
PLEA = (("guilty", "Guilty"), ("not_guilty", "Not guilty"))
OBJECT_CATEGORY = (
    ("vehicle", "Vehicle"),
    ("weapon", "Weapon"),
    ("phone", "Phone or device"),
    ("property", "Stolen or damaged property"),
    ("drugs", "Drugs"),
    ("money", "Cash"),
    ("document", "Document"),
    ("other", "Other"),
)
INTERVIEW_KIND = (
    ("SDN", "Short descriptive note"),
    ("ROTI", "Record of taped interview"),
    ("ROVI", "Record of visually recorded interview"),
)

PERSON_DETAILS: tuple[FieldSpec, ...] = (
    _f("statuses", "Witness status", "choices", choices=WITNESS_STATUS),
    _f("special_measures", "Special measures", "choices", choices=SPECIAL_MEASURES, restricted=True),
    _f("language", "Language preference", "choice", choices=LANGUAGE),
    _f("interpreter", "Interpreter (language)", max_length=60),
    _f("address", "Address", "longtext", max_length=300, restricted=True),
    _f("phone", "Phone", max_length=30, restricted=True),
    _f("email", "Email", max_length=120, restricted=True),
    _f("occupation", "Occupation", max_length=80),
    _f("particular_needs", "Particular needs", "longtext", max_length=1000, restricted=True),
    _f("dates_to_avoid", "Dates to avoid", "dates_to_avoid", restricted=True),
    _f("no_dates_to_avoid", "No dates to avoid", "bool", restricted=True),
    _f("vps", "Victim personal statement", "choice", choices=VPS, restricted=True),
    _f("consent_medical", "Consents to medical records access", "bool", restricted=True),
    _f("consent_share", "Consents to details passing to CJS agencies", "bool", restricted=True),
    # defendants
    _f("arrested_at", "Arrested at", "datetime"),
    _f("arrest_location", "Arrest location", max_length=120),
    _f("remand_status", "Remand status", "choice", choices=REMAND),
    _f("bail_conditions", "Bail conditions", "longtext", max_length=1000),
    _f("first_hearing_court", "First hearing court", max_length=120),
    _f("first_hearing_date", "First hearing date", "date"),
    _f("reply_after_charge", "Reply after charge", "longtext", max_length=2000),
    _f("relevant_time", "PACE relevant time", "datetime"),
    _f("detention_authorised_at", "Detention authorised", "datetime"),
    _f("custody_reviews", "Reviews held", "datetimes"),
    _f("superintendent_extension_at", "Superintendent's extension granted (s.42)", "datetime"),
    _f("superintendent_extension_until", "Superintendent's extension until", "datetime"),
    _f("superintendent_name", "Superintendent authorising", max_length=80),
    _f("warrant_issued_at", "Warrant of further detention issued (s.43)", "datetime"),
    _f("warrant_until", "Warrant authorises detention until", "datetime"),
    _f("warrant_court", "Court issuing the warrant", max_length=120),
    _f("warrant_extended_at", "Warrant extended (s.44)", "datetime"),
    _f("warrant_extended_until", "Warrant extended until", "datetime"),
    _f("custody_expiry", "Custody expiry (from the custody record)", "datetime"),
    _f("custody_record", "Custody record number", max_length=40),
)

ITEM_KINDS: dict[str, tuple[str, tuple[FieldSpec, ...]]] = {
    "statement": (
        "Witness statement",
        (
            _f("taken_on", "Date taken", "date"),
            _f("signed_on", "Date signed", "date"),
            _f("text", "Statement", "longtext", max_length=200_000),
            _f("exhibits", "Exhibits referred to", "list"),
            _f("signed_copy", "Signed copy (exhibit)", max_length=40),
            _f("is_vps", "Victim personal statement", "bool"),
        ),
    ),
    "interview": (
        "Interview",
        (
            _f("held_at", "Held at", "datetime"),
            _f("format", "Record", "choice", choices=INTERVIEW_KIND),
            _f("summary", "Summary", "longtext", max_length=50_000),
            _f("recording", "Recording exhibit", max_length=40),
        ),
    ),
    # POLE: the places, things and events of the case, typed once and drawn on by the MG5 and the bundle.
    "location": (
        "Location",
        (
            _f("name", "Name", max_length=120),
            _f("address", "Address", "longtext", max_length=300),
            _f("postcode", "Postcode", "postcode"),
            _f("coordinates", "Grid reference or latitude, longitude", max_length=60),
            _f("description", "Description", "longtext", max_length=2000),
            _f("sensitive", "Sensitive (a home, refuge or observation post): keep off disclosable forms", "bool"),
        ),
    ),
    "object": (
        "Object (vehicle, weapon, device, property)",
        (
            _f("category", "Category", "choice", choices=OBJECT_CATEGORY),
            _f("description", "Description", "longtext", max_length=2000),
            _f("identifier", "Identifier (VRM, IMEI, serial number)", max_length=60),
            _f("exhibit", "Exhibit reference", max_length=40),
            _f("value", "Value (£)", "money"),
        ),
    ),
    "event": (
        "Event (timeline)",
        (
            _f("occurred_at", "When", "datetime"),
            _f("location", "Where (a location's name)", max_length=120),
            _f("description", "What happened", "longtext", max_length=4000),
            _f("source", "Source (statement, CCTV exhibit, log)", max_length=120),
        ),
    ),
    "mg6c": (
        "Non-sensitive unused material (MG6C)",
        (
            _f("description", "Description", "longtext", max_length=2000),
            _f("location", "Location", max_length=200),
            _f("edited_exhibit", "Edited copy (exhibit)", max_length=40),
            _f(
                "prosecutor_view",
                "Prosecutor",
                "choice",
                choices=(("D", "Disclose"), ("CND", "Clearly not disclosable"), ("I", "Inspect")),
            ),
        ),
    ),
    "mg6d": (
        "Sensitive material (MG6D)",
        (
            _f("description", "Description", "longtext", max_length=2000),
            _f("reason", "Reason for sensitivity", "longtext", max_length=2000),
            _f(
                "prosecutor_view",
                "Prosecutor",
                "choice",
                choices=(("agree", "Agrees sensitive"), ("pii", "PII application")),
            ),
        ),
    ),
    "mg6e": (
        "Disclosure officer's report entry (MG6E)",
        (
            _f("schedule", "Schedule", "choice", choices=(("MG6C", "MG6C"), ("MG6D", "MG6D"))),
            _f("item_number", "Item number", "int"),
            _f("reason", "Why it may undermine the prosecution or assist the defence", "longtext", max_length=4000),
        ),
    ),
    "mg6b": (
        "Officer misconduct record (MG6B)",
        (_f("details", "Conviction, caution, finding or misconduct outcome", "longtext", max_length=4000),),
    ),
    "action": (
        "Outstanding action",
        (
            _f("text", "Action", "longtext", max_length=2000),
            _f("target_date", "Target date", "date"),
            _f("done", "Done", "bool"),
        ),
    ),
    "enquiry": (
        "Line of enquiry",
        (
            _f("text", "Line of enquiry", "longtext", max_length=2000),
            _f("points_away", "Points away from the suspect", "bool"),
            _f("pursued", "Pursued", "bool"),
            _f("reason_not_pursued", "Reason not pursued", "longtext", max_length=2000),
        ),
    ),
    "outstanding": (
        "Outstanding evidence",
        (_f("text", "Evidence", "longtext", max_length=2000), _f("target_date", "Target date", "date")),
    ),
    "compensation": (
        "Compensation claim (MG19)",
        (
            _f("amount", "Amount claimed (£)", "money"),
            _f("details", "Loss, damage or injury", "longtext", max_length=4000),
            _f("doctor", "Treating doctor/dentist (section C)", "longtext", max_length=500),
            _f("received", "MG19 received from the victim", "bool"),
        ),
    ),
    "tic": (
        "Offence taken into consideration (MG18)",
        (
            _f("cjs_code", "CJS code", max_length=8),
            _f("description", "Offence", "longtext", max_length=1000),
            _f("committed_on", "Date", "date"),
            _f("admitted", "Admitted and consents", "bool"),
        ),
    ),
    "charging": (
        "Charging request (MG3)",
        (
            _f("category", "Category", "choice", choices=CATEGORY),
            _f("file_type", "File type", "choice", choices=FILE_TYPE),
            _f("anticipated_plea", "Anticipated plea", "choice", choices=PLEA),
            _f("proposed_charges", "Proposed charges", "longtext", max_length=4000),
            _f("suspect_account", "Suspect's account", "longtext", max_length=20_000),
            _f("defence_case", "Understanding of the defence case", "longtext", max_length=20_000),
            _f("victim_views", "Victim's views", "longtext", max_length=4000),
            _f("time_limits", "Applicable time limits", "longtext", max_length=1000),
            _f("digital_keywords", "Digital search: keywords", "longtext", max_length=2000),
            _f("digital_dates", "Digital search: date ranges", "longtext", max_length=1000),
            _f("digital_criteria", "Digital search: criteria and reasons", "longtext", max_length=4000),
        ),
    ),
    "mg5": (
        "Case summary (MG5)",
        (
            _f("headline", "Headline summary", "longtext", max_length=4000),
            _f("chronology", "Chronology of events", "longtext", max_length=40_000),
            _f("key_witnesses", "What the key witnesses say", "longtext", max_length=40_000),
            _f("interview_summary", "Interview summary", "longtext", max_length=20_000),
            _f("compensation", "Section 9: compensation", "longtext", max_length=4000),
            _f("certified_by", "Section 12: certified by (supervisor)", max_length=120),
            _f("certified_on", "Certified on", "date"),
        ),
    ),
    "mg6": (
        "Case file information (MG6)",
        (
            _f("witness_issues", "Witness issues", "longtext", max_length=20_000),
            _f("sensitive_information", "Information left out of the MG5", "longtext", max_length=20_000),
            _f("charging_rationale", "Rationale for a police charging decision", "longtext", max_length=4000),
            _f("other", "Other information for the prosecutor", "longtext", max_length=20_000),
            _f("mg6c_nil", "MG6C: nil return certified", "bool"),
            _f("mg6d_nil", "MG6D: nil return certified", "bool"),
            _f("mg6e_nil", "MG6E: nothing undermines or assists (nil return)", "bool"),
        ),
    ),
}
SINGLETONS = frozenset({"charging", "mg5", "mg6"})
NUMBERED = frozenset({"mg6c", "mg6d"})


def specs_for(kind: str) -> dict[str, FieldSpec]:
    if kind == "person":
        return {f.name: f for f in PERSON_DETAILS}
    if kind not in ITEM_KINDS:
        raise ValidationError("kind", f"'{kind}' is not a kind of case-file record.")
    return {f.name: f for f in ITEM_KINDS[kind][1]}


def _date(name: str, label: str, value: object) -> str:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return ""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        return ids.parse_uk_date(text).isoformat()
    except (ValidationError, ValueError):
        raise ValidationError(name, f"{label}: '{text}' is not a date (dd/mm/yyyy).") from None


def _datetime(name: str, label: str, value: object) -> str:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValidationError(name, f"{label} needs a time zone.")
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return ""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        try:
            moment = datetime.strptime(" ".join(text.split()), "%d/%m/%Y %H:%M")
        except ValueError:
            raise ValidationError(name, f"{label}: '{text}' is not a date and time (dd/mm/yyyy hh:mm).") from None
    if moment.tzinfo is None:
        from casebridge.domain.custody import ClockError, from_uk_local

        try:
            moment = from_uk_local(moment)
        except ClockError as exc:
            raise ValidationError(name, f"{label}: {exc}.") from None
    return moment.isoformat()


def validate_value(spec: FieldSpec, value: object) -> object:
    """One field's value in canonical JSON form, or ValidationError naming the field."""
    name, label = spec.name, spec.label
    if spec.type in ("text", "longtext"):
        text = "" if value is None else str(value).strip()
        if len(text) > spec.max_length:
            raise ValidationError(name, f"{label} is limited to {spec.max_length:,} characters.")
        return text
    if spec.type == "date":
        return _date(name, label, value)
    if spec.type == "postcode":
        text = "" if value is None else str(value).strip()
        try:
            return ids.normalise_postcode(text) if text else ""
        except ValidationError:
            raise ValidationError(name, f"{label}: '{text}' is not a UK postcode (e.g. CF10 3NP).") from None
    if spec.type == "datetime":
        return _datetime(name, label, value)
    if spec.type == "bool":
        if isinstance(value, str):
            lowered = value.strip().lower()
            if lowered in {"", "none"}:
                return None
            if lowered not in {"yes", "no", "true", "false", "y", "n"}:
                raise ValidationError(name, f"{label}: answer yes or no.")
            return lowered in {"yes", "true", "y"}
        return None if value is None else bool(value)
    if spec.type == "choice":
        text = "" if value is None else str(value).strip()
        allowed = {code for code, _label in spec.choices}
        if text and text not in allowed:
            raise ValidationError(name, f"{label}: '{text}' is not one of {', '.join(sorted(allowed))}.")
        return text
    if spec.type == "choices":
        items = value.split(",") if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
        chosen = [str(v).strip() for v in items if str(v).strip()]
        allowed = {code for code, _label in spec.choices}
        wrong = [v for v in chosen if v not in allowed]
        if wrong:
            raise ValidationError(name, f"{label}: '{wrong[0]}' is not one of {', '.join(sorted(allowed))}.")
        return sorted(set(chosen), key=[c for c, _l in spec.choices].index)
    if spec.type == "list":
        items = value.split(",") if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
        return [str(v).strip() for v in items if str(v).strip()]
    if spec.type == "datetimes":
        items = value.split(",") if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
        return sorted(_datetime(name, label, v) for v in items if str(v).strip())
    if spec.type == "int":
        try:
            return int(str(value).strip()) if str(value).strip() else None
        except ValueError:
            raise ValidationError(name, f"{label}: '{value}' is not a whole number.") from None
    if spec.type == "money":
        text = str(value or "").strip().lstrip("£").replace(",", "")
        if not text:
            return ""
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise ValidationError(name, f"{label}: '{value}' is not an amount of money.") from None
        if amount < 0:
            raise ValidationError(name, f"{label} cannot be negative.")
        return f"{amount.quantize(Decimal('0.01'))}"
    if spec.type == "dates_to_avoid":
        entries = list(value or [])  # type: ignore[call-overload]
        result = []
        codes = {code for code, _label in AVOID_CODES}
        for entry in entries:
            start = _date(name, label, entry.get("from", ""))
            end = _date(name, label, entry.get("to", "") or start)
            code = str(entry.get("code", "O")).strip().upper()
            reason = str(entry.get("reason", "")).strip()
            if not start:
                raise ValidationError(name, f"{label}: each entry needs a first date.")
            if end < start:
                raise ValidationError(name, f"{label}: {end} is before {start}.")
            if code not in codes:
                raise ValidationError(name, f"{label}: reason code '{code}' is not one of {', '.join(sorted(codes))}.")
            if code in {"O", "C"} and not reason:
                raise ValidationError(name, f"{label}: code {code} needs details.")
            result.append({"from": start, "to": end, "code": code, "reason": reason})
        return sorted(result, key=lambda e: e["from"])
    raise ValidationError(name, f"{label}: unknown field type {spec.type}.")


def validate_fields(kind: str, values: dict[str, Any]) -> dict[str, Any]:
    specs = specs_for(kind)
    unknown = set(values) - set(specs)
    if unknown:
        raise ValidationError(sorted(unknown)[0], f"'{sorted(unknown)[0]}' is not a field of {kind}.")
    return {name: validate_value(specs[name], value) for name, value in values.items()}


@dataclass
class CaseFileItem:
    id: int
    kind: str
    data: dict[str, Any]
    person_id: int | None = None
    number: int | None = None
    submission_no: int | None = None
    deleted: bool = False

    def get(self, name: str, default: Any = "") -> Any:
        value = self.data.get(name)
        return default if value in (None, "", []) else value


@dataclass
class Submission:
    number: int
    file_type: str
    created_at: str


@dataclass
class CaseFileData:
    """Everything beyond the case header that the forms need, as validated values."""

    person_details: dict[int, dict[str, Any]] = field(default_factory=dict)
    items: list[CaseFileItem] = field(default_factory=list)
    submissions: list[Submission] = field(default_factory=list)

    def of(self, kind: str, *, include_deleted: bool = False) -> list[CaseFileItem]:
        chosen = [i for i in self.items if i.kind == kind and (include_deleted or not i.deleted)]
        return sorted(chosen, key=lambda i: (i.number or 0, i.id))

    def section(self, kind: str) -> CaseFileItem:
        found = self.of(kind)
        return found[0] if found else CaseFileItem(id=0, kind=kind, data={})

    def details(self, person_id: int | None) -> dict[str, Any]:
        return self.person_details.get(person_id or -1, {})
