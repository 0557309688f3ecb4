"""`casebridge redact …` for documents and pictures: suggest, apply (with the proof), the recipe, the log, verify;
and a removed value looked for (and offered) in every exhibit of the case."""

from __future__ import annotations

import argparse
from functools import partial
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


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    redact = commands.add_parser("redact", help="suggest, apply and verify redactions", parents=[common])
    redact_cmds = redact.add_subparsers(dest="redact_command", metavar="ACTION", required=True)
    suggest = redact_cmds.add_parser("suggest", help="list what Casebridge suggests removing", parents=[common])
    suggest.add_argument("urn")
    suggest.add_argument("exhibit", help="exhibit reference, e.g. SE/3")
    suggest.add_argument("--stage", choices=["pre_charge", "served", "unused"], default="", help="policy stage")
    suggest.add_argument("--json", action="store_true")
    apply_cmd = redact_cmds.add_parser(
        "apply", help="make and verify the redacted copy (a new sub-exhibit)", parents=[common]
    )
    apply_cmd.add_argument("urn")
    apply_cmd.add_argument("exhibit")
    how = apply_cmd.add_mutually_exclusive_group(required=True)
    how.add_argument("--recipe", metavar="R.json", help="apply this recipe (its marks must be approved)")
    how.add_argument(
        "--accept-all-suggestions", action="store_true", help="accept and approve every suggestion, then apply"
    )
    how.add_argument(
        "--approved", action="store_true", help="apply the exhibit's own recipe (its marks approved: 'redact approve')"
    )
    apply_cmd.add_argument("--stage", choices=["pre_charge", "served", "unused"], default="")
    apply_cmd.add_argument("--json", action="store_true")
    recipe_cmd = redact_cmds.add_parser(
        "recipe", help="print an exhibit's recipe as JSON (a document's marks or a recording's masks)", parents=[common]
    )
    recipe_cmd.add_argument("urn")
    recipe_cmd.add_argument("exhibit")
    log_cmd = redact_cmds.add_parser("log", help="write the redaction log (CSV or PDF)", parents=[common])
    log_cmd.add_argument("urn")
    log_cmd.add_argument("--exhibit", default=None, help="one exhibit only (default: the whole case)")
    log_cmd.add_argument("--out", required=True, help="FILE.csv or FILE.pdf")
    media_cmd = redact_cmds.add_parser(
        "media", help="export a verified redacted copy of a video or audio exhibit", parents=[common]
    )
    media_cmd.add_argument("urn")
    media_cmd.add_argument("exhibit")
    media_cmd.add_argument(
        "--recipe",
        default=None,
        metavar="R.json",
        help="media recipe (default: the exhibit's own; masks must be approved)",
    )
    media_cmd.add_argument("--out", default=None, metavar="OUT.mp4", help="also write the copy here")
    media_cmd.add_argument("--json", action="store_true")
    approve_cmd = redact_cmds.add_parser(
        "approve",
        help="approve a recording's masks or a document's marks, or leave one visible with a reason",
        parents=[common],
    )
    approve_cmd.add_argument("urn")
    approve_cmd.add_argument("exhibit")
    which_tracks = approve_cmd.add_mutually_exclusive_group(required=True)
    which_tracks.add_argument("--all", action="store_true", help="approve every mask or mark awaiting approval")
    which_tracks.add_argument("--track", action="append", metavar="ID", help="approve this mask or mark (repeatable)")
    which_tracks.add_argument("--leave-visible", metavar="ID", help="leave this one visible (needs --reason)")
    approve_cmd.add_argument("--reason", default="", help="why it stays visible (for the redaction log)")
    approve_cmd.add_argument(
        "--to-line-end", action="store_true", help="documents: the marks approved also remove the rest of their lines"
    )
    approve_cmd.add_argument("--json", action="store_true")
    streams_cmd = redact_cmds.add_parser(
        "streams", help="list a recording's streams and what the redacted copy does with each", parents=[common]
    )
    streams_cmd.add_argument("urn")
    streams_cmd.add_argument("exhibit")
    streams_cmd.add_argument("--json", action="store_true")
    drop_cmd = redact_cmds.add_parser(
        "drop-stream", help="leave a stream out of the redacted copy, with the reason for the log", parents=[common]
    )
    drop_cmd.add_argument("urn")
    drop_cmd.add_argument("exhibit")
    drop_cmd.add_argument("--stream", type=int, required=True, help="the stream's number (from 'redact streams')")
    drop_cmd.add_argument("--reason", required=True)
    detect_cmd = redact_cmds.add_parser(
        "detect",
        help="find faces, number plates and readable text in a video exhibit; one unapproved track each in its recipe",
        parents=[common],
    )
    detect_cmd.add_argument("urn")
    detect_cmd.add_argument("exhibit")
    detect_cmd.add_argument("--every", type=int, default=4, help="run the detector on every Nth frame (default 4)")
    detect_cmd.add_argument("--hold", type=float, default=1.0, help="fail-secure hold in seconds (default 1)")
    detect_cmd.add_argument(
        "--no-text", action="store_true", help="look for faces only (no number plates or text: about twice as fast)"
    )
    detect_cmd.add_argument(
        "--text-every", type=int, default=None, metavar="N", help="read plates and text every Nth frame (default: 1 s)"
    )
    detect_cmd.add_argument("--thumbnails", default=None, metavar="DIR", help="write a picture of each track found")
    detect_cmd.add_argument(
        "--fail-secure",
        choices=["hold", "frame"],
        default="hold",
        help="when a face is lost: hold its mask (default) or also blur the whole picture until it is found",
    )
    detect_cmd.add_argument("--json", action="store_true")
    speech_cmd = redact_cmds.add_parser(
        "audio-suggest",
        help="transcribe a recording and suggest a range of sound for every identifier or case name said in it",
        parents=[common],
    )
    speech_cmd.add_argument("urn")
    speech_cmd.add_argument("exhibit")
    speech_cmd.add_argument("--stage", choices=["pre_charge", "served", "unused"], default="")
    speech_cmd.add_argument("--mode", choices=["bleep", "mute"], default="bleep", help="how the ranges are silenced")
    speech_cmd.add_argument("--json", action="store_true")
    follow_cmd = redact_cmds.add_parser(
        "follow", help="make a mask follow its subject through the recording (keyframes, unapproved)", parents=[common]
    )
    follow_cmd.add_argument("urn")
    follow_cmd.add_argument("exhibit")
    follow_cmd.add_argument("--track", required=True, help="the mask's id (from 'redact recipe')")
    follow_cmd.add_argument("--at", type=float, default=None, help="seconds: where the mask covers its subject")
    follow_cmd.add_argument("--json", action="store_true")
    verify_media_cmd = redact_cmds.add_parser(
        "verify-media", help="check a redacted recording against its source and recipe; exit 1 listing problems"
    )
    verify_media_cmd.add_argument("source")
    verify_media_cmd.add_argument("output")
    verify_media_cmd.add_argument("recipe")
    verify_media_cmd.add_argument("--json", action="store_true")
    everywhere_cmd = redact_cmds.add_parser(
        "everywhere",
        help="look for a removed value in every exhibit of the case, counted per exhibit; --offer suggests it there",
        parents=[common],
    )
    everywhere_cmd.add_argument("urn")
    everywhere_cmd.add_argument(
        "value", nargs="?", default=None, help="words or a number; left out: every value the case has removed"
    )
    everywhere_cmd.add_argument(
        "--from", dest="origin", default="", metavar="REF", help="the exhibit it was removed in"
    )
    everywhere_cmd.add_argument("--in", dest="within", action="append", metavar="REF", help="only this exhibit")
    everywhere_cmd.add_argument("--offer", action="store_true", help="suggest it wherever it is found (to approve)")
    everywhere_cmd.add_argument("--reason", default="TPD", help="reason code of the suggestions (default TPD)")
    everywhere_cmd.add_argument("--mode", choices=["bleep", "mute"], default="bleep", help="for recordings")
    everywhere_cmd.add_argument("--json", action="store_true")
    verify_cmd = redact_cmds.add_parser(
        "verify", help="check a PDF for leaks and failed redactions (exit 1 listing them); hygiene is reported"
    )
    verify_cmd.add_argument("file")
    verify_cmd.add_argument(
        "--strict", action="store_true", help="also fail on hygiene: document information, XMP, annotations, revisions"
    )
    verify_cmd.add_argument("--json", action="store_true")


