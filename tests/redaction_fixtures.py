"""PDFs with personal data planted where redaction usually leaks: built in code so every test knows the truth."""

from __future__ import annotations

import io
from pathlib import Path

import pymupdf
from PIL import Image, ImageDraw, ImageFont

SECRET = "07700 900461"
NAME = "Amira Khan"
ADDRESS = "14 Ninian Park Road"


def _scan_with_secret() -> bytes:
    """A 'scanned' page: the secret as pixels in an image (what a scanner makes)."""
    image = Image.new("L", (1240, 400), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=48)
    draw.text((60, 60), f"Phone: {SECRET}", fill=0, font=font)
    draw.text((60, 200), "Nothing else of note.", fill=0, font=font)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def planted_pdf() -> bytes:
    """Seven pages, each hiding the secret somewhere harder (see the page text)."""
    doc = pymupdf.open()
    # 1: plain text, twice
    page = doc.new_page()
    page.insert_text((72, 100), f"Witness {NAME} can be reached on {SECRET}.", fontsize=11)
    page.insert_text((72, 130), f"Call {SECRET} after 6pm. Address: {ADDRESS}, Cardiff.", fontsize=11)
    # 2: a rotated page
    page = doc.new_page()
    page.insert_text((72, 100), f"Rotated page: phone {SECRET}.", fontsize=11)
    page.set_rotation(90)
    # 3: the text inside a form XObject (a page placed on a page)
    inner = pymupdf.open()
    inner_page = inner.new_page(width=400, height=200)
    inner_page.insert_text((20, 50), f"Form XObject holds {SECRET}", fontsize=11)
    page = doc.new_page()
    page.show_pdf_page(pymupdf.Rect(72, 72, 472, 272), inner, 0)
    # 4: invisible OCR text over a scanned image holding the same secret as pixels
    page = doc.new_page()
    image_rect = pymupdf.Rect(36, 72, 36 + 540, 72 + 174)
    page.insert_image(image_rect, stream=_scan_with_secret())
    scale = image_rect.width / 1240
    page.insert_text(
        (36 + 60 * scale + 130 * scale, 72 + 100 * scale), SECRET, fontsize=48 * scale * 0.9, render_mode=3
    )
    # 5: white text on white (invisible to the eye, found by search)
    page = doc.new_page()
    page.insert_text((72, 100), f"Hidden white text {SECRET}", fontsize=11, color=(1, 1, 1))
    page.insert_text((72, 140), "Visible text on page five.", fontsize=11)
    # 6: annotations carrying the secret, and a filled-in form field
    page = doc.new_page()
    page.insert_text((72, 100), "Page with comments.", fontsize=11)
    page.add_text_annot((300, 300), f"Note: ring {SECRET}")
    page.add_freetext_annot(pymupdf.Rect(72, 400, 400, 440), f"Typed over: {SECRET}")
    widget = pymupdf.Widget()
    widget.field_name = "phone"
    widget.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
    widget.field_value = SECRET
    widget.rect = pymupdf.Rect(72, 500, 300, 520)
    page.add_widget(widget)
    # 7: a page the recipe removes whole
    page = doc.new_page()
    page.insert_text((72, 100), f"Intelligence page mentioning {NAME} and {SECRET}.", fontsize=11)
    # document-level places
    doc.set_metadata({"author": NAME, "title": f"Statement {SECRET}", "subject": ADDRESS})
    doc.set_xml_metadata(f"<x:xmpmeta xmlns:x='adobe:ns:meta/'><note>{SECRET}</note></x:xmpmeta>")
    doc.set_toc([[1, "Statement", 1], [1, f"Contact {SECRET}", 1], [1, "Intelligence", 7]])
    doc.embfile_add("contacts.txt", f"{NAME} {SECRET}".encode(), filename="contacts.txt")
    page = doc[0]
    page.insert_link({"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(72, 90, 300, 104), "uri": "tel:07700900461"})
    doc.set_page_labels([{"startpage": 0, "prefix": "S-", "style": "D", "firstpagenum": 1}])
    return doc.tobytes()


def leaks(data: bytes, text: str) -> list[str]:
    """Everywhere `text` can still be found in a PDF — an independent check, not the product's verifier."""
    found = []
    doc = pymupdf.open(stream=data, filetype="pdf")
    flags = pymupdf.TEXTFLAGS_TEXT & ~pymupdf.TEXT_PRESERVE_LIGATURES
    for number, page in enumerate(doc):
        if text in " ".join(page.get_text(flags=flags).split()):
            found.append(f"page {number + 1} text")
    for key, value in (doc.metadata or {}).items():
        if value and text in value:
            found.append(f"metadata {key}")
    if text in doc.get_xml_metadata():
        found.append("XMP")
    if any(text in str(entry[1]) for entry in doc.get_toc()):
        found.append("outline")
    forms = {
        text.encode(),
        text.encode().hex().encode(),
        text.encode().hex().upper().encode(),
        text.encode("utf-16-be").hex().encode(),
        text.encode("utf-16-be").hex().upper().encode(),
    }
    for xref in range(1, doc.xref_length()):
        chunks = [doc.xref_object(xref, compressed=False).encode("latin-1", "ignore")]
        if doc.xref_is_stream(xref):
            chunks.append(doc.xref_stream(xref) or b"")
        if any(form in chunk for chunk in chunks for form in forms):
            found.append(f"object {xref}")
    return found


DOB = "14/03/1987"


def hidden_style_pdf() -> bytes:
    """A date of birth found once by its label, and the same value without context in the hard places: a rotated
    page, invisible OCR text, a form XObject, an annotation, a bookmark, an attachment, the document information,
    and an old revision (the file is saved again incrementally after the value was typed over)."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), f"Date of birth {DOB}", fontsize=11)  # the one a detector finds
    page.insert_text((72, 130), "The witness describes the evening.", fontsize=11)
    page = doc.new_page()  # rotated, no context
    page.insert_text((72, 100), f"Reference noted as {DOB} in the log.", fontsize=11)
    page.set_rotation(90)
    page = doc.new_page()  # invisible OCR text over a picture
    page.insert_image(pymupdf.Rect(36, 72, 576, 246), stream=_scan_with_secret())
    page.insert_text((90, 120), DOB, fontsize=14, render_mode=3)
    inner = pymupdf.open()  # a form XObject
    inner.new_page(width=400, height=200).insert_text((20, 50), f"Placed page {DOB}", fontsize=11)
    page = doc.new_page()
    page.show_pdf_page(pymupdf.Rect(72, 72, 472, 272), inner, 0)
    page.add_text_annot((300, 400), f"Check {DOB}")
    doc.set_toc([[1, "Statement", 1], [1, f"Born {DOB}", 2]])
    doc.embfile_add("notes.txt", f"dob {DOB}".encode(), filename="notes.txt")
    doc.set_metadata({"subject": f"Witness born {DOB}", "producer": "Casebridge test"})
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "hidden.pdf"
        doc.save(path)
        doc.close()
        again = pymupdf.open(path)  # an old revision still holds the value in the document information
        again.new_page().insert_text((72, 100), "Page added later.", fontsize=11)
        again.set_metadata({"subject": "Witness statement", "producer": "Casebridge test"})
        again.save(path, incremental=True, encryption=pymupdf.PDF_ENCRYPT_KEEP)
        again.close()
        return path.read_bytes()


def line_final_pdf(email: str, style: str, after: str = "") -> bytes:
    """A statement whose contact line ends with an e-mail address (or has `after` following it), written as Word
    writes runs (each word placed on its own) or as LibreOffice does (one array of runs with kerning numbers)."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 60), "Statement of witness", fontsize=11)
    page.insert_text((72, 80), "I was at home all evening and saw the car leave at ten.", fontsize=11)
    name = page.get_fonts()[0][4]
    words = ["Contact", "me", "at", email, *after.split()]
    if style == "word":
        font, x, ops = pymupdf.Font("helv"), 72.0, []
        for word in words:
            ops.append(f"BT /{name} 11 Tf {x:.2f} 700 Td ({word}) Tj ET")
            x += font.text_length(word + " ", 11)
        stream = "\n".join(ops)
    else:
        runs = " -250 ".join(f"({w})" for w in words[:3])
        tail = " ".join(f"-250 ({w})" for w in words[4:])
        stream = f"BT /{name} 11 Tf 72 700 Td [{runs} -250 ({email[:4]}) 12 ({email[4:]}) {tail}] TJ ET"
    xref = doc.get_new_xref()
    doc.update_object(xref, "<<>>")
    doc.update_stream(xref, stream.encode())
    doc.xref_set_key(page.xref, "Contents", "[" + " ".join(f"{c} 0 R" for c in [*page.get_contents(), xref]) + "]")
    return doc.tobytes()
