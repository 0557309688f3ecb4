"""Both sides in one loop, two workspaces and one hub: police submit; the CPS reviewer downloads and verifies,
accepts the items and asks for one missing statement; police see the request, add the statement and resubmit;
only the new file travels; the reviewer sees it marked as answering the request and nothing asked for twice."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pymupdf
import pytest

from casebridge.app import build_services
from casebridge.demo.builder import DEMO_URN, build_demo
from casebridge.errors import CasebridgeError
from casebridge.exchange.hubclient import HubRefused
from casebridge.exchange.review import (
    download_submission,
    fetch_feedback,
    inbox,
    review_feedback,
    send_feedback,
)
from tests.exchange.conftest import workstation
from tests.fixtures.hub import HubProcess

# A URN no other test uses, so the shared hub's earlier submissions and feedback on the demo URN stay out of it.
URN = "62CF0099926"


def _statement(path: Path) -> Path:
    document = pymupdf.open()
    page = document.new_page()
    page.insert_text((72, 90), "MG11 Witness statement — Bethan HUGHES, shop manager", fontsize=12)
    page.insert_text((72, 120), "I am the manager of the Nisa Local, Queen Street, Cardiff.", fontsize=11)
    document.save(path)
    return path


def test_request_answer_resubmit_and_nothing_is_asked_for_twice(
    tmp_path: Path, hub: HubProcess, keyring_file: Path
) -> None:
    police = workstation(tmp_path / "police", hub)
    cps = workstation(tmp_path / "cps", hub, "cps-wales")
    try:
        build_demo(build_services(police), urn=URN, derivatives=False)
        first = build_services(police).exchange.send(build_services(police).exchange.queue(URN).id)
        references = {e.reference for e in police.exhibits.for_case(URN)}

        # --- CPS: the inbox, download and verify, review every item, ask for one statement
        with build_services(cps).hub_client() as reviewer:
            listed = inbox(reviewer)
            row = next(r for r in listed if r.submission_id == first.id)
            assert row.title.startswith("Robbery at Nisa Local")
            assert row.custody_expiry is not None
            assert row.review_state == "new"
            got = download_submission(cps, reviewer, first.id)
            assert got.created
            assert set(got.added) == references
            for exhibit in cps.exhibits.for_case(URN):
                assert hashlib.sha256(cps.vault.path(exhibit.sha256).read_bytes()).hexdigest() == exhibit.sha256
                assert exhibit.facts["received_in"] == first.id
                cps.review.set_item(URN, exhibit.reference, exhibit.sha256, "accepted")
            send_feedback(cps, reviewer, review_feedback(cps, URN, first.id))
            request = send_feedback(
                cps,
                reviewer,
                {
                    "kind": "request",
                    "urn": URN,
                    "submission_id": first.id,
                    "summary": "Everything sent is accepted; one statement is missing.",
                    "requests": [
                        {
                            "id": "R1",
                            "type": "mg11_statement",
                            "description": "Statement from the shop manager about the till",
                            "witness": "Bethan HUGHES",
                            "target_date": "2026-12-01",
                        }
                    ],
                },
            )
            assert next(r for r in inbox(reviewer) if r.submission_id == first.id).review_state == "needs_action"
            with pytest.raises(CasebridgeError, match="not valid"):
                send_feedback(cps, reviewer, {"kind": "decision", "urn": URN})

        # --- Police: the feedback arrives, signature checked, the request becomes an action
        with build_services(police).hub_client() as officer:
            new = fetch_feedback(police, officer)
            assert len(new) == 2
            assert fetch_feedback(police, officer) == []  # kept once
        actions = police.review.open_actions(URN)
        assert [(a.key, a.kind) for a in actions] == [("R1", "request")]
        assert "Bethan HUGHES" in actions[0].text
        build_services(police).importer.import_paths(
            URN, [_statement(tmp_path / "mg11-hughes.pdf")], producer="Bethan Hughes"
        )
        added = next(e for e in police.exhibits.for_case(URN) if e.original_name == "mg11-hughes.pdf")
        police.review.answer(URN, str(request.feedback["id"]), "R1", [added.reference])
        second = build_services(police).exchange.send(build_services(police).exchange.queue(URN).id)
        assert second.manifest["answers"] == [
            {"feedback": request.feedback["id"], "request": "R1", "exhibits": [added.reference]}
        ]
        sent = {i.label for i in second.items if i.state == "sent"}
        assert sent == {added.reference}  # only the new file was uploaded
        assert {i.state for i in second.items if i.label != added.reference} == {"held"}
        assert police.review.open_actions(URN) == []  # the answer went with the submission

        # --- CPS: the resubmission answers the request; the rest is known from the first submission
        with build_services(cps).hub_client() as reviewer:
            row = next(r for r in inbox(reviewer) if r.submission_id == second.id)
            assert row.answers == 1
            items = {i.reference: i for i in reviewer.items(second.id)}
            assert items[added.reference].answers == ["R1"]
            assert items[added.reference].first_received is None
            assert items[added.reference].status == "received"
            for reference in references:
                assert items[reference].first_received == first.id  # "already received in …": not re-requested
            again = download_submission(cps, reviewer, second.id)
            assert again.added == [added.reference]
            assert again.files == 1
            assert not again.created
    finally:
        police.close()
        cps.close()


def test_reviewers_see_only_their_area_and_police_only_their_force(
    tmp_path: Path, hub: HubProcess, keyring_file: Path
) -> None:
    police = workstation(tmp_path / "police", hub)
    london = workstation(tmp_path / "london", hub, "cps-london")
    gwent = workstation(tmp_path / "gwent", hub, "pc-gwent")
    try:
        build_demo(build_services(police), derivatives=False)
        first = build_services(police).exchange.send(build_services(police).exchange.queue(DEMO_URN).id)
        with build_services(london).hub_client() as reviewer:
            assert first.id not in {r.submission_id for r in inbox(reviewer)}
            with pytest.raises(HubRefused) as refused:
                reviewer.items(first.id)
            assert refused.value.status == 403
            with pytest.raises(HubRefused) as refused:
                reviewer.post_feedback(DEMO_URN, {"kind": "rejection", "urn": DEMO_URN, "reasons": ["x"]})
            assert refused.value.status == 403
        with build_services(gwent).hub_client() as officer:
            assert all(f.feedback["urn"][:2] == "63" for f in officer.feedback())
            with pytest.raises(HubRefused) as refused:
                officer.feedback(DEMO_URN)
            assert refused.value.status == 403
            with pytest.raises(HubRefused) as refused:
                officer.post_feedback("63CF0041226", {"kind": "rejection", "urn": "63CF0041226", "reasons": ["x"]})
            assert refused.value.status == 403
    finally:
        police.close()
        london.close()
        gwent.close()


def test_the_loop_from_the_command_line(tmp_path: Path, hub: HubProcess, keyring_file: Path) -> None:
    import json
    import subprocess
    import sys

    from tests.fixtures.hub import client_env

    police = workstation(tmp_path / "police", hub)
    cps = workstation(tmp_path / "cps", hub, "cps-wales")
    build_demo(build_services(police), derivatives=False)
    first = build_services(police).exchange.send(build_services(police).exchange.queue(DEMO_URN).id)
    police.close()
    cps.close()

    def run(root: str, *args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "casebridge", *args, "--workspace", str(tmp_path / root)],
            env=client_env(keyring_file),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    listed = json.loads(run("cps", "inbox", "--json"))
    assert first.id in [row["submission_id"] for row in listed]
    assert "created from submission" in run("cps", "inbox", "--open", first.id)
    assert "accepted" in run("cps", "review", "item", DEMO_URN, "SE/1", "--status", "accepted")
    assert "review feedback" in run("cps", "feedback", "send", DEMO_URN, "--submission", first.id)
    request = tmp_path / "request.json"
    request.write_text(
        json.dumps(
            {
                "kind": "request",
                "requests": [
                    {"id": "R9", "type": "cctv", "description": "CCTV from the bus stop", "location": "Queen St"}
                ],
            }
        )
    )
    assert "request feedback" in run("cps", "feedback", "send", DEMO_URN, "--file", str(request))
    listing = run("police", "feedback", "list", DEMO_URN)
    assert "NEW" in listing
    assert "[open] R9: CCTV: CCTV from the bus stop — Queen St" in listing
    feedback_id = next(
        f["id"]
        for f in json.loads(run("police", "feedback", "list", DEMO_URN, "--json"))
        if any(a["key"] == "R9" for a in f["actions"])
    )
    assert "answered by SE/1" in run("police", "feedback", "answer", DEMO_URN, feedback_id, "R9", "--exhibit", "SE/1")
