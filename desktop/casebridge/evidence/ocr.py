"""A searchable copy of scanned paper: OCRmyPDF + Tesseract (optional at runtime, required in CI)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any


def available() -> str | None:
    """None when OCR can run here, else what is missing."""
    try:
        import ocrmypdf  # noqa: F401
    except ImportError:
        return "OCRmyPDF is not installed"
    if shutil.which("tesseract") is None:
        return "Tesseract is not installed"
    if shutil.which("gs") is None and shutil.which("gswin64c") is None:
        return "Ghostscript is not installed"
    return None


def make_searchable(source: Path, target: Path, *, image: bool = False) -> dict[str, Any]:
    """OCR a scanned PDF (or an image of a document) into a PDF with a text layer. Returns the recipe."""
    import logging

    import ocrmypdf

    logging.getLogger("ocrmypdf").setLevel(logging.WARNING)
    options: dict[str, Any] = {"language": ["eng"], "progress_bar": False, "skip_text": True, "optimize": 0}
    if image:
        options["image_dpi"] = 300
    result = ocrmypdf.ocr(source, target, **options)
    if int(result) != 0:
        raise RuntimeError(f"OCRmyPDF exit code {int(result)}")
    return {"tool": f"OCRmyPDF {ocrmypdf.__version__} + Tesseract", "language": "eng", "from_image": image}


def extract_text(pdf: Path) -> str:
    import pymupdf

    with pymupdf.open(pdf) as doc:
        return "".join(page.get_text() for page in doc)
