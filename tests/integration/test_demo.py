"""`casebridge demo`: a realistic case plus material in the formats real evidence arrives in."""

from __future__ import annotations

import json
from pathlib import Path

import av
import pymupdf
from PIL import Image
from PIL.ExifTags import GPS, IFD, Base

from casebridge.app import build_services
from casebridge.demo.builder import DEMO_URN, build_demo
from casebridge.jobs import ProgressUpdate
from casebridge.workspace import Workspace


def test_demo_case_and_material(workspace: Workspace) -> None:
    updates: list[ProgressUpdate] = []
    result = build_demo(build_services(workspace), progress=updates.append)
    assert updates[-1].done == updates[-1].total
    case = workspace.cases.get_case(DEMO_URN)
    assert len(case.people) == 5
    assert len(case.offences) == 2
    assert case.defendants()[0].asn
    assert all(o.defendant_id == case.defendants()[0].id for o in case.offences)
    listing = json.loads((result.material_dir.parent / f"{DEMO_URN}.json").read_text())
    assert len(listing["items"]) == len(result.material) == 8
    for item in result.material:
        assert (result.material_dir / item.file).stat().st_size > 1000
    exhibits = {e.reference: e for e in workspace.exhibits.for_case(DEMO_URN)}
    assert sorted(exhibits) == ["AK/1", "GHM/1", "SE/1", "SE/2", "SE/3", "SE/4", "SE/5", "SE/6"]
    assert exhibits["SE/1"].original_name == "SE-1_CCTV_Cam3_Nisa_QueenSt.avi"
    assert exhibits["SE/1"].description.startswith("CCTV export, camera 3")
    assert exhibits["SE/2"].original_name == "SE-2_Shop_counter.jpg"
    assert exhibits["AK/1"].producer_name == "Amira KHAN"
    assert workspace.exhibits.derivative(exhibits["SE/1"].sha256, "proxy") is not None
    assert workspace.verify_audit().ok


def test_demo_material_formats(workspace: Workspace) -> None:
    folder = build_demo(build_services(workspace)).material_dir

    with av.open(str(folder / "SE-1_CCTV_Cam3_Nisa_QueenSt.avi")) as clip:
        video = clip.streams.video[0]
        assert clip.format.name == "avi"
        assert video.codec_context.name == "mjpeg"
        assert (video.codec_context.width, video.codec_context.height) == (704, 576)
        frames = sum(1 for _ in clip.decode(video))
        assert frames == 8 * 12

    with av.open(str(folder / "999_call_20261114_2148.wav")) as call:
        audio = call.streams.audio[0]
        assert audio.codec_context.name == "pcm_mulaw"
        assert audio.codec_context.sample_rate == 8000
        assert audio.codec_context.channels == 1
        assert 11.5 < float(call.duration or 0) / av.time_base < 12.5

    with pymupdf.open(folder / "MG11_Khan_Amira.pdf") as doc:
        text = "".join(page.get_text() for page in doc)
        assert "WITNESS STATEMENT" in text
        assert DEMO_URN in text
        assert "07700 900461" in text
        assert f"Page 1 of {doc.page_count}" in text

    with Image.open(folder / "SE-2_Shop_counter.jpg") as photo:
        exif = photo.getexif()
        assert exif[Base.Make] == "Canon"
        assert exif.get_ifd(IFD.Exif)[Base.DateTimeOriginal] == "2026:11:14 22:32:00"
        gps = exif.get_ifd(IFD.GPSInfo)
        lat = gps[GPS.GPSLatitude]
        assert gps[GPS.GPSLatitudeRef] == "N"
        assert gps[GPS.GPSLongitudeRef] == "W"
        assert abs(float(lat[0]) + float(lat[1]) / 60 + float(lat[2]) / 3600 - 51.48175) < 1e-4


def test_demo_twice_is_refused_cleanly(workspace: Workspace, tmp_path: Path) -> None:
    import pytest

    from casebridge.errors import DuplicateError

    build_demo(build_services(workspace))
    with pytest.raises(DuplicateError):
        build_demo(build_services(workspace))


def test_the_live_demo_holds_a_working_day(workspace: Workspace) -> None:
    """`casebridge demo --live`: the suspect's clock with 3 h 25 min left, a CPS plan waiting, an upload
    interrupted — each a line of My work, opening where the work is done."""
    from datetime import UTC, datetime, timedelta

    from casebridge.demo.live import make_live
    from casebridge.worklist import work_items

    services = build_services(workspace)
    build_demo(services)
    now = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    live = make_live(services, DEMO_URN, now)
    assert timedelta(hours=3, minutes=24) <= live.custody_expiry - now <= timedelta(hours=3, minutes=26)
    items = work_items(workspace, now)
    kinds = [(item.kind, item.urn, item.place) for item in items]
    assert kinds[0] == ("custody", DEMO_URN, "casefile")
    assert "3 h 2" in items[0].detail
    assert ("request", DEMO_URN, "exchange") in kinds
    outbox = [item for item in items if item.kind == "outbox"]
    assert len(outbox) == 1
    assert "could not be reached" in outbox[0].detail
    submission = workspace.outbox.get(live.submission_id)
    assert submission.state == "failed"
    assert submission.hub_url == "https://hub.example"
    assert workspace.verify_audit().ok