def _redaction(args: argparse.Namespace, run: Run) -> tuple[Any, Any]:
    ws = run.workspace
    exhibit = ws.exhibits.find_by_reference(args.urn, args.exhibit)
    return run.services.redaction, exhibit


def _suggestion_record(s: Any) -> dict[str, Any]:
    return {
        "detector": s.detector,
        "label": s.label,
        "text": s.text,
        "page": s.page + 1,
        "reason": s.reason,
        "rects": [list(r) for r in s.rects],
        "key": s.key,
    }


def _redact_suggest(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    service, exhibit = _redaction(args, run)
    bar = ProgressLine()
    try:
        found = service.suggest(exhibit, args.stage, progress=bar)
    finally:
        bar.close()
    if args.json:
        print_json({"exhibit": exhibit.reference, "suggestions": [_suggestion_record(s) for s in found]}, out)
        out.write("\n")
        return EXIT_OK
    out.write(f"{exhibit.reference}: {len(found)} suggestion(s)\n")
    for s in found:
        out.write(f"  p.{s.page + 1:<4} {s.reason:<4} {s.label:<40} {s.text}\n")
    return EXIT_OK


def _redact_apply(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.domain.recipe import Recipe
    from casebridge.redaction.service import VerificationFailed

    service, exhibit = _redaction(args, run)
    bar = ProgressLine()
    try:
        if args.recipe:
            recipe = Recipe.from_json(Path(args.recipe).read_text(encoding="utf-8"))
        elif args.approved:
            recipe = service.recipe(exhibit)
        else:
            recipe = service.accept(exhibit, service.suggest(exhibit, args.stage, progress=bar), approve=True)
        result = service.apply(exhibit, recipe, progress=bar)
    except VerificationFailed as failed:
        bar.close()
        return verification_failed(exhibit.reference, failed, failed.problems, as_json=args.json, out=out)
    bar.close()
    path = service.ws.vault.path(result.copy.sha256)
    if args.json:
        print_json(
            {
                "exhibit": exhibit.reference,
                "redacted": result.copy.reference,
                "sha256": result.copy.sha256,
                "path": str(path),
                "marks": len(result.recipe.marks),
                "verified": True,
                "reused": result.reused,
                "recipe_sha256": result.recipe.digest,
            },
            out,
        )
        out.write("\n")
    else:
        note = " (already made from this recipe)" if result.reused else ""
        out.write(f"{result.copy.reference}\t{path}\n")
        out.write(f"Redacted copy of {exhibit.reference}: {len(result.recipe.marks)} mark(s), verified{note}.\n")
    return EXIT_OK


def _redact_recipe(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    service, exhibit = _redaction(args, run)
    if exhibit.kind in ("video", "audio"):  # the media recipe: masks, muted ranges, kept segments
        out.write(run.services.media.recipe(exhibit).to_json())
        return EXIT_OK
    out.write(service.recipe(exhibit).to_json())
    return EXIT_OK


def _redact_log(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.redaction.log import media_csv, to_csv, to_pdf

    ws = run.workspace
    urn = ws.cases.get_case(args.urn).urn
    service = run.services.redaction
    entries = service.log_entries(urn, args.exhibit)
    media = service.media_log_entries(urn, args.exhibit)
    target = Path(args.out)
    if target.suffix.lower() == ".pdf":
        target.write_bytes(to_pdf(urn, entries, media))
    else:
        text = to_csv(entries)
        if media:
            text += "\n" + media_csv(media)
        target.write_text(text, encoding="utf-8")
    marks = sum(len(e.recipe.marks) for e in entries)
    tracks = sum(len(m.recipe.tracks) for m in media)
    out.write(
        f"Redaction log of {urn}: {len(entries) + len(media)} item(s), {marks} mark(s), {tracks} video mask(s) "
        f"written to {target}\n"
    )
    return EXIT_OK


def _redact_verify(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.redaction.verify import check_file

    path = Path(args.file)
    problems = check_file(path.read_bytes(), path.name)
    leaks = [p for p in problems if p.blocking and not p.hygiene]
    hygiene = [p for p in problems if p.hygiene]
    notes = [p for p in problems if not p.blocking and not p.hygiene]
    failed = bool(leaks) or (args.strict and bool(hygiene))
    if args.json:
        print_json(
            {
                "file": str(path),
                "clean": not leaks,
                "strict": args.strict,
                "problems": [{**p.__dict__, "severity": "leak"} for p in leaks],
                "hygiene": [{**p.__dict__, "severity": "hygiene"} for p in hygiene],
                "notes": [{**p.__dict__, "severity": "note"} for p in notes],
            },
            out,
        )
        out.write("\n")
        return EXIT_ERROR if failed else EXIT_OK
    verdict = f"{len(leaks)} leak(s) or failed redaction(s)" if leaks else "no leak or failed redaction found"
    out.write(f"{path.name}: {verdict}\n")
    for problem in leaks:
        out.write(f"  {problem.check:<17} {problem.message}\n")
    if hygiene:
        out.write(f"Hygiene ({len(hygiene)}{', failing under --strict' if args.strict else ', not failing'}):\n")
        for problem in hygiene:
            out.write(f"  {problem.check:<17} {problem.message}\n")
    for problem in notes:
        out.write(f"  note: {problem.message}\n")
    return EXIT_ERROR if failed else EXIT_OK


def _where(place: Any) -> str:
    if place.note:
        return f"not searched: {place.note}"
    said = ""
    if place.pages:
        said = f" (p. {', '.join(str(p) for p in dict.fromkeys(place.pages))})"
    elif place.times:
        said = f" (said at {', '.join(f'{int(t // 60)}:{t % 60:04.1f}' for t in place.times)})"
    return f"{place.found} new{said}, {place.marked} already marked"


def _redact_everywhere(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    service = run.services.everywhere
    urn = args.urn.strip().upper()
    look = partial(service.places, urn, references=args.within, offer=args.offer, mode=args.mode)
    if args.value is None:
        report = []
        for removed in service.removed(urn):
            places = look(removed.value, reason=removed.reason, exclude=removed.where)
            report.append((removed, [p for p in places if p.found or p.note]))
        if args.json:
            print_json(
                {
                    "case": urn,
                    "offered": args.offer,
                    "values": [
                        {
                            "value": r.value,
                            "reason": r.reason,
                            "removed_from": r.where,
                            "medium": r.medium,
                            "elsewhere": [p.as_dict() for p in places],
                        }
                        for r, places in report
                    ],
                },
                out,
            )
            out.write("\n")
            return EXIT_OK
        out.write(f"{urn}: {len(report)} value(s) removed\n")
        for removed, places in report:
            found = [p for p in places if p.found]
            out.write(f"  “{removed.value}” ({removed.reason}, removed from {removed.where}): ")
            out.write(", ".join(f"{p.reference} {p.found}" for p in found) if found else "nowhere else")
            out.write(" — offered\n" if args.offer and found else "\n")
        return EXIT_OK
    bar = ProgressLine()
    try:
        places = look(args.value, reason=args.reason, exclude=args.origin, progress=bar)
    finally:
        bar.close()
    if args.json:
        print_json(
            {"case": urn, "value": args.value, "offered": args.offer, "places": [p.as_dict() for p in places]}, out
        )
        out.write("\n")
        return EXIT_OK
    found = [p for p in places if p.found]
    verb = "offered in" if args.offer else "found in"
    out.write(f"“{args.value}”: {sum(p.found for p in found)} new occurrence(s) {verb} {len(found)} exhibit(s)\n")
    for place in places:
        out.write(f"  {place.reference:<10} {place.medium:<9} {_where(place)}\n")
    if found and not args.offer:
        out.write("  (add --offer to suggest them there; each is approved in its own exhibit)\n")
    return EXIT_OK


HANDLERS: Handlers = {
    ("redact", "suggest"): _redact_suggest,
    ("redact", "apply"): _redact_apply,
    ("redact", "recipe"): _redact_recipe,
    ("redact", "log"): _redact_log,
    ("redact", "verify"): _redact_verify,
    ("redact", "everywhere"): _redact_everywhere,
}
