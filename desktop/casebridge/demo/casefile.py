"""The demo case's structured case file: what the officer would type once for every MG form to draw on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from casebridge.domain.case import PersonRole

if TYPE_CHECKING:
    from casebridge.workspace import Workspace


def fill_case_file(ws: Workspace, urn: str, statements: dict[str, str]) -> None:
    """`statements` maps a person's surname to the text of their statement."""
    case = ws.cases.get_case(urn)
    by_surname = {p.surname.lower(): p for p in case.people}
    suspect = next(p for p in case.people if p.role is PersonRole.SUSPECT)
    victim, morgan, hughes, evans = (by_surname[n] for n in ("khan", "morgan", "hughes", "evans"))
    for name, value in _facts(
        ("arrested_at", "2026-11-16T07:15"),
        ("arrest_location", "Home address, Splott, Cardiff"),
        ("relevant_time", "2026-11-16T07:52"),
        ("detention_authorised_at", "2026-11-16T08:05"),
        ("custody_reviews", ["2026-11-16T13:40"]),
        ("custody_expiry", "2026-11-17T07:52"),
        ("custody_record", "CB/62/16112026/0117"),
        ("remand_status", "custody"),
        ("first_hearing_court", "Cardiff Magistrates' Court"),
        ("first_hearing_date", "2026-11-17"),
        ("language", "en"),
    ):
        ws.casefile.set_person_detail(suspect.id or 0, name, value)
    for name, value in _facts(
        ("statuses", ["key", "vulnerable"]),
        ("special_measures", ["screens"]),
        ("language", "both"),
        ("address", "14 Ninian Park Road, Cardiff CF10 5BT"),
        ("phone", "07700 900461"),
        ("occupation", "Sales assistant"),
        ("dates_to_avoid", [{"from": "2026-12-21", "to": "2027-01-02", "code": "H", "reason": "Family visit"}]),
        ("vps", "made"),
        ("consent_medical", True),
        ("consent_share", True),
        ("particular_needs", "Anxious about seeing the suspect; asked for screens."),
    ):
        ws.casefile.set_person_detail(victim.id or 0, name, value)
    for name, value in _facts(
        ("statuses", ["key"]),
        ("language", "en"),
        ("address", "Flat 3, 27 Churchill Way, Cardiff CF10 2HE"),
        ("phone", "07700 900118"),
        ("occupation", "Chef"),
        ("no_dates_to_avoid", True),
        ("consent_share", True),
    ):
        ws.casefile.set_person_detail(morgan.id or 0, name, value)
    for name, value in _facts(
        ("statuses", []),
        ("language", "cy"),
        ("occupation", "Shop manager"),
        ("phone", "029 2018 0000"),
    ):
        ws.casefile.set_person_detail(hughes.id or 0, name, value)
    for name, value in (("statuses", ["police"]), ("occupation", "Police constable"), ("no_dates_to_avoid", True)):
        ws.casefile.set_person_detail(evans.id or 0, name, value)

    add = ws.casefile.add_item
    signed = {
        e.producer_id: e.reference
        for e in ws.exhibits.for_case(urn)
        if e.description.startswith("Signed witness statement") and e.parent_id is None
    }
    for person, taken, exhibits in (
        (victim, "2026-11-14", []),
        (morgan, "2026-11-15", []),
        (evans, "2026-11-15", ["SE/1", "SE/2", "SE/3", "SE/4"]),
    ):
        add(
            urn,
            "statement",
            {
                "taken_on": taken,
                "signed_on": taken,
                "text": statements[person.surname.lower()],
                "exhibits": exhibits,
                "signed_copy": signed.get(person.id, ""),
            },
            person_id=person.id,
        )
    add(
        urn,
        "interview",
        {
            "held_at": "2026-11-16T11:20",
            "format": "ROTI",
            "summary": "Interviewed under caution with his solicitor present. Denied being in Queen Street that "
            "evening; said he was at home with his girlfriend, whom he declined to name. Shown stills from the CCTV, "
            'he said "That\'s not me." No comment to questions about the scar on his left cheek.',
            "recording": "SE/6",
        },
        person_id=suspect.id,
    )
    for name, address, postcode, description, sensitive in (
        ("Nisa Local, Queen Street", "112 Queen Street, Cardiff", "CF10 2GP", "Convenience store; scene.", False),
        ("Cardiff Castle approach", "Castle Street, Cardiff", "CF10 3RB", "Route taken after the robbery.", False),
        ("Suspect's home", "Splott, Cardiff", "CF24 2EE", "Place of arrest; searched under s.32 PACE.", True),
    ):
        add(
            urn,
            "location",
            {
                "name": name,
                "address": address,
                "postcode": postcode,
                "description": description,
                "sensitive": sensitive,
            },
        )
    for when, where, what, who, source in (
        ("2026-11-14T21:45", "Nisa Local, Queen Street", "A man enters the shop.", None, "CCTV SE/1"),
        (
            "2026-11-14T21:46",
            "Nisa Local, Queen Street",
            "Knife produced; till opened; victim pushed.",
            victim,
            "Statement of the victim",
        ),
        (
            "2026-11-14T21:47",
            "Cardiff Castle approach",
            "The man leaves towards the castle.",
            morgan,
            "Statement of the witness",
        ),
        ("2026-11-16T07:15", "Suspect's home", "Suspect arrested.", suspect, "PNB of PC 4312 Evans"),
    ):
        add(
            urn,
            "event",
            {"occurred_at": when, "location": where, "description": what, "source": source},
            person_id=who.id if who else None,
        )
    add(
        urn,
        "object",
        {"category": "weapon", "description": "Kitchen knife, black handle, about 20 cm blade", "exhibit": ""},
        person_id=suspect.id,
    )
    add(urn, "object", {"category": "money", "description": "Cash from the till", "value": "340"}, person_id=victim.id)
    ws.casefile.section(urn, "charging")
    charging = ws.casefile.section(urn, "charging").id
    for name, value in _facts(
        ("category", "red"),
        ("file_type", "ngap"),
        ("anticipated_plea", "not_guilty"),
        (
            "proposed_charges",
            "Robbery (Theft Act 1968 s.8); having a bladed article in a public place (CJA 1988 s.139).",
        ),
        ("suspect_account", "Denies presence; alibi at home with an unnamed girlfriend."),
        ("defence_case", "Identification is disputed; an alibi is asserted but not particularised."),
        ("victim_views", "Wants the suspect kept away from the shop; supports prosecution."),
        ("time_limits", "Either-way and indictable offences: no time limit to charge."),
        ("digital_keywords", '"Nisa", "till", "knife", "Queen St"'),
        ("digital_dates", "14/11/2026 18:00 – 15/11/2026 02:00"),
        (
            "digital_criteria",
            "Suspect's phone: location data and messages in the window above only; proportionate to the alibi.",
        ),
    ):
        ws.casefile.update_item(charging, name, value)
    mg5 = ws.casefile.section(urn, "mg5").id
    for name, value in _facts(
        (
            "headline",
            "A lone shop assistant was threatened with a kitchen knife and about £340 was taken from the till.",
        ),
        (
            "chronology",
            "21:45 the suspect enters Nisa Local, Queen Street.\n\n21:46 he produces a knife and demands the till is "
            "opened; the victim complies and is pushed into the gantry.\n\n21:47 he leaves towards the castle, "
            f"passing Mr {{surname:{morgan.id}}} at the door.\n\n16/11/2026 07:15 arrested at home.",
        ),
        (
            "key_witnesses",
            f"Ms {{surname:{victim.id}}} knows the suspect by sight as 'Rhys'. Mr {{surname:{morgan.id}}} saw a "
            "thin face with a small scar on the left cheek.",
        ),
        ("interview_summary", "Denied being present; said the man on the CCTV is not him."),
        ("compensation", "The victim claims £340 cash taken (MG19 received)."),
    ):
        ws.casefile.update_item(mg5, name, value)
    mg6 = ws.casefile.section(urn, "mg6").id
    ws.casefile.update_item(mg6, "witness_issues", "Ms Khan is anxious about facing the suspect: screens requested.")
    for text, points_away, pursued, reason in (
        ("House-to-house in Queen Street for further witnesses", False, True, ""),
        ("Trace the suspect's girlfriend to test the alibi", True, True, ""),
        ("Forensic examination of the till drawer", False, False, "Drawer wiped by staff before police arrived."),
    ):
        add(
            urn, "enquiry", {"text": text, "points_away": points_away, "pursued": pursued, "reason_not_pursued": reason}
        )
    add(urn, "outstanding", {"text": "Cell-site analysis of the suspect's phone", "target_date": "2026-12-04"})
    add(
        urn,
        "action",
        {"text": "Obtain a statement from Bethan Hughes (store manager) about the CCTV", "target_date": "2026-11-20"},
    )
    for description, location in (
        ("Incident log SWP-20261114-1187 (call handling and dispatch times)", "SWP control room"),
        ("Pocket notebook of PC 4312 Evans, pages 31-34", "Cardiff Bay station"),
        (
            "House-to-house enquiry forms, Queen Street, 15/11/2026 (12 forms, no witnesses found)",
            "Cardiff Bay station",
        ),
    ):
        add(urn, "mg6c", {"description": description, "location": location})
    add(
        urn,
        "mg6c",
        {"description": "First description of the suspect given at the scene", "location": "PNB of PC 4312, p.32"},
        person_id=morgan.id,
    )
    mg6_id = ws.casefile.section(urn, "mg6").id
    ws.casefile.update_item(mg6_id, "mg6e_nil", True)
    add(
        urn,
        "mg6d",
        {
            "description": "Intelligence log entry 8841",
            "reason": "Reveals a source of information",
            "prosecutor_view": "agree",
        },
    )
    add(
        urn,
        "compensation",
        {
            "amount": "340",
            "details": "Cash taken from the till (her employer's money); bruising to her back.",
            "doctor": "Dr Patel, Butetown Health Centre",
            "received": True,
        },
        person_id=victim.id,
    )


def _facts(*pairs: tuple[str, object]) -> tuple[tuple[str, object], ...]:
    return pairs
