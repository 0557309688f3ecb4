"""Number plates and readable text in shot: found offline by OCR, so a plate, a phone screen or a document held up
to the camera becomes a track to approve like a face.

RapidOCR (Apache-2.0) runs PaddleOCR's PP-OCRv4 text detector and recogniser through onnxruntime; both models
ship in the `rapidocr_onnxruntime` wheel and are checked by SHA-256 before they are run (nothing is fetched).
The recogniser reads each line; lines close together (the lines of a screen or a page) become one region; a line
that reads as a UK registration mark (current, prefix or suffix format, with the usual O/0, I/1 confusions put
right by position) becomes a *plate* on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from casebridge.redaction.media_apply import MediaRedactionError

Box = tuple[float, float, float, float]  # x, y, w, h in pixels of the picture given
Line = tuple[Box, str]  # a line read, and its text
Corners = tuple[float, float, float, float]  # x0, y0, x1, y1 in pixels

# SHA-256 of the models as shipped in the rapidocr_onnxruntime 1.4.4 wheel: any other file is refused, never run.
MODELS = {
    "ch_PP-OCRv4_det_infer.onnx": "d2a7720d45a54257208b1e13e36a8479894cb74155a5efe29462512d42f49da9",
    "ch_PP-OCRv4_rec_infer.onnx": "48fc40f24f6d2a207a2b1091d3437eb3cc3eb6b676dc3ef9c37384005483683b",
    "ch_ppocr_mobile_v2.0_cls_infer.onnx": "e47acedf663230f8863ff1ab0e64dd2d82b838fceb5957146dab185a89d6215c",
}

# UK registration marks: current (AB12 CDE, since 2001), prefix (A123 BCD, 1983–2001), suffix (ABC 123D, 1963–83).
# Letters and digits the recogniser confuses are put right by position before matching.
_CURRENT = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z]{3}")
_PREFIX = re.compile(r"[A-Z][0-9]{1,3}[A-Z]{3}")
_SUFFIX = re.compile(r"[A-Z]{3}[0-9]{1,3}[A-Z]")
_AS_DIGIT = str.maketrans({"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "Z": "2", "S": "5", "B": "8", "G": "6"})
_AS_LETTER = str.maketrans({"0": "O", "1": "I", "2": "Z", "5": "S", "8": "B", "6": "G"})


def uk_registration(text: str) -> str | None:
    """The registration mark a line of text reads as ("AB12 CDE"), or None."""
    compact = re.sub(r"[^A-Z0-9]", "", text.upper())
    if _CURRENT.fullmatch(compact):
        return f"{compact[:4]} {compact[4:]}"
    if _PREFIX.fullmatch(compact):
        return f"{compact[:-3]} {compact[-3:]}"
    if _SUFFIX.fullmatch(compact):
        return f"{compact[:3]} {compact[3:]}"
    if len(compact) == 7:  # current format, read with the usual confusions put right by position
        area, age, rest = compact[:2], compact[2:4], compact[4:]
        fixed = area.translate(_AS_LETTER) + age.translate(_AS_DIGIT) + rest.translate(_AS_LETTER)
        if _CURRENT.fullmatch(fixed):
            return f"{fixed[:4]} {fixed[4:]}"
    return None


@dataclass(frozen=True)
class TextFound:
    box: Box
    text: str  # the lines read, joined with " / "; for a plate, the registration mark
    score: float  # the recogniser's lowest confidence over the lines
    kind: str  # plate | text


def model_folder() -> Path:
    """The folder of the OCR models shipped in the rapidocr_onnxruntime wheel, every file checked by SHA-256."""
    import importlib.util

    spec = importlib.util.find_spec("rapidocr_onnxruntime")
    if spec is None or spec.origin is None:
        raise MediaRedactionError(
            "Plate and text detection is not installed: the 'rapidocr_onnxruntime' package (which carries the OCR "
            "models) is missing."
        )
    from casebridge.redaction.faces import checked_model

    folder = Path(spec.origin).parent / "models"
    for name, expected in MODELS.items():
        checked_model(folder / name, expected, "text detection")
    return folder


@cache
def _engine() -> Any:
    import logging

    folder = model_folder()
    from rapidocr_onnxruntime import RapidOCR

    logging.getLogger("RapidOCR").setLevel(logging.WARNING)
    return RapidOCR(
        det_model_path=str(folder / "ch_PP-OCRv4_det_infer.onnx"),
        rec_model_path=str(folder / "ch_PP-OCRv4_rec_infer.onnx"),
        cls_model_path=str(folder / "ch_ppocr_mobile_v2.0_cls_infer.onnx"),
    )


class TextReader:
    """Reads a picture (RGB) and returns its plates and regions of readable text."""

    def __init__(self, *, min_score: float = 0.6, min_chars: int = 2) -> None:
        self.min_score = min_score
        self.min_chars = min_chars
        self.engine = _engine()

    def lines(self, rgb: npt.NDArray[np.uint8]) -> list[tuple[Box, str, float]]:
        """Every line read with at least `min_chars` letters or digits and the recogniser's confidence."""
        result, _elapsed = self.engine(np.ascontiguousarray(rgb[:, :, ::-1]), use_cls=False)
        lines: list[tuple[Box, str, float]] = []
        for points, text, score in result or []:
            if float(score) < self.min_score or sum(c.isalnum() for c in str(text)) < self.min_chars:
                continue
            xs = [float(p[0]) for p in points]
            ys = [float(p[1]) for p in points]
            box = (min(xs), min(ys), max(1.0, max(xs) - min(xs)), max(1.0, max(ys) - min(ys)))
            lines.append((box, str(text), float(score)))
        return lines

    def __call__(self, rgb: npt.NDArray[np.uint8]) -> list[TextFound]:
        found: list[TextFound] = []
        regions: list[list[tuple[Box, str, float]]] = []
        for line in sorted(self.lines(rgb), key=lambda item: (item[0][1], item[0][0])):
            box, text, score = line
            plate = uk_registration(text)
            if plate is not None:
                found.append(TextFound(box, plate, score, "plate"))
                continue
            home = next((region for region in regions if _belongs(region, box)), None)
            if home is None:
                regions.append([line])
            else:
                home.append(line)
        for region in regions:
            x0 = min(b[0] for b, _t, _s in region)
            y0 = min(b[1] for b, _t, _s in region)
            x1 = max(b[0] + b[2] for b, _t, _s in region)
            y1 = max(b[1] + b[3] for b, _t, _s in region)
            text = " / ".join(t for _b, t, _s in region)
            found.append(TextFound((x0, y0, x1 - x0, y1 - y0), text, min(s for _b, _t, s in region), "text"))
        return found


