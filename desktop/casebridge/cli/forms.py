"""`casebridge forms …` and `letters render`: the MG forms and letters a case produces."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from casebridge.cli.common import (
    EXIT_OK,
    Handlers,
    Run,
)


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    forms = commands.add_parser("forms", help="list and render the case's MG forms", parents=[common])
    forms_cmds = forms.add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    forms_list = forms_cmds.add_parser("list", help="the forms this case can produce", parents=[common])
    forms_list.add_argument("urn")
    forms_render = forms_cmds.add_parser("render", help="render forms to PDF", parents=[common])
    forms_render.add_argument("urn")
    which = forms_render.add_mutually_exclusive_group(required=True)
    which.add_argument("--form", help="form key from 'forms list', e.g. MG5 or MG11:12")
    which.add_argument("--all", action="store_true", help="every form the audience may receive")
    forms_render.add_argument(
        "--audience", choices=["police", "cps", "defence"], default="cps", help="who the PDF is for (default cps)"
    )
    forms_render.add_argument("--out", required=True, help="PDF file (one form) or folder (--all)")
    letters = commands.add_parser(
        "letters", help="letters to victims and witnesses in their language", parents=[common]
    )
    letter_cmds = letters.add_subparsers(dest="letters_command", metavar="ACTION", required=True)
    render = letter_cmds.add_parser("render", help="write a letter as PDF (Welsh, English or both)", parents=[common])
    render.add_argument("urn")
    render.add_argument("--person", required=True, help="the person's id or surname")
    render.add_argument("--kind", default="witness-dates")
    render.add_argument("--language", choices=("en", "cy", "both"), help="default: the person's own preference")
    render.add_argument("--out", required=True)


def _forms_list(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.domain.view import CaseFileView
    from casebridge.forms.builders import FORMS, build, catalogue

    view = CaseFileView.load(run.workspace, args.urn)
    for key in catalogue(view):
        doc = build(view, key)
        spec = FORMS[doc.code]
        status = "disclosable" if spec.disclosable else "police/CPS only"
        subject = f" — {doc.subject}" if doc.subject else ""
        out.write(f"{key:<12} {doc.title}{subject}  [{spec.marking}; {status}]\n")
    return EXIT_OK


def _forms_render(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.disclosure.forms import form_pdf
    from casebridge.disclosure.withheld import withheld
    from casebridge.domain.view import CaseFileView
    from casebridge.forms.builders import FORMS, build, catalogue
    from casebridge.forms.document import Audience

    audience = Audience(args.audience)
    ws = run.workspace
    view = CaseFileView.load(ws, args.urn)
    decisions = withheld(ws, view, audience)  # for the defence: the case's redaction decisions are applied
    if args.form:
        doc = build(view, args.form, audience)
        target = Path(args.out)
        target.write_bytes(form_pdf(ws, view, args.form, audience, decisions))
        out.write(f"{doc.key} for {audience}: {target}\n")
        return EXIT_OK
    folder = Path(args.out)
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for key in catalogue(view):
        if audience is Audience.DEFENCE and not FORMS[key.partition(":")[0]].disclosable:
            continue
        doc = build(view, key, audience)
        (folder / f"{doc.file_stem}.pdf").write_bytes(form_pdf(ws, view, key, audience, decisions))
        written += 1
    out.write(f"{written} forms for {audience} written to {folder}\n")
    return EXIT_OK


def _letters_render(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.errors import ValidationError
    from casebridge.forms.letters import languages_for, letter_data, render_letter

    ws = run.workspace
    case = ws.cases.get_case(args.urn)
    wanted = args.person.strip()
    matches = [p for p in case.people if str(p.id) == wanted or p.surname.lower() == wanted.lower()]
    if len(matches) != 1:
        raise ValidationError("person", f"'{wanted}' names {len(matches)} people on {case.urn}: give the id.")
    person = matches[0]
    assert person.id is not None
    Path(args.out).write_bytes(render_letter(ws, case.urn, person.id, args.kind, args.language))
    versions = languages_for(args.language or letter_data(ws, case.urn, person.id)["language"])
    names = {"cy": "Welsh", "en": "English"}
    out.write(
        f"{args.out}: {args.kind} letter to {person.forenames} {person.surname} in "
        f"{' then '.join(names[v] for v in versions)}\n"
    )
    return EXIT_OK


HANDLERS: Handlers = {
    ("forms", "list"): _forms_list,
    ("forms", "render"): _forms_render,
    ("letters", "render"): _letters_render,
}
