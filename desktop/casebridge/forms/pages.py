"""HTML laid out on as many A4 pages as it needs (PyMuPDF's Story): the one pagination loop the forms, the bundle's
index and media pages, and the timed transcripts share."""

from __future__ import annotations

import io
from typing import Any

A4 = (595.0, 842.0)  # points


def story_pdf(body: str, css: str, frame: tuple[float, float, float, float], archive: Any = None) -> bytes:
    """`body` (HTML) styled by `css`, placed inside `frame` (x0, y0, x1, y1 in points) on each A4 page."""
    import pymupdf

    story = pymupdf.Story(html=body, user_css=css, archive=archive)
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    page, where = pymupdf.Rect(0, 0, *A4), pymupdf.Rect(*frame)
    more = True
    while more:
        device = writer.begin_page(page)
        more, _filled = story.place(where)
        story.draw(device)
        writer.end_page()
    writer.close()
    return buffer.getvalue()