def _belongs(region: list[tuple[Box, str, float]], box: Box) -> bool:
    """A line belongs to a region (a screen, a page) when it starts within two line heights below the region's
    last line and overlaps it across."""
    last, _text, _score = region[-1]
    x0 = min(b[0] for b, _t, _s in region)
    x1 = max(b[0] + b[2] for b, _t, _s in region)
    height = max(last[3], box[3])
    below = box[1] - (last[1] + last[3])
    across = min(x1, box[0] + box[2]) - max(x0, box[0])
    return -height <= below <= 2 * height and across > 0


def compact(text: str) -> tuple[str, list[int]]:
    """Letters and digits in lower case, and where each came from (a picture reads "AB12CDE" for "AB12 CDE")."""
    chars, owner = [], []
    for index, char in enumerate(text):
        if char.isalnum():
            chars.append(char.lower())
            owner.append(index)
    return "".join(chars), owner


def in_lines(lines: list[Line], value: str, size: tuple[int, int]) -> list[Corners]:
    """Where `value` is read in a picture: the part of each line holding it (the line's width shared out by
    characters, padded by a quarter of the line's height and kept inside the picture)."""
    wanted, _ = compact(value)
    found: list[Corners] = []
    if len(wanted) < 3:
        return found
    for (x, y, w, h), text in lines:
        key, owner = compact(text)
        start = key.find(wanted)
        while start >= 0:
            first, last = owner[start], owner[start + len(wanted) - 1] + 1
            pad = h / 4
            x0 = x + w * first / max(1, len(text)) - pad
            x1 = x + w * last / max(1, len(text)) + pad
            found.append((max(0.0, x0), max(0.0, y - pad), min(float(size[0]), x1), min(float(size[1]), y + h + pad)))
            start = key.find(wanted, start + len(wanted))
    return found
