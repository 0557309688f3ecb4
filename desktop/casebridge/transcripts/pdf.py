"""A timed transcript as a PDF, laid out like a record of taped interview (ROTI): a header naming the recording and
how the transcript was made, then one row per passage — the time it starts, who spoke (the channel), what was said
— with the page number and the exhibit on every page."""

from __future__ import annotations

import html

from casebridge import __version__
from casebridge.domain.transcript import Transcript
from casebridge.forms.pages import A4, story_pdf

MARGIN, TOP, BOTTOM = 50.0, 60.0, 60.0

CSS = """
body { font-family: sans-serif; font-size: 10pt; }
h1 { font-size: 14pt; margin: 0 0 4pt 0; }
p.facts { font-size: 8.5pt; color: #333; margin: 0 0 8pt 0; }
table { width: 100%; border-collapse: collapse; }
th { text-align: left; font-size: 9pt; border-bottom: 1px solid #000; padding: 2pt 4pt; }
td { vertical-align: top; padding: 3pt 4pt; border-bottom: 0.5px solid #bbb; }
td.time { width: 58pt; font-family: monospace; }
td.who { width: 90pt; }
"""


def _clock(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def transcript_pdf(transcript: Transcript, *, urn: str, reference: str, description: str) -> bytes:
    import pymupdf

    rows = "".join(
        f"<tr><td class='time'>{_clock(s.start)}</td><td class='who'>{html.escape(s.channel)}</td>"
        f"<td>{html.escape(s.text.strip())}</td></tr>"
        for s in sorted(transcript.segments, key=lambda s: (s.start, s.channel))
    )
    body = (
        f"<h1>Transcript of {html.escape(reference)}</h1>"
        f"<p class='facts'>{html.escape(description)}<br/>Case {html.escape(urn)}. Recording SHA-256 "
        f"{transcript.source_sha256[:16]}…, {transcript.duration:.0f} s. Transcribed by machine "
        f"({html.escape(transcript.model)}, model SHA-256 {transcript.model_sha256[:16]}…, language "
        f"{html.escape(str(transcript.settings.get('language', 'en')))}): check against the recording before relying "
        "on it.</p>"
        "<table><tr><th>Time</th><th>Speaker (channel)</th><th>What was said</th></tr>"
        f"{rows or '<tr><td></td><td></td><td>No speech was found.</td></tr>'}</table>"
    )
    laid_out = story_pdf(body, CSS, (MARGIN, TOP, A4[0] - MARGIN, A4[1] - BOTTOM))
    with pymupdf.open(stream=laid_out, filetype="pdf") as pdf:
        count = pdf.page_count
        for number, sheet in enumerate(pdf, start=1):
            sheet.insert_text((MARGIN, 35), f"{urn}  {reference}  transcript", fontsize=8)
            sheet.insert_text((A4[0] - MARGIN - 70, A4[1] - 30), f"Page {number} of {count}", fontsize=8)
        pdf.set_metadata(
            {
                "title": f"Transcript of {reference} — {urn}",
                "creator": f"Casebridge {__version__}",
                "producer": f"Casebridge {__version__} (PyMuPDF)",
            }
        )
        return bytes(pdf.tobytes(garbage=3, deflate=True))
