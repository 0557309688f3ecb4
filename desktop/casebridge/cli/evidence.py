"""`casebridge evidence …` and `vault verify`: importing, listing and describing exhibits; the vault check."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from casebridge.cli.common import (
    EXIT_ERROR,
    EXIT_INTEGRITY,
    EXIT_OK,
    Handlers,
    ProgressLine,
    Run,
    err,
    print_json,
)
from casebridge.errors import CasebridgeError


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    ev = commands.add_parser("evidence", help="import and list exhibits", parents=[common])
    ev_cmds = ev.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    imp = ev_cmds.add_parser("import", help="import files and folders into a case", parents=[common])
    imp.add_argument("urn")
    imp.add_argument("paths", nargs="+", metavar="PATH")
    producer = imp.add_mutually_exclusive_group()
    producer.add_argument(
        "--producer", default=None, help="person on the case who produced the items (default: the officer)"
    )
    producer.add_argument(
        "--add-producer",
        default=None,
        metavar="NAME",
        help='a producer not on the case yet ("Forenames Surname"), added with --role, e.g. the CCTV operator',
    )
    imp.add_argument(
        "--role", choices=["witness", "officer", "victim"], default="witness", help="the role of --add-producer"
    )
    imp.add_argument("--no-derivatives", action="store_true", help="skip viewing proxies, OCR and PDF conversion")
    imp.add_argument("--json", action="store_true", help="print the per-item report as JSON")
    ev_list = ev_cmds.add_parser("list", help="list a case's exhibits", parents=[common])
    ev_list.add_argument("urn")
    ev_list.add_argument("--search", default="", help="words to find in references, descriptions and document text")
    ev_list.add_argument("--kind", choices=["video", "audio", "image", "document", "executable", "other"])
    ev_list.add_argument("--json", action="store_true")
    ev_show = ev_cmds.add_parser("show", help="one exhibit with its continuity log", parents=[common])
    ev_show.add_argument("urn")
    ev_show.add_argument("reference")
    ev_show.add_argument("--json", action="store_true")
    ev_handle = ev_cmds.add_parser("handled", help="add a continuity entry to an exhibit", parents=[common])
    ev_handle.add_argument("urn")
    ev_handle.add_argument("reference")
    ev_handle.add_argument("what", help="what was done, e.g. 'Booked into property store, locker 14'")
    ev_still = ev_cmds.add_parser(
        "still",
        help="save the frame of a video at a moment as a new exhibit (a key moment on its bundle page)",
        parents=[common],
    )
    ev_still.add_argument("urn")
    ev_still.add_argument("reference")
    ev_still.add_argument(
        "--at", required=True, metavar="TIME", help="hh:mm:ss(.mmm), mm:ss or seconds, e.g. 00:01:23.5"
    )
    ev_edit = ev_cmds.add_parser(
        "edit", help="change an exhibit's description, when it was seized, or its reference", parents=[common]
    )
    ev_edit.add_argument("urn")
    ev_edit.add_argument("reference")
    ev_edit.add_argument("--description", default=None, help="what the exhibit is and shows (MG6C wording)")
    ev_edit.add_argument("--seized", default=None, metavar="'DD/MM/YYYY HH:MM'", help="when it was seized or produced")
    ev_edit.add_argument("--new-reference", default=None, help="a new exhibit reference, e.g. SE/12")
    ev_cmds.add_parser("resume", help="finish imports interrupted by a crash or kill", parents=[common])
    ev_ocr = ev_cmds.add_parser(
        "ocr", help="make a searchable copy of a photographed or scanned document", parents=[common]
    )
    ev_ocr.add_argument("urn")
    ev_ocr.add_argument("reference")
    ev_transcribe = ev_cmds.add_parser(
        "transcribe",
        help="transcribe a recording offline, word by word with times (each sound stream or channel on its own)",
        parents=[common],
    )
    ev_transcribe.add_argument("urn")
    ev_transcribe.add_argument("reference")
    ev_transcribe.add_argument("--vtt", default=None, metavar="FILE", help="also write it as WebVTT subtitles")
    ev_transcribe.add_argument(
        "--pdf", default=None, metavar="FILE", help="also write it as a timed PDF (time, speaker, what was said)"
    )
    ev_transcribe.add_argument("--json", action="store_true", help="the transcript with every word and its times")
    ev_correct = ev_cmds.add_parser(
        "correct-transcript",
        help="put one passage of a recording's transcript right (the words kept keep their times)",
        parents=[common],
    )
    ev_correct.add_argument("urn")
    ev_correct.add_argument("reference")
    ev_correct.add_argument(
        "--at", type=float, required=True, metavar="SECONDS", help="a moment of the passage (e.g. where it starts)"
    )
    ev_correct.add_argument("--text", required=True, help="what was said in the passage")
    ev_correct.add_argument("--channel", default="", help="the speaker or channel, where passages start together")
    ev_correct.add_argument("--json", action="store_true")
    vault = commands.add_parser("vault", help="check the evidence vault", parents=[common])
    vault_cmds = vault.add_subparsers(dest="vault_command", metavar="ACTION", required=True)
    vault_cmds.add_parser(
        "verify", help="re-hash every stored item; exit 3 naming any damaged exhibit", parents=[common]
    )


def _evidence_import(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.evidence.derivatives import make_derivatives

    ws = run.workspace
    if run.services.importer.pending(args.urn):
        err("casebridge: note: an earlier import was interrupted; 'casebridge evidence resume' finishes it\n")
    producer: str | int | None = args.producer
    if args.add_producer:
        from casebridge.domain.case import Person, PersonRole

        names = args.add_producer.split()
        if not names:
            raise CasebridgeError("--add-producer needs the producer's name.")
        added = ws.cases.add_person(
            args.urn, Person(PersonRole(args.role), surname=names[-1], forenames=" ".join(names[:-1]))
        )
        producer = added.id
        err(f"casebridge: {args.add_producer} added to {args.urn.upper()} as a {args.role}\n")
    bar = ProgressLine()
    try:
        report = run.services.importer.import_paths(
            args.urn, [Path(p) for p in args.paths], producer=producer, progress=bar
        )
        notes = [] if args.no_derivatives else make_derivatives(ws, report, progress=bar)
    finally:
        bar.close()
    if args.json:
        print_json({"items": [o.__dict__ for o in report.outcomes], "derivatives": notes}, out)
    else:
        for outcome in report.outcomes:
            out.write(f"{outcome.status:<9} {outcome.message}\n")
        for note in notes:
            out.write(f"{'note':<9} {note}\n")
        out.write(
            f"{report.imported} imported, {report.count('duplicate')} duplicate, {report.count('failed')} failed, "
            f"{report.count('skipped')} skipped\n"
        )
    return EXIT_OK if not report.count("failed") else EXIT_ERROR


def _evidence_resume(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    bar = ProgressLine()
    try:
        report = run.services.importer.resume(progress=bar)
    finally:
        bar.close()
    for outcome in report.outcomes:
        out.write(f"{outcome.status:<9} {outcome.message}\n")
    out.write(f"{report.imported} finished, {report.count('failed')} failed\n")
    return EXIT_OK if not report.count("failed") else EXIT_ERROR


def _evidence_list(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    ws = run.workspace
    exhibits = ws.exhibits.for_case(args.urn, args.search, args.kind)
    if args.json:
        print_json([_exhibit_json(e) for e in exhibits], out)
        return EXIT_OK
    if not exhibits:
        out.write("No exhibits.\n")
    for e in exhibits:
        out.write(f"{e.reference:<10} {e.kind:<10} {e.display_description}\n")
    return EXIT_OK


def _exhibit_json(e: Any) -> dict[str, Any]:
    return {
        "reference": e.reference,
        "kind": e.kind,
        "media_type": e.media_type,
        "sha256": e.sha256,
        "size": e.size,
        "original_name": e.original_name,
        "summary": e.summary,
        "description": e.description,
        "producer": e.producer_name,
        "seized_at": e.seized_at,
        "facts": e.facts,
        "problem": e.problem,
        "previewable": e.previewable,
    }


def _evidence_show(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    ws = run.workspace
    exhibit = ws.exhibits.find_by_reference(args.urn, args.reference)
    events = ws.exhibits.continuity(exhibit.id)
    derived = ws.exhibits.derivatives(exhibit.sha256)
    if args.json:
        print_json(
            {
                **_exhibit_json(exhibit),
                "continuity": [e.__dict__ for e in events],
                "derivatives": [d.__dict__ for d in derived],
            },
            out,
        )
        return EXIT_OK
    out.write(f"{exhibit.reference}  {exhibit.display_description}\n")
    out.write(f"  file      {exhibit.original_name} ({exhibit.size:,} bytes)\n  sha256    {exhibit.sha256}\n")
    out.write(f"  producer  {exhibit.producer_name or '-'}\n")
    for d in derived:
        out.write(f"  derived   {d.kind}: {d.sha256[:16]}… ({d.recipe.get('tool', '')})\n")
    out.write("  continuity:\n")
    from casebridge.domain.exhibit import continuity_text
    from casebridge.domain.when import uk_datetime

    for e in events:
        out.write(f"    {uk_datetime(e.at)}  {e.actor:<14} {continuity_text(e.action, e.before, e.after)}\n")
    return EXIT_OK


def _evidence_ocr(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.evidence.derivatives import make_searchable

    ws = run.workspace
    exhibit = ws.exhibits.find_by_reference(args.urn, args.reference)
    note = make_searchable(ws, exhibit)
    if note:
        raise CasebridgeError(note)
    words = len(ws.exhibits.text(exhibit.id).split())
    out.write(f"Searchable copy of {exhibit.reference} made: {words} words found.\n")
    return EXIT_OK


def _evidence_transcribe(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.domain.transcript import to_webvtt

    exhibit = run.workspace.exhibits.find_by_reference(args.urn, args.reference)
    bar = ProgressLine()
    try:
        transcript, made = run.services.transcripts.transcribe(exhibit, progress=bar)
    finally:
        bar.close()
    if args.vtt:
        Path(args.vtt).write_text(to_webvtt(transcript), encoding="utf-8")
    if args.pdf:
        Path(args.pdf).write_bytes(run.services.transcripts.pdf(exhibit))
    if args.json:
        print_json({"exhibit": exhibit.reference, "made_now": made, **transcript.to_dict()}, out)
        out.write("\n")
        return EXIT_OK
    rate = transcript.duration / transcript.seconds_taken if transcript.seconds_taken else 0.0
    out.write(
        f"{exhibit.reference}: {len(transcript.words)} word(s) in {transcript.duration:.1f} s of sound "
        + (
            f"(transcribed in {transcript.seconds_taken:.1f} s, {rate:.1f}x real time)"
            if made
            else "(kept from before)"
        )
        + f"; {transcript.model}, {', '.join(transcript.channels)}\n"
    )
    for segment in sorted(transcript.segments, key=lambda s: (s.start, s.channel)):
        out.write(f"  [{segment.start:7.2f}-{segment.end:7.2f}] {segment.channel}: {segment.text.strip()}\n")
    return EXIT_OK


def _evidence_correct_transcript(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    exhibit = run.workspace.exhibits.find_by_reference(args.urn, args.reference)
    fixed = run.services.transcripts.correct(exhibit, args.at, args.text, channel=args.channel)
    note = fixed.corrections[-1]
    if args.json:
        print_json(
            {
                "exhibit": exhibit.reference,
                "channel": note.channel,
                "start": note.start,
                "before": note.before,
                "after": note.after,
                "corrections": len(fixed.corrections),
                "words": [
                    {"start": w.start, "end": w.end, "text": w.text.strip()}
                    for s in fixed.segments
                    if s.channel == note.channel and s.start == note.start
                    for w in s.words
                ],
            },
            out,
        )
        out.write("\n")
        return EXIT_OK
    out.write(f"{exhibit.reference} [{note.start:.2f}] {note.channel}: “{note.before}” → “{note.after}”\n")
    return EXIT_OK


def _evidence_edit(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    ws = run.workspace
    exhibit = ws.exhibits.find_by_reference(args.urn, args.reference)
    changes = {"description": args.description, "seized_at": args.seized, "reference": args.new_reference}
    wanted = {field: value for field, value in changes.items() if value is not None}
    if not wanted:
        raise CasebridgeError("Nothing to change: give --description, --seized or --new-reference.")
    for field, value in wanted.items():
        old, new = ws.exhibits.update(exhibit.id, field, value)
        if old != new:
            out.write(f"{exhibit.reference}: {field.replace('_', ' ')} changed\n")
    return EXIT_OK


def _evidence_handled(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    ws = run.workspace
    exhibit = ws.exhibits.find_by_reference(args.urn, args.reference)
    ws.exhibits.record_handling(exhibit.id, args.what)
    out.write(f"Continuity entry added to {exhibit.reference}\n")
    return EXIT_OK


def _evidence_still(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.evidence.stills import save_still

    ws = run.workspace
    exhibit = ws.exhibits.find_by_reference(args.urn, args.reference)
    still = save_still(ws, exhibit, parse_moment(args.at))
    out.write(f"{still.reference}: still of {exhibit.reference} at {still.facts.get('timecode', '')}\n")
    return EXIT_OK


def parse_moment(text: str) -> int:
    """Milliseconds from "01:23:45.678", "2:05", "83.5" or "83"."""
    from casebridge.errors import ValidationError

    try:
        seconds = 0.0
        for part in text.strip().split(":"):
            seconds = seconds * 60 + float(part)
    except ValueError:
        raise ValidationError("at", f"'{text}' is not a time: write hh:mm:ss, mm:ss or seconds.") from None
    if seconds < 0 or len(text.split(":")) > 3:
        raise ValidationError("at", f"'{text}' is not a time: write hh:mm:ss, mm:ss or seconds.")
    return round(seconds * 1000)


def _vault_verify(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    ws = run.workspace
    digests = ws.exhibits.all_digests()
    bar = ProgressLine()
    from casebridge.jobs import ProgressUpdate

    try:
        problems = ws.vault.verify(digests, on_item=lambda i, n: bar(ProgressUpdate(i, n, "Checking the vault")))
    finally:
        bar.close()
    if not problems:
        out.write(f"Vault intact: {len(digests)} stored items re-hashed.\n")
        return EXIT_OK
    owners = ws.exhibits.references_for_digests([p.digest for p in problems])
    for problem in problems:
        names = ", ".join(owners.get(problem.digest) or ["no exhibit"])
        err(f"casebridge: vault: {names}: stored copy {problem.message} (sha256 {problem.digest})\n")
    err(f"casebridge: vault DAMAGED: {len(problems)} of {len(digests)} stored items.\n")
    return EXIT_INTEGRITY


HANDLERS: Handlers = {
    ("evidence", "import"): _evidence_import,
    ("evidence", "resume"): _evidence_resume,
    ("evidence", "list"): _evidence_list,
    ("evidence", "show"): _evidence_show,
    ("evidence", "ocr"): _evidence_ocr,
    ("evidence", "transcribe"): _evidence_transcribe,
    ("evidence", "correct-transcript"): _evidence_correct_transcript,
    ("evidence", "edit"): _evidence_edit,
    ("evidence", "handled"): _evidence_handled,
    ("evidence", "still"): _evidence_still,
    ("vault", "verify"): _vault_verify,
}
