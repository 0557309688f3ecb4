"""`casebridge demo`: one realistic robbery case with people, offences and generated material.

The material is written to `<workspace>/demo/<URN>/`, listed in `<URN>.json` beside that folder, and
imported into the case as exhibits (hashed into the vault, described, with continuity entries) through the
same importer users have: it is given the services (`app.build_services`) as the app and the CLI are. All names,
addresses and numbers are fictitious.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from casebridge.domain.case import CaseStatus, Offence, Person, PersonRole
from casebridge.domain.identifiers import make_asn
from casebridge.jobs import CancelToken, Progress, ProgressUpdate, no_progress

if TYPE_CHECKING:
    from casebridge.app import Services
    from casebridge.evidence.importer import Importer
    from casebridge.workspace import Workspace

DEMO_URN = "62CF0041226"
INCIDENT = datetime(2026, 11, 14, 21, 47, 10)
# Queen Street, Cardiff (fictional incident location)
LATITUDE, LONGITUDE = 51.48175, -3.17504


@dataclass(frozen=True)
class DemoMaterial:
    file: str
    kind: str
    description: str
    producer: str


@dataclass(frozen=True)
class DemoResult:
    urn: str
    material_dir: Path
    material: list[DemoMaterial]


VICTIM_STATEMENT = [
    "I work as a sales assistant at Nisa Local, 112 Queen Street, Cardiff CF10 2GP. On Saturday 14 November "
    "2026 I was working alone on the till from 2pm until closing at 10pm.",
    "At about 9.45pm a man came into the shop. He was white, about 25 years old, around 5 feet 10 inches tall "
    "and of slim build. He wore a dark grey hooded top with the hood up and black tracksuit bottoms with a white "
    "stripe. I had seen him in the shop before and know him as Rhys.",
    "He walked straight to the till, pulled a kitchen knife with a black handle from his waistband and held it "
    'towards me. He said "Open the till or you\'re getting it." I was terrified. I opened the till and he took '
    "the notes, about £340, and pushed me hard in the chest so that I fell back against the cigarette gantry.",
    "He ran out of the shop and turned left towards the castle. I pressed the panic alarm and rang 999 from my "
    "mobile, 07700 900461. My back was bruised and I went to my GP, Dr Patel at the Butetown Health Centre, on "
    "16 November.",
    "The shop has CCTV which covers the till and the door. I showed the footage to PC Evans. I would recognise "
    "the man again.",
]

WITNESS_STATEMENT = [
    "I live at Flat 3, 27 Churchill Way, Cardiff CF10 2HE. On Saturday 14 November 2026 at about 9.45pm I was "
    "walking along Queen Street towards the Nisa shop to buy milk.",
    "As I got near the door a man ran out very fast and nearly knocked into me. He had something shiny in his "
    "right hand which I thought was a knife. He wore a grey hoodie with the hood up. I saw his face for about "
    "two seconds under the shop lights: he had a thin face and a small scar on his left cheek.",
    "He ran towards the castle end of Queen Street. I went into the shop and found the shop assistant crying "
    "behind the counter. I stayed with her until the police came. My phone number is 07700 900118.",
]

OFFICER_STATEMENT = [
    "I am a police constable with South Wales Police, collar number 4312, based at Cardiff Bay police station.",
    "On Saturday 14 November 2026 at 21:52 I was sent to Nisa Local, 112 Queen Street, Cardiff, following a "
    "999 call reporting a robbery. I arrived at 21:58 and spoke to the victim, Ms Amira Khan, who was upset.",
    "At 22:40 I viewed the shop CCTV with the manager and seized a copy of the footage from camera 3 on a USB "
    "drive, which I exhibit as SE/1. I took photographs of the shop counter and the till, which I exhibit as "
    "SE/2 to SE/4.",
    "On Monday 16 November 2026 at 07:15 I arrested Rhys Alun JONES at his home address on suspicion of robbery. "
    'He was cautioned and replied "You\'ve got the wrong man."',
]


def build_demo(
    services: Services,
    *,
    urn: str = DEMO_URN,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
    derivatives: bool = True,
) -> DemoResult:
    """Creates the case and its material. `derivatives=False` skips viewing proxies (faster, for tests)."""
    ws = services.workspace
    cancel = cancel or CancelToken()
    steps = 10
    step = 0

    def advance(message: str) -> None:
        nonlocal step
        cancel.raise_if_cancelled()
        step += 1
        progress(ProgressUpdate(step, steps, message))

    from casebridge.demo import material as make

    advance("Creating the case")
    case = ws.cases.create_case(
        urn,
        title="Robbery at Nisa Local, Queen Street, Cardiff",
        crime_reference="SWP/CF/2611/4471",
        status=CaseStatus.AWAITING_CHARGE,
        summary="Knife-point robbery of a lone shop assistant; about £340 taken. Suspect known to the victim "
        "by first name, identified on CCTV and by a passer-by; arrested 16/11/2026.",
    )
    advance("Adding people")
    defendant = ws.cases.add_person(
        case.urn,
        Person(
            role=PersonRole.SUSPECT,
            surname="Jones",
            forenames="Rhys Alun",
            date_of_birth=date(2000, 3, 17),
            postcode="CF24 3AA",
            pnc_id="2018/0123456P",
            asn=make_asn("26", "62", "CF", "00", 448754),
        ),
    )
    ws.cases.add_person(
        case.urn,
        Person(
            role=PersonRole.VICTIM,
            surname="Khan",
            forenames="Amira",
            date_of_birth=date(1994, 8, 2),
            postcode="CF10 5BT",
        ),
    )
    ws.cases.add_person(
        case.urn,
        Person(
            role=PersonRole.WITNESS,
            surname="Morgan",
            forenames="Gareth Huw",
            date_of_birth=date(1979, 1, 30),
            postcode="CF10 2HE",
        ),
    )
    ws.cases.add_person(
        case.urn,
        Person(
            role=PersonRole.WITNESS,
            surname="Hughes",
            forenames="Bethan",
            date_of_birth=date(1988, 11, 5),
            postcode="CF11 6QX",
        ),
    )
    ws.cases.add_person(
        case.urn, Person(role=PersonRole.OFFICER, surname="Evans", forenames="Sarah", collar_number="4312")
    )
    ws.cases.update_case(case.urn, "officer_in_case", "PC 4312 Sarah EVANS")  # the officer already on the case
    advance("Adding offences")
    incident_day = INCIDENT.date()
    place = "Nisa Local, 112 Queen Street, Cardiff"
    ws.cases.add_offence(
        case.urn,
        Offence(
            cjs_code="TH68023",
            title="",
            date_from=incident_day,
            location=place,
            defendant_id=defendant.id,
            wording="On 14/11/2026 at Cardiff robbed Amira Khan of £340 in money.",
        ),
    )
    ws.cases.add_offence(
        case.urn,
        Offence(
            cjs_code="PC53001",
            title="",
            date_from=incident_day,
            location="Queen Street, Cardiff",
            defendant_id=defendant.id,
            wording="On 14/11/2026 without lawful authority or reasonable excuse had with you in a public place, "
            "Queen Street, Cardiff, an offensive weapon, namely a kitchen knife.",
        ),
    )

    folder = ws.location.root / "demo" / case.urn
    folder.mkdir(parents=True, exist_ok=True)
    items: list[DemoMaterial] = []
    made = datetime(2026, 11, 15, 11, 0)

    advance("Writing statements")
    for file, who, age, job, text, producer in (
        ("MG11_Khan_Amira.pdf", "Amira KHAN", "Over 18", "Sales assistant", VICTIM_STATEMENT, "Amira KHAN"),
        (
            "MG11_Morgan_Gareth.pdf",
            "Gareth Huw MORGAN",
            "Over 18",
            "Chef",
            WITNESS_STATEMENT,
            "Gareth Huw MORGAN",
        ),
        (
            "MG11_PC4312_Evans.pdf",
            "PC 4312 Sarah EVANS",
            "Over 18",
            "Police officer",
            OFFICER_STATEMENT,
            "PC 4312 Sarah EVANS",
        ),
    ):
        make.statement_pdf(
            folder / file, urn=case.urn, witness=who, age=age, occupation=job, paragraphs=text, made_on=made
        )
        # The witness is the producer (MG12 shows the name from the person record), so the description does not
        # repeat the name: correcting a name once corrects every form.
        items.append(DemoMaterial(file, "statement", "Signed witness statement (MG11), scanned", producer))
    advance("Rendering CCTV export")
    make.cctv_clip(folder / "SE-1_CCTV_Cam3_Nisa_QueenSt.avi", start=INCIDENT)
    items.append(
        DemoMaterial(
            "SE-1_CCTV_Cam3_Nisa_QueenSt.avi",
            "cctv",
            "CCTV export, camera 3 (till and door), Nisa Local, 14/11/2026 21:47",
            "Sarah EVANS",
        )
    )
    advance("Rendering 999 call")
    make.emergency_call(folder / "999_call_20261114_2148.wav")
    items.append(
        DemoMaterial(
            "999_call_20261114_2148.wav",
            "999_call",
            "Recording of 999 call from the victim, 14/11/2026 21:48",
            "South Wales Police control room",
        )
    )
    for index, label in enumerate(("Shop counter", "Till drawer", "Door and street"), start=2):
        advance(f"Taking photo SE/{index}")
        name = f"SE-{index}_{label.replace(' ', '_')}.jpg"
        make.scene_photo(
            folder / name,
            taken=datetime(2026, 11, 14, 22, 30 + index),
            latitude=LATITUDE,
            longitude=LONGITUDE,
            label=f"SE/{index} {label}",
            seed=index,
        )
        items.append(DemoMaterial(name, "photo", f"Scene photograph: {label.lower()}", "Sarah EVANS"))
    (folder.parent / f"{case.urn}.json").write_text(
        json.dumps({"urn": case.urn, "items": [item.__dict__ for item in items]}, indent=2), encoding="utf-8"
    )
    advance("Importing the material as exhibits")
    _import_material(ws, services.importer, case.urn, folder, items, derivatives=derivatives, cancel=cancel)
    from casebridge.demo.casefile import fill_case_file

    fill_case_file(
        ws,
        case.urn,
        {
            "khan": "\n\n".join(VICTIM_STATEMENT),
            "morgan": "\n\n".join(WITNESS_STATEMENT),
            "evans": "\n\n".join(OFFICER_STATEMENT),
        },
    )
    return DemoResult(case.urn, folder, items)


def _import_material(
    ws: Workspace,
    importer: Importer,
    urn: str,
    folder: Path,
    items: list[DemoMaterial],
    *,
    derivatives: bool,
    cancel: CancelToken,
) -> None:
    """Officer's exhibits first (CCTV SE/1, photos SE/2-4, the 999 call SE/5), then each witness's statement."""
    from casebridge.evidence.derivatives import make_derivatives

    people = {f"{p.forenames} {p.surname}".upper(): p for p in ws.cases.get_case(urn).people}
    officer = next(p for p in people.values() if p.role is PersonRole.OFFICER)
    rank = {"cctv": 0, "photo": 1, "999_call": 2, "statement": 3}
    order = sorted(items, key=lambda i: rank.get(i.kind, 4))
    for item in order:
        producer = officer
        if item.kind == "statement":
            producer = next((p for name, p in people.items() if name in item.producer.upper()), officer)
        report = importer.import_paths(urn, [folder / item.file], producer=producer.id, cancel=cancel)
        outcome = report.outcomes[0]
        if outcome.exhibit_id is None:
            continue
        ws.exhibits.update(outcome.exhibit_id, "description", item.description)
        if item.kind in ("cctv", "photo"):
            ws.exhibits.update(outcome.exhibit_id, "seized_at", "14/11/2026 22:40")
        if derivatives:
            make_derivatives(ws, report, cancel=cancel)
