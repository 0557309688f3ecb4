"""Applying a recipe to a photograph or scanned image: box, pixelate or blur each mark; strip every metadata block.

Coordinates are pixels of the image as a person sees it (EXIF orientation applied), and the output is written
upright with no EXIF (GPS, camera serial, embedded thumbnail), XMP or comments. Pixelation keeps at most eight
blocks across the longer side of a mark and blur is followed by coarse resampling, so a face or plate cannot be
recovered by sharpening. JPEG stays JPEG; anything else becomes PNG. Same source + recipe = same bytes.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field

from PIL import Image, ImageDraw, ImageFilter, ImageOps, UnidentifiedImageError

from casebridge.domain.recipe import Mark, Recipe
from casebridge.redaction.pdf_apply import RedactionError

MAX_BLOCKS = 8
Image.MAX_IMAGE_PIXELS = 200_000_000  # a hostile "image bomb" is refused, not decoded


@dataclass
class AppliedImage:
    data: bytes
    media_type: str
    extension: str
    size: tuple[int, int]
    labelled: set[str] = field(default_factory=set)


def open_image(data: bytes, name: str = "the image") -> Image.Image:
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, ValueError) as exc:
        raise RedactionError(f"{name} cannot be opened as an image: {exc}.") from None
    upright = ImageOps.exif_transpose(image)
    return upright if upright is not None else image


def _box(mark: Mark, size: tuple[int, int]) -> list[tuple[int, int, int, int]]:
    boxes = []
    for x0, y0, x1, y1 in mark.rects:
        box = (max(0, math.floor(x0)), max(0, math.floor(y0)), min(size[0], math.ceil(x1)), min(size[1], math.ceil(y1)))
        if box[2] <= box[0] or box[3] <= box[1]:
            raise RedactionError(f"Mark {mark.id} lies outside the image ({size[0]}×{size[1]} pixels).")
        boxes.append(box)
    return boxes


def pixelate(region: Image.Image) -> Image.Image:
    width, height = region.size
    block = max(8, math.ceil(max(width, height) / MAX_BLOCKS))
    small = region.resize((max(1, width // block), max(1, height // block)), Image.Resampling.BOX)
    return small.resize((width, height), Image.Resampling.NEAREST)


def blur(region: Image.Image) -> Image.Image:
    width, height = region.size
    radius = max(8.0, max(width, height) / 6)
    soft = region.filter(ImageFilter.GaussianBlur(radius))
    small = soft.resize((max(1, width // 6), max(1, height // 6)), Image.Resampling.BOX)
    return small.resize((width, height), Image.Resampling.BILINEAR)


def apply_image(source: bytes, recipe: Recipe, *, name: str = "the image") -> AppliedImage:
    image = open_image(source, name)
    original_format = (Image.open(io.BytesIO(source)).format or "").upper()
    mode = "RGB" if image.mode not in ("L", "RGB") else image.mode
    picture = image.convert(mode)
    labelled: set[str] = set()
    draw = ImageDraw.Draw(picture)
    for mark in sorted(recipe.marks, key=lambda m: m.id):
        if mark.page != 0 or mark.kind == "page":
            raise RedactionError(f"Mark {mark.id}: an image has one page; withhold the whole item instead.")
        for box in _box(mark, picture.size):
            region = picture.crop(box)
            if mark.effect == "pixelate":
                picture.paste(pixelate(region), box[:2])
            elif mark.effect == "blur":
                picture.paste(blur(region), box[:2])
            else:
                draw.rectangle((box[0], box[1], box[2] - 1, box[3] - 1), fill=0)
                left, top, right, bottom = draw.textbbox((0, 0), mark.reason)
                if box[2] - box[0] >= right - left + 6 and box[3] - box[1] >= bottom - top + 6:
                    draw.text((box[0] + 3, box[1] + 3), mark.reason, fill=255 if mode == "L" else (255, 255, 255))
                    labelled.add(mark.id)
    out = io.BytesIO()
    if original_format in ("JPEG", "MPO"):
        picture.save(out, "JPEG", quality=92, subsampling=0, optimize=False)
        media_type, extension = "image/jpeg", ".jpg"
    else:
        picture.save(out, "PNG", optimize=False)
        media_type, extension = "image/png", ".png"
    return AppliedImage(out.getvalue(), media_type, extension, picture.size, labelled)
