"""Every MG form built from the one case model. No form stores anything: change a fact once and every form
that shows it changes.

`catalogue(view)` lists the forms the case can produce (one MG11 per statement, one MG15 per interview, one
MG19 per claim...), each with a key; `build(view, key, audience)` builds one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from casebridge.domain.case import PersonRole
from casebridge.domain.casefile import ITEM_KINDS, CaseFileItem, specs_for
from casebridge.domain.custody import custody_clock
from casebridge.domain.view import CaseFileView, full_name, uk_date, yes_no
from casebridge.errors import NotFoundError
from casebridge.forms.document import OFFICIAL, OFFICIAL_SENSITIVE, Audience, Block, FormDocument


@dataclass(frozen=True)
class FormSpec:
    code: str
    title: str
    disclosable: bool
    marking: str
    per: str = ""  # "" = one per case; otherwise the case-file kind it is made per ("statement", ...)


FORMS: dict[str, FormSpec] = {
    spec.code: spec
    for spec in (
        FormSpec("MG1", "File front sheet", True, OFFICIAL),
        FormSpec("MG3", "Report to Crown Prosecutor for charging decision", False, OFFICIAL_SENSITIVE),
        FormSpec("MG3A", "Further report to Crown Prosecutor for charging decision", False, OFFICIAL_SENSITIVE),
        FormSpec("MG4", "Charge(s)", True, OFFICIAL),
        FormSpec("MG5", "Police report (case summary)", True, OFFICIAL),
        FormSpec("MG6", "Case file evidence and information", False, OFFICIAL_SENSITIVE),
        FormSpec("MG6B", "Police officer/staff misconduct record", False, OFFICIAL_SENSITIVE),
        FormSpec("MG6C", "Schedule of relevant non-sensitive unused material", True, OFFICIAL),
        FormSpec("MG6D", "Schedule of relevant sensitive material", False, OFFICIAL_SENSITIVE),
        FormSpec("MG6E", "Disclosure officer's report", False, OFFICIAL_SENSITIVE),
        FormSpec("MG9", "Witness list", False, OFFICIAL_SENSITIVE),
        FormSpec("MG10", "Witness non-availability", False, OFFICIAL_SENSITIVE),
        FormSpec("MG11", "Witness statement", True, OFFICIAL, per="statement"),
        FormSpec("MG11B", "Witness statement: restricted back page", False, OFFICIAL_SENSITIVE, per="statement"),
        FormSpec("MG12", "Exhibit list", True, OFFICIAL),
        FormSpec("MG15", "Record of interview", True, OFFICIAL, per="interview"),
        FormSpec("MG18", "Offences taken into consideration", True, OFFICIAL),
        FormSpec("MG19", "Compensation claim", True, OFFICIAL, per="compensation"),
        FormSpec("MG20", "Further evidence/information report", False, OFFICIAL_SENSITIVE),
    )
}


def catalogue(view: CaseFileView) -> list[str]:
    """Keys of every form this case can produce, in Manual of Guidance order."""
    keys = []
    for code, spec in FORMS.items():
        if not spec.per:
            keys.append(code)
        else:
            keys += [f"{code}:{item.id}" for item in view.file.of(spec.per)]
    return keys


def build(view: CaseFileView, key: str, audience: Audience = Audience.POLICE) -> FormDocument:
    code, _, item_id = key.partition(":")
    code = code.upper()
    spec = FORMS.get(code)
    if spec is None:
        raise NotFoundError(f"There is no form {code}; forms are {', '.join(FORMS)}.")
    item: CaseFileItem | None = None
    if spec.per:
        items = view.file.of(spec.per)
        if not items:
            raise NotFoundError(f"Case {view.case.urn} has no {ITEM_KINDS[spec.per][0].lower()} for an {code}.")
        if item_id:
            item = next((i for i in items if str(i.id) == item_id), None)
            if item is None:
                raise NotFoundError(f"Case {view.case.urn} has no {spec.per} {item_id}.")
        else:
            item = items[0]
    doc = FormDocument(
        code=code,
        title=spec.title,
        urn=view.case.urn,
        disclosable=spec.disclosable,
        marking=spec.marking,
        key=f"{code}:{item.id}" if item else code,
    )
    _BUILDERS[code](view, doc, item, audience)
    for block in doc.blocks:
        block.paragraphs = [view.expand(p) for p in block.paragraphs]
        block.rows = [(label, view.expand(value or "")) for label, value in block.rows]
        block.table = [[view.expand(cell or "") for cell in row] for row in block.table]
    return doc


# ----------------------------------------------------------------------------------------------------------
def _header_rows(view: CaseFileView) -> list[tuple[str, str]]:
    case = view.case
    return [("URN", case.urn), ("Officer in case", case.officer_in_case), ("Crime reference", case.crime_reference)]


def _mg1(view: CaseFileView, doc: FormDocument, _item: CaseFileItem | None, _a: Audience) -> None:
    charging = view.file.section("charging")
    doc.blocks.append(
        Block(
            "Case",
            rows=[
                *_header_rows(view),
                ("File type", _choice("charging", "file_type", charging.get("file_type"))),
                ("Anticipated plea", _choice("charging", "anticipated_plea", charging.get("anticipated_plea"))),
            ],
        )
    )
    for person in view.defendants:
        d = view.details(person)
        offences = [o for o in view.case.offences if o.defendant_id == person.id]
        doc.blocks.append(
            Block(
                f"Defendant: {full_name(person)}",
                rows=[
                    ("Date of birth", uk_date(person.date_of_birth)),
                    ("PNC ID", person.pnc_id),
                    ("ASN", person.asn),
                    ("Remand status", view.label("remand_status", d.get("remand_status", ""))),
                    ("First hearing", f"{d.get('first_hearing_court', '')} {uk_date(d.get('first_hearing_date'))}"),
                    ("Charges", "; ".join(f"{o.title} ({o.cjs_code})" for o in offences)),
                ],
            )
        )


def _mg3(view: CaseFileView, doc: FormDocument, _item: CaseFileItem | None, _a: Audience) -> None:
    charging = view.file.section("charging")
    summary = view.file.section("mg5")
    doc.blocks.append(
        Block(
            "Referral",
            rows=[
                *_header_rows(view),
                ("Category", _choice("charging", "category", charging.get("category"))),
                ("Anticipated plea", _choice("charging", "anticipated_plea", charging.get("anticipated_plea"))),
            ],
        )
    )
    for person in view.defendants:
        d = view.details(person)
        rows = [
            ("Date of birth", uk_date(person.date_of_birth)),
            ("Arrested", f"{uk_date(d.get('arrested_at'))} {d.get('arrest_location', '')}".strip()),
            ("Bail/remand", view.label("remand_status", d.get("remand_status", ""))),
            ("Interpreter", d.get("interpreter", "") or "None needed"),
        ]
        clock = custody_clock(d)
        if clock is not None:
            source = "custody record" if clock.authoritative_expiry is not None else "computed from the entries"
            rows.append(("PACE clock expires", f"{uk_date(clock.expiry.isoformat())} ({source})"))
            for ext in clock.extensions:
                by = f", {ext.authorised_by}" if ext.authorised_by else ""
                rows.append((f"Extension: {ext.kind}", f"until {uk_date(ext.until.isoformat())}{by}"))
        doc.blocks.append(Block(f"Suspect: {full_name(person)}", rows=rows))
    doc.blocks.append(Block("Case summary", paragraphs=_paras(summary.get("headline") or view.case.summary)))
    doc.blocks.append(Block("Suspect's account", paragraphs=_paras(charging.get("suspect_account"))))
    doc.blocks.append(Block("Understanding of the defence case", paragraphs=_paras(charging.get("defence_case"))))
    doc.blocks.append(Block("Proposed charges", paragraphs=_paras(charging.get("proposed_charges"))))
    enquiries = view.file.of("enquiry")
    doc.blocks.append(
        Block(
            "Reasonable lines of enquiry",
            columns=["Line of enquiry", "Points away from suspect", "Pursued", "Reason not pursued"],
            table=[
                [
                    e.get("text"),
                    yes_no(e.data.get("points_away")),
                    yes_no(e.data.get("pursued")),
                    e.get("reason_not_pursued"),
                ]
                for e in enquiries
            ],
            empty_text="No lines of enquiry recorded.",
        )
    )
    doc.blocks.append(
        Block(
            "Digital material: search parameters",
            rows=[
                ("Keywords", charging.get("digital_keywords")),
                ("Date ranges", charging.get("digital_dates")),
                ("Criteria and reasons", charging.get("digital_criteria")),
            ],
        )
    )
    doc.blocks.append(
        Block(
            "Outstanding evidence",
            columns=["Evidence", "Target date"],
            table=[[o.get("text"), uk_date(o.get("target_date"))] for o in view.file.of("outstanding")],
            empty_text="None outstanding.",
        )
    )
    doc.blocks.append(
        Block(
            "Victim and time limits",
            rows=[("Victim's views", charging.get("victim_views")), ("Time limits", charging.get("time_limits"))],
        )
    )
    if doc.code == "MG3A":
        actions = view.file.of("action")
        doc.blocks.append(
            Block(
                "Action plan: response",
                columns=["Action", "Target date", "Done"],
                table=[[a.get("text"), uk_date(a.get("target_date")), yes_no(a.data.get("done"))] for a in actions],
                empty_text="No actions set.",
            )
        )


def _mg4(view: CaseFileView, doc: FormDocument, _item: CaseFileItem | None, _a: Audience) -> None:
    for person in view.defendants:
        d = view.details(person)
        offences = [o for o in view.case.offences if o.defendant_id == person.id]
        doc.blocks.append(
            Block(
                f"Charged: {full_name(person)}",
                rows=[("Date of birth", uk_date(person.date_of_birth)), ("ASN", person.asn)],
                columns=["Offence", "CJS code", "Wording"],
                table=[[o.title, o.cjs_code, o.wording] for o in offences],
                empty_text="No offences charged.",
            )
        )
        doc.blocks.append(
            Block(
                "Reply and bail",
                rows=[
                    ("Reply after charge", d.get("reply_after_charge", "")),
                    ("Bail/remand", view.label("remand_status", d.get("remand_status", ""))),
                    ("Conditions", d.get("bail_conditions", "")),
                    ("First hearing", f"{d.get('first_hearing_court', '')} {uk_date(d.get('first_hearing_date'))}"),
                ],
            )
        )


def _mg5(view: CaseFileView, doc: FormDocument, _item: CaseFileItem | None, _a: Audience) -> None:
    mg5 = view.file.section("mg5")
    charging = view.file.section("charging")
    doc.blocks.append(
        Block(
            "Case",
            rows=[
                ("URN", view.case.urn),
                ("Defendant(s)", "; ".join(full_name(p) for p in view.defendants)),
                ("Anticipated plea", _choice("charging", "anticipated_plea", charging.get("anticipated_plea"))),
            ],
        )
    )
    for name, heading in (
        ("headline", "Headline summary"),
        ("chronology", "Chronology of events"),
        ("key_witnesses", "What the key witnesses say"),
        ("interview_summary", "Interview summary"),
        ("compensation", "Section 9: compensation"),
    ):
        doc.blocks.append(Block(heading, paragraphs=_paras(mg5.get(name))))
        if name == "chronology":
            doc.blocks.extend(_pole_blocks(view))
    doc.blocks.append(
        Block(
            "Section 12: supervisor's certificate",
            rows=[("Certified by", mg5.get("certified_by")), ("Date", uk_date(mg5.get("certified_on")))],
        )
    )


def _pole_blocks(view: CaseFileView) -> list[Block]:
    """The timeline, places and things recorded once as POLE records; a sensitive place shows its name only."""
    blocks = []
    events = sorted(view.file.of("event"), key=lambda e: str(e.get("occurred_at")))
    if events:
        blocks.append(
            Block(
                "Timeline",
                columns=["When", "Where", "What happened", "Who", "Source"],
                table=[
                    [
                        uk_date(e.get("occurred_at")),
                        e.get("location"),
                        e.get("description"),
                        view.name(e.person_id),
                        e.get("source"),
                    ]
                    for e in events
                ],
            )
        )
    places = view.file.of("location")
    if places:
        rows = []
        for place in places:
            withheld = place.data.get("sensitive") is True
            address = (
                "Withheld (sensitive)"
                if withheld
                else " ".join(str(part) for part in (place.get("address"), place.get("postcode")) if part)
            )
            rows.append([place.get("name"), address, place.get("description")])
        blocks.append(Block("Places", columns=["Name", "Address", "Description"], table=rows))
    things = view.file.of("object")
    if things:
        blocks.append(
            Block(
                "Vehicles, weapons and property",
                columns=["Category", "Description", "Identifier", "Exhibit", "Owner / user", "Value"],
                table=[
                    [
                        _choice("object", "category", t.get("category")),
                        t.get("description"),
                        t.get("identifier"),
                        t.get("exhibit"),
                        view.name(t.person_id),
                        f"£{t.get('value')}" if t.get("value") else "",
                    ]
                    for t in things
                ],
            )
        )
    return blocks


def _mg6(view: CaseFileView, doc: FormDocument, _item: CaseFileItem | None, _a: Audience) -> None:
    mg6 = view.file.section("mg6")
    doc.blocks.append(Block("Case", rows=_header_rows(view)))
    for name, heading in (
        ("witness_issues", "Witness issues"),
        ("sensitive_information", "Information omitted from the MG5"),
        ("charging_rationale", "Rationale for the police charging decision"),
        ("other", "Other information"),
    ):
        doc.blocks.append(Block(heading, paragraphs=_paras(mg6.get(name))))
    missing = [
        full_name(p)
        for p in view.with_role(PersonRole.VICTIM)
        if not any(c.person_id == p.id and c.data.get("received") for c in view.file.of("compensation"))
    ]
    if missing:
        doc.blocks.append(Block("Compensation claimants without an MG19 (restricted)", paragraphs=[", ".join(missing)]))


def _mg6b(view: CaseFileView, doc: FormDocument, _item: CaseFileItem | None, _a: Audience) -> None:
    doc.blocks.append(
        Block(
            "Officers and staff",
            columns=["Name", "Details"],
            table=[[view.name(r.person_id), r.get("details")] for r in view.file.of("mg6b")],
            empty_text="No entries (no negative return is needed).",
        )
    )


def _schedule(kind: str) -> Callable[[CaseFileView, FormDocument, CaseFileItem | None, Audience], None]:
    def builder(view: CaseFileView, doc: FormDocument, _item: CaseFileItem | None, _a: Audience) -> None:
        rows = []
        for entry in view.file.of(kind, include_deleted=True):
            if entry.deleted and entry.submission_no is None:
                continue  # never sent: nothing to keep the number for on a schedule
            description = entry.get("description")
            if entry.person_id is not None and view.name(entry.person_id):
                description = f"{description} ({view.name(entry.person_id)})"
            if entry.deleted:
                description = f"{description} [withdrawn]"
            if kind == "mg6c":
                edited = entry.get("edited_exhibit")
                if edited:
                    copy = view.exhibit(str(edited))
                    verified = copy is not None and copy.facts.get("verified") is True
                    description = f"{description} (edited copy: {edited}{', redaction verified' if verified else ''})"
                rows.append([str(entry.number), description, entry.get("location"), entry.get("prosecutor_view")])
            else:
                rows.append([str(entry.number), description, entry.get("reason"), entry.get("prosecutor_view")])
        columns = (
            ["No.", "Description", "Location", "Prosecutor"]
            if kind == "mg6c"
            else ["No.", "Description", "Reason for sensitivity", "Prosecutor"]
        )
        doc.blocks.append(Block("Case", rows=_header_rows(view)))
        doc.blocks.append(
            Block(
                "Items",
                columns=columns,
                table=rows,
                empty_text="Nil return: the disclosure officer has found no such material.",
            )
        )

    return builder


def _mg6e(view: CaseFileView, doc: FormDocument, _item: CaseFileItem | None, _a: Audience) -> None:
    doc.blocks.append(Block("Case", rows=_header_rows(view)))
    doc.blocks.append(
        Block(
            "Material that may undermine the prosecution or assist the defence",
            columns=["Schedule", "Item", "Reason"],
            table=[[e.get("schedule"), str(e.get("item_number")), e.get("reason")] for e in view.file.of("mg6e")],
            empty_text="None identified.",
        )
    )


def _mg9(view: CaseFileView, doc: FormDocument, _item: CaseFileItem | None, _a: Audience) -> None:
    rows = []
    for person in view.witnesses:
        d = view.details(person)
        measures = ", ".join(view.label("special_measures", m) for m in d.get("special_measures", []))
        contact = "; ".join(v for v in (d.get("address", ""), d.get("phone", ""), d.get("email", "")) if v)
        rows.append(
            [
                full_name(person),
                ", ".join(view.statuses(person)),
                uk_date(person.date_of_birth),
                contact,
                measures,
                view.label("language", d.get("language", "")),
            ]
        )
    doc.blocks.append(Block("Case", rows=_header_rows(view)))
    doc.blocks.append(
        Block(
            "Witnesses",
            columns=["Name", "Status", "Date of birth", "Contact (restricted)", "Special measures", "Language"],
            table=rows,
            empty_text="No witnesses recorded.",
        )
    )


def _mg10(view: CaseFileView, doc: FormDocument, _item: CaseFileItem | None, _a: Audience) -> None:
    rows = []
    for person in view.witnesses:
        d = view.details(person)
        entries = d.get("dates_to_avoid", [])
        if not entries:
            rows.append([full_name(person), "None" if d.get("no_dates_to_avoid") else "Not yet obtained", "", ""])
        for entry in entries:
            span = uk_date(entry["from"]) + ("" if entry["to"] == entry["from"] else f" – {uk_date(entry['to'])}")
            rows.append([full_name(person), span, entry["code"], entry.get("reason", "")])
    doc.blocks.append(Block("Case", rows=_header_rows(view)))
    doc.blocks.append(
        Block(
            "Dates to avoid (only 'unavailable' may be revealed outside)",
            columns=["Witness", "Dates", "Code", "Reason"],
            table=rows,
        )
    )


def _mg11(view: CaseFileView, doc: FormDocument, item: CaseFileItem | None, _a: Audience) -> None:
    assert item is not None
    person = view.person(item.person_id)
    doc.subject = full_name(person) if person else ""
    d = view.details(person)
    doc.blocks.append(
        Block(
            "Statement of",
            rows=[
                ("Name", doc.subject),
                ("Age", "Over 18" if person and person.date_of_birth else ""),
                ("Occupation", d.get("occupation", "")),
                ("Date", uk_date(item.get("taken_on"))),
            ],
        )
    )
    doc.blocks.append(
        Block(
            paragraphs=[
                "This statement is true to the best of my knowledge and belief and I make it knowing that, if it "
                "is tendered in evidence, I shall be liable to prosecution if I have wilfully stated in it "
                "anything which I know to be false, or do not believe to be true. (CJA 1967 s.9; MCA 1980 "
                "ss.5A(3)(a) and 5B; CPR r.16.2)"
            ]
        )
    )
    doc.blocks.append(Block("Evidence", paragraphs=_paras(item.get("text"))))
    signed = uk_date(item.get("signed_on"))
    doc.blocks.append(
        Block(
            rows=[
                ("Signed", f"{doc.subject} (signature on the original)" if signed else "NOT SIGNED"),
                ("Signed on", signed),
            ]
        )
    )
    if doc.code == "MG11B":
        doc.blocks = doc.blocks[:1]
        doc.blocks.append(
            Block(
                "Witness details (restricted: never served)",
                rows=[
                    ("Address", d.get("address", "")),
                    ("Phone", d.get("phone", "")),
                    ("Email", d.get("email", "")),
                    ("Dates to avoid", _avoid_text(d)),
                    ("Consents to medical records", yes_no(d.get("consent_medical"))),
                    ("Particular needs", d.get("particular_needs", "")),
                    (
                        "Special measures",
                        ", ".join(view.label("special_measures", m) for m in d.get("special_measures", [])),
                    ),
                    ("Victim personal statement", view.label("vps", d.get("vps", "")) or "Not recorded"),
                    ("Consents to details passing to CJS agencies", yes_no(d.get("consent_share"))),
                ],
            )
        )


def _mg12(view: CaseFileView, doc: FormDocument, _item: CaseFileItem | None, _a: Audience) -> None:
    doc.blocks.append(Block("Case", rows=_header_rows(view)))
    doc.blocks.append(
        Block(
            "Exhibits",
            columns=["Reference", "Description", "Produced by", "Seized/received", "SHA-256 (first 16)"],
            table=[
                [
                    e.reference,
                    e.display_description,
                    view.name(e.producer_id) or e.producer_name,
                    uk_date(e.seized_at.isoformat()) if e.seized_at else "",
                    e.sha256[:16],
                ]
                for e in view.exhibits
            ],
            empty_text="No exhibits.",
        )
    )


def _mg15(view: CaseFileView, doc: FormDocument, item: CaseFileItem | None, _a: Audience) -> None:
    assert item is not None
    doc.subject = view.name(item.person_id)
    doc.blocks.append(
        Block(
            "Interview",
            rows=[
                ("Person interviewed", doc.subject),
                ("Held at", uk_date(item.get("held_at"))),
                ("Record", _choice("interview", "format", item.get("format"))),
                ("Recording exhibit", item.get("recording")),
            ],
        )
    )
    doc.blocks.append(Block("Record", paragraphs=_paras(item.get("summary"))))


def _mg18(view: CaseFileView, doc: FormDocument, _item: CaseFileItem | None, _a: Audience) -> None:
    doc.blocks.append(Block("Case", rows=_header_rows(view)))
    doc.blocks.append(
        Block(
            "Offences to be taken into consideration",
            columns=["Offence", "CJS code", "Date", "Admitted and consents"],
            table=[
                [
                    t.get("description"),
                    t.get("cjs_code"),
                    uk_date(t.get("committed_on")),
                    yes_no(t.data.get("admitted")),
                ]
                for t in view.file.of("tic")
            ],
            empty_text="None.",
        )
    )


def _mg19(view: CaseFileView, doc: FormDocument, item: CaseFileItem | None, audience: Audience) -> None:
    assert item is not None
    person = view.person(item.person_id)
    doc.subject = full_name(person) if person else ""
    address = view.details(person).get("address", "")
    if audience is not Audience.POLICE:
        address = "[Edited: the victim's address is kept by the police]"
        doc.note = "Edited copy: the victim's address has been removed (police keep the original)."
    doc.blocks.append(
        Block(
            "Claimant",
            rows=[("Name", doc.subject), ("Address", address), ("MG19 received", yes_no(item.data.get("received")))],
        )
    )
    doc.blocks.append(
        Block(
            "Claim",
            rows=[
                ("Amount claimed", f"£{item.get('amount')}" if item.get("amount") else ""),
                ("Loss, damage or injury", item.get("details")),
                ("Section C: treating doctor/dentist", item.get("doctor")),
            ],
        )
    )


def _mg20(view: CaseFileView, doc: FormDocument, _item: CaseFileItem | None, _a: Audience) -> None:
    last = view.file.submissions[-1].number if view.file.submissions else 0
    new_items = [i for i in view.file.items if i.kind in ("mg6c", "mg6d") and i.submission_no is None and not i.deleted]
    doc.blocks.append(Block("Case", rows=[*_header_rows(view), ("Previous submissions", str(last))]))
    doc.blocks.append(
        Block(
            "Attached",
            columns=["Item", "Description"],
            table=[[f"{i.kind.upper()} {i.number}", i.get("description")] for i in new_items]
            + [
                [a.get("text"), f"Action plan, target {uk_date(a.get('target_date'))}"]
                for a in view.file.of("action")
                if a.data.get("done")
            ],
            empty_text="Nothing new since the last submission.",
        )
    )


def _choice(kind: str, name: str, code: object) -> str:
    spec = specs_for(kind).get(name)
    return dict(spec.choices).get(str(code), str(code or "")) if spec else str(code or "")


def _paras(text: object) -> list[str]:
    return [p.strip() for p in str(text or "").split("\n\n") if p.strip()] or ["—"]


def _avoid_text(details: dict[str, Any]) -> str:
    entries: list[dict[str, str]] = details.get("dates_to_avoid") or []
    if not entries:
        return "None" if details.get("no_dates_to_avoid") else "Not yet obtained"
    return "; ".join(f"{uk_date(e['from'])}–{uk_date(e['to'])} ({e['code']})" for e in entries)


_BUILDERS: dict[str, Callable[[CaseFileView, FormDocument, CaseFileItem | None, Audience], None]] = {
    "MG1": _mg1,
    "MG3": _mg3,
    "MG3A": _mg3,
    "MG4": _mg4,
    "MG5": _mg5,
    "MG6": _mg6,
    "MG6B": _mg6b,
    "MG6C": _schedule("mg6c"),
    "MG6D": _schedule("mg6d"),
    "MG6E": _mg6e,
    "MG9": _mg9,
    "MG10": _mg10,
    "MG11": _mg11,
    "MG11B": _mg11,
    "MG12": _mg12,
    "MG15": _mg15,
    "MG18": _mg18,
    "MG19": _mg19,
    "MG20": _mg20,
}

__all__ = ["FORMS", "build", "catalogue"]
