"""Render a built form to PDF: HTML from the Mako template, laid out by PyMuPDF's Story, then every page
stamped with the URN, the security marking, page numbers and — on police/CPS-only forms — the chequered
"non-disclosable" banding.

`check_audience` is the single gate between a form and an output: a non-disclosable form can never be rendered
for the defence, and the forms a CPS copy must edit are built edited (see `builders._mg19`).
"""

from __future__ import annotations

import functools
from typing import Any

from casebridge import __version__
from casebridge.forms.document import Audience, DisclosureError, FormDocument
from casebridge.forms.pages import A4, story_pdf
from casebridge.resource_files import resource_path

MARGIN_X, TOP, BOTTOM = 50.0, 78.0, 70.0
BAND = 14.0  # height of the chequered band on non-disclosable forms
NON_DISCLOSABLE = "NOT DISCLOSABLE - FOR POLICE AND PROSECUTION ONLY"


def check_audience(doc: FormDocument, audience: Audience) -> None:
    """The one place deciding whether a form may go to an audience."""
    if audience is Audience.DEFENCE and not doc.disclosable:
        raise DisclosureError(
            f"{doc.code} ({doc.title}) is for police and prosecution only and cannot go into a defence-facing output."
        )


@functools.cache
def _template() -> Any:
    from mako.template import Template

    return Template(filename=str(resource_path("templates", "form.html.mako")), input_encoding="utf-8")


@functools.cache
def _css() -> str:
    return resource_path("templates", "form.css").read_text(encoding="utf-8")


def to_html(doc: FormDocument) -> str:
    return str(_template().render(doc=doc))


def render_pdf(doc: FormDocument, audience: Audience) -> bytes:
    check_audience(doc, audience)

    import pymupdf

    laid_out = story_pdf(to_html(doc), _css(), (MARGIN_X, TOP, A4[0] - MARGIN_X, A4[1] - BOTTOM))
    pdf = pymupdf.open(stream=laid_out, filetype="pdf")
    try:
        _stamp(pdf, doc, audience)
        pdf.set_metadata(
            {
                "title": f"{doc.code} {doc.title} — {doc.urn}" + (f" — {doc.subject}" if doc.subject else ""),
                "subject": f"{doc.marking}; {'disclosable' if doc.disclosable else 'not disclosable'}; for {audience}",
                "creator": f"Casebridge {__version__}",
                "producer": f"Casebridge {__version__} (PyMuPDF)",
                "keywords": f"URN {doc.urn}, {doc.code}, {doc.marking}",
            }
        )
        pdf.xref_set_key(pdf.pdf_catalog(), "Lang", "(en-GB)")
        pdf.xref_set_key(pdf.pdf_catalog(), "ViewerPreferences", "<</DisplayDocTitle true>>")
        pdf.subset_fonts()  # every font embedded, only the glyphs used: a form stays small in a bundle
        return bytes(pdf.tobytes(garbage=3, deflate=True, no_new_id=True))
    finally:
        pdf.close()


# Helvetica and Helvetica Bold's metric twins (Nimbus Sans, built into MuPDF), embedded so every form page carries
# its fonts (the bundle pre-flight holds court bundles to that); identical font objects are merged when saved.
BOLD, REGULAR = "CBSansBold", "CBSans"


def _fonts(page: Any) -> tuple[Any, Any]:
    import pymupdf

    bold, regular = pymupdf.Font("hebo"), pymupdf.Font("helv")
    page.insert_font(fontname=BOLD, fontbuffer=bold.buffer)
    page.insert_font(fontname=REGULAR, fontbuffer=regular.buffer)
    return bold, regular


def _stamp(pdf: Any, doc: FormDocument, audience: Audience) -> None:
    import pymupdf

    total = pdf.page_count
    for number, page in enumerate(pdf, start=1):
        bold, regular = _fonts(page)
        width, height = page.rect.width, page.rect.height
        if not doc.disclosable:
            for y in (0.0, height - BAND):
                _chequer(page, pymupdf.Rect(0, y, width, y + BAND))
            page.insert_text((MARGIN_X, BAND + 11), NON_DISCLOSABLE, fontsize=8, fontname=BOLD)
        marking = doc.marking
        page.insert_text((MARGIN_X, BAND + 24), marking, fontsize=9, fontname=BOLD)
        urn = f"URN {doc.urn}"
        page.insert_text((width - MARGIN_X - bold.text_length(urn, 10), BAND + 24), urn, fontsize=10, fontname=BOLD)
        page.draw_line((MARGIN_X, TOP - 10), (width - MARGIN_X, TOP - 10), color=(0.3, 0.3, 0.3), width=0.5)
        footer_y = height - BAND - 22
        left = f"{doc.code} · {doc.marking}" + ("" if doc.disclosable else " · not disclosable")
        page.insert_text((MARGIN_X, footer_y), left, fontsize=8, fontname=REGULAR)
        right = f"URN {doc.urn} · page {number} of {total}"
        page.insert_text(
            (width - MARGIN_X - regular.text_length(right, 8), footer_y), right, fontsize=8, fontname=REGULAR
        )
        if audience is not Audience.POLICE and doc.note:
            page.insert_text((MARGIN_X, footer_y + 11), doc.note, fontsize=7, fontname=REGULAR)


def _chequer(page: Any, band: Any) -> None:
    """The chequered banding: alternating dark and light squares across the band."""
    import pymupdf

    size = band.height / 2
    x = band.x0
    column = 0
    shape = page.new_shape()
    while x < band.x1:
        for row in range(2):
            if (column + row) % 2 == 0:
                shape.draw_rect(
                    pymupdf.Rect(x, band.y0 + row * size, min(x + size, band.x1), band.y0 + (row + 1) * size)
                )
        x += size
        column += 1
    shape.finish(color=None, fill=(0.15, 0.15, 0.15))
    shape.commit()
