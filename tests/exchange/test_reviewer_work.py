"""A CPS reviewer's My work (issue 24, part 1): the hub's inbox — submissions no reviewer has opened, custody first —
and the received cases whose items are not all reviewed; from `casebridge work` and the same list the window's
landing view shows. Real hub over TLS, two workspaces."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from casebridge.app import build_services
from casebridge.demo.builder import build_demo
from casebridge.exchange.review import download_submission, inbox
from casebridge.worklist import work_items
from tests.exchange.conftest import workstation
from tests.fixtures.hub import HubProcess, client_env

URN = "62CF0098826"  # no other test sends it: the shared hub's other submissions stay out of the way


def _work(workspace: Path, keyring: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**client_env(keyring), "CASEBRIDGE_WORKSPACE": str(workspace)}
    return subprocess.run(
        [sys.executable, "-m", "casebridge", "work", *extra],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_a_reviewers_day_starts_with_the_inbox_and_what_is_left_to_review(
    tmp_path: Path, hub: HubProcess, keyring_file: Path
) -> None:
    police = workstation(tmp_path / "police", hub)
    cps = workstation(tmp_path / "cps", hub, "cps-wales")
    try:
        build_demo(build_services(police), urn=URN, derivatives=False)
        sent = build_services(police).exchange.send(build_services(police).exchange.queue(URN).id)
        assert cps.settings.hub_role == "cps"

        with build_services(cps).hub_client() as client:
            rows = inbox(client)
        items = work_items(cps, cps.clock.now(), rows)
        line = next(item for item in items if item.kind == "inbox" and item.key == sent.id)
        assert line.urn == URN
        assert line.place == "inbox"
        assert line.title.startswith("Robbery at Nisa Local")
        assert line.detail.startswith(f"New submission {sent.id[:8]}, sent ")
        assert not [item for item in items if item.kind == "review"]  # nothing downloaded yet

        # the same line from the command line (which asks the hub itself), and without the hub
        done = _work(tmp_path / "cps", keyring_file, "--json")
        assert done.returncode == 0, done.stderr
        assert any(i["kind"] == "inbox" and i["key"] == sent.id for i in json.loads(done.stdout))
        offline = _work(tmp_path / "cps", keyring_file, "--json", "--offline")
        assert offline.returncode == 0, offline.stderr
        assert not any(i["kind"] == "inbox" for i in json.loads(offline.stdout))
        text = _work(tmp_path / "cps", keyring_file)
        assert "CPS inbox: not yet opened" in text.stdout

        # opened: what is left to review, item by item, until every item has a verdict
        with build_services(cps).hub_client() as client:
            got = download_submission(cps, client, sent.id)
        received = cps.exhibits.for_case(URN)
        review = next(item for item in work_items(cps, cps.clock.now()) if item.kind == "review")
        assert review.urn == URN
        assert review.place == "exchange"
        assert review.key == sent.id
        assert f"To review: {len(received)} of {len(got.added)} item(s) without a verdict" in review.detail
        for exhibit in received[:-1]:
            cps.review.set_item(URN, exhibit.reference, exhibit.sha256, "accepted")
        review = next(item for item in work_items(cps, cps.clock.now()) if item.kind == "review")
        assert f"To review: 1 of {len(received)} item(s) without a verdict (first: {received[-1].reference})" in (
            review.detail
        )
        cps.review.set_item(URN, received[-1].reference, received[-1].sha256, "needs_action")
        assert not [item for item in work_items(cps, cps.clock.now()) if item.kind == "review"]
        # a police workstation's list never holds the CPS lines
        assert not [i for i in work_items(police, police.clock.now(), rows) if i.kind == "review"]
    finally:
        police.close()
        cps.close()
