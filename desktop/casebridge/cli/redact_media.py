"""`casebridge redact media|detect|follow|verify-media`: video and audio redaction."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from casebridge.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    Handlers,
    ProgressLine,
    Run,
    print_json,
    verification_failed,
)


def _redact_media(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    import shutil

    from casebridge.domain.media_recipe import MediaRecipe
    from casebridge.redaction.media_service import MediaVerificationFailed

    ws = run.workspace
    exhibit = ws.exhibits.find_by_reference(args.urn, args.exhibit)
    media = run.services.media
    if args.recipe:
        recipe = MediaRecipe.from_json(Path(args.recipe).read_text(encoding="utf-8"))
    else:  # the recipe made in the editor or with detect/approve
        recipe = media.recipe(exhibit)
    bar = ProgressLine()
    try:
        result = run.services.media.apply(exhibit, recipe, progress=bar)
    except MediaVerificationFailed as failed:
        bar.close()
        return verification_failed(exhibit.reference, failed, failed.problems, as_json=args.json, out=out)
    bar.close()
    path = ws.vault.path(result.copy.sha256)
    if args.out:
        shutil.copyfile(path, args.out)
    record = {
        "exhibit": exhibit.reference,
        "redacted": result.copy.reference,
        "sha256": result.copy.sha256,
        "path": str(Path(args.out) if args.out else path),
        "verified": True,
        "reused": result.reused,
        "coverage": result.coverage or result.copy.facts.get("coverage", {}),
        "attack": result.copy.facts.get("attack", {}),
        "listened": result.copy.facts.get("listened", {}),
        "streams": result.copy.facts.get("streams", []),
    }
    if args.json:
        print_json(record, out)
        out.write("\n")
    else:
        out.write(f"{result.copy.reference}\t{record['path']}\n")
        attacked = record["attack"]
        out.write(
            f"Redacted copy of {exhibit.reference}: every mask, muted range and cut applied exactly as the recipe "
            "says (checked frame by frame in the copy)"
            + (
                f"; a face detector run on {attacked['frames_attacked']} frame(s) of the copy found no face left "
                f"showing, and a text reader run on {attacked.get('frames_read', 0)} frame(s) read nothing inside a "
                "mask and no number plate nobody decided to leave visible.\n"
                if attacked
                else ".\n"
            )
        )
    return EXIT_OK


def _redact_detect(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    ws = run.workspace
    exhibit = ws.exhibits.find_by_reference(args.urn, args.exhibit)
    bar = ProgressLine()
    try:
        recipe, report = run.services.media.detect(
            exhibit,
            every=args.every,
            hold=args.hold,
            fail_secure=args.fail_secure,
            text=not args.no_text,
            text_every=args.text_every,
            progress=bar,
        )
    finally:
        bar.close()
    if args.thumbnails:
        folder = Path(args.thumbnails)
        folder.mkdir(parents=True, exist_ok=True)
        for found in report.tracks:
            if found.thumbnail:
                (folder / f"{found.track.id}.png").write_bytes(found.thumbnail)
    if args.json:
        print_json(
            {
                "exhibit": exhibit.reference,
                "frames": report.frames,
                "tracks": report.summary(),
                "recipe_sha256": recipe.digest,
            },
            out,
        )
        out.write("\n")
        return EXIT_OK
    kinds = [d.track.kind for d in report.tracks]
    out.write(
        f"{exhibit.reference}: {kinds.count('face')} person(s), {kinds.count('plate')} number plate(s) and "
        f"{kinds.count('text')} piece(s) of text found in {report.frames} frames; tracks added to the recipe for "
        "approval\n"
    )
    for row in report.summary():
        read = f"  “{row['text']}”" if row.get("text") else ""
        out.write(
            f"  {row['track']:<8} {row['kind']:<5} {row['from']:7.2f}-{row['to']:7.2f} s  detected in "
            f"{row['detections']}, followed in {row['tracked']} (before the first detection {row['onset']}, coming "
            f"into view {row['entering']}), held/interpolated {row['lost']} frame(s){read}\n"
        )
    return EXIT_OK


def _redact_audio_suggest(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    exhibit = run.workspace.exhibits.find_by_reference(args.urn, args.exhibit)
    bar = ProgressLine()
    try:
        recipe, hits = run.services.media.audio_suggest(exhibit, args.stage, mode=args.mode, progress=bar)
    finally:
        bar.close()
    suggested = [a for a in recipe.audio if a.source == "spoken"]
    if args.json:
        print_json(
            {
                "exhibit": exhibit.reference,
                "found": [
                    {
                        "detector": h.detector,
                        "label": h.label,
                        "value": h.value,
                        "heard": h.heard,
                        "start": h.start,
                        "end": h.end,
                        "channel": h.channel,
                    }
                    for h in hits
                ],
                "ranges": [
                    {
                        "id": a.id,
                        "start": a.start,
                        "end": a.end,
                        "mode": a.mode,
                        "label": a.label,
                        "heard": a.heard,
                        "reason": a.reason,
                        "approved": bool(a.approved_by),
                        "audible": a.audible,
                    }
                    for a in suggested
                ],
                "awaiting_approval": len(recipe.unapproved),
                "recipe_sha256": recipe.digest,
            },
            out,
        )
        out.write("\n")
        return EXIT_OK
    out.write(
        f"{exhibit.reference}: {len(hits)} identifier(s) or name(s) heard; {len(suggested)} range(s) of sound "
        "suggested (approve with 'redact approve', or leave one audible with --leave-visible ID --reason)\n"
    )
    for a in suggested:
        state = "left audible" if a.audible else "approved" if a.approved_by else "awaiting approval"
        out.write(f"  {a.id:<9} {a.start:7.2f}-{a.end:7.2f} s  {a.mode:<5} {a.label}  ({state})\n")
    return EXIT_OK


def _redact_follow(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    ws = run.workspace
    exhibit = ws.exhibits.find_by_reference(args.urn, args.exhibit)
    bar = ProgressLine()
    try:
        report = run.services.media.follow(exhibit, args.track, args.at, progress=bar)
    finally:
        bar.close()
    if args.json:
        print_json(
            {
                "exhibit": exhibit.reference,
                "track": report.track.id,
                "from": report.first,
                "to": report.last,
                "frames": report.frames,
                "keyframes": report.keyframes,
            },
            out,
        )
        return EXIT_OK
    out.write(
        f"{exhibit.reference} mask {report.track.id}: followed its subject from {report.first:.2f} s to "
        f"{report.last:.2f} s ({report.frames} frames, {report.keyframes} keyframes); approve it before exporting.\n"
    )
    return EXIT_OK


def _redact_verify_media(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.domain.media_recipe import MediaRecipe
    from casebridge.redaction.media_verify import verify_media

    recipe = MediaRecipe.from_json(Path(args.recipe).read_text(encoding="utf-8"))
    problems, checked = verify_media(Path(args.source), Path(args.output), recipe)
    if args.json:
        print_json({"clean": not problems, "frames_checked": checked, "problems": [p.__dict__ for p in problems]}, out)
        out.write("\n")
    else:
        out.write(f"{Path(args.output).name}: {'verified' if not problems else f'{len(problems)} problem(s)'}\n")
        for problem in problems[:50]:
            out.write(f"  {problem.check:<9} {problem.message}\n")
    return EXIT_ERROR if problems else EXIT_OK


def _redact_approve(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    ws = run.workspace
    exhibit = ws.exhibits.find_by_reference(args.urn, args.exhibit)
    if exhibit.kind not in ("audio", "video"):
        return _approve_marks(args, out, run, exhibit)
    media = run.services.media
    if args.leave_visible:
        recipe = media.leave_visible(exhibit, args.leave_visible, args.reason)
    else:
        recipe = media.approve(exhibit, None if args.all else list(args.track))
    tracks: list[dict[str, str | bool]] = [
        {
            "track": t.id,
            "label": t.label,
            "masked": t.masked,
            "approved_by": t.approved_by,
            "justification": t.justification,
        }
        for t in recipe.tracks
    ]
    waiting = len(recipe.unapproved)
    if args.json:
        print_json({"exhibit": exhibit.reference, "tracks": tracks, "awaiting_approval": waiting}, out)
        return EXIT_OK
    for line in tracks:
        if not line["masked"]:
            state = f"left visible: {line['justification']}"
        else:
            state = f"approved by {line['approved_by']}" if line["approved_by"] else "awaiting approval"
        out.write(f"{line['track']}  {line['label']}  {state}\n")
    out.write(f"{exhibit.reference}: {waiting} mask(s) awaiting approval.\n")
    return EXIT_OK


def _approve_marks(args: argparse.Namespace, out: TextIO, run: Run, exhibit: Any) -> int:
    """`redact approve` for a document or a picture: its marks (ids from `redact recipe`)."""
    service = run.services.redaction
    if args.leave_visible:
        recipe = service.decline(exhibit, args.leave_visible, args.reason)
    else:
        recipe = service.approve(exhibit, None if args.all else list(args.track), to_line_end=args.to_line_end)
    marks = [
        {
            "mark": m.id,
            "page": m.page + 1,
            "text": m.text,
            "reason": m.reason,
            "approved_by": m.approved_by,
            "to_line_end": m.to_line_end,
        }
        for m in recipe.marks
    ]
    waiting = len(recipe.unapproved)
    if args.json:
        print_json({"exhibit": exhibit.reference, "marks": marks, "awaiting_approval": waiting}, out)
        return EXIT_OK
    for line in marks:
        state = f"approved by {line['approved_by']}" if line["approved_by"] else "awaiting approval"
        out.write(f"{line['mark']}  p.{line['page']}  {line['reason']}  {line['text']}  {state}\n")
    out.write(f"{exhibit.reference}: {waiting} mark(s) awaiting approval.\n")
    return EXIT_OK


def _redact_streams(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    exhibit = run.workspace.exhibits.find_by_reference(args.urn, args.exhibit)
    rows = run.services.media.streams(exhibit)
    if args.json:
        print_json({"exhibit": exhibit.reference, "streams": rows}, out)
        return EXIT_OK
    for row in rows:
        detail = f", {row['detail']}" if row["detail"] else ""
        out.write(f"#{row['index']}  {row['kind']} ({row['codec']}{detail}): {row['fate']}\n")
    return EXIT_OK


def _redact_drop_stream(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    exhibit = run.workspace.exhibits.find_by_reference(args.urn, args.exhibit)
    run.services.media.drop_stream(exhibit, args.stream, args.reason)
    out.write(f"{exhibit.reference}: stream {args.stream} will be left out of the copy ({args.reason.strip()}).\n")
    return EXIT_OK


HANDLERS: Handlers = {
    ("redact", "media"): _redact_media,
    ("redact", "approve"): _redact_approve,
    ("redact", "streams"): _redact_streams,
    ("redact", "drop-stream"): _redact_drop_stream,
    ("redact", "detect"): _redact_detect,
    ("redact", "audio-suggest"): _redact_audio_suggest,
    ("redact", "follow"): _redact_follow,
    ("redact", "verify-media"): _redact_verify_media,
}
