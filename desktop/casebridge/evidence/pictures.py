"""Opening pictures without letting one exhaust the computer: the size is read from the file's header and a
picture of more than MAX_PIXELS is never decoded (a 109 KB PNG can declare 30000×30000 pixels — 900 million, a few
GB once decoded). Such a file is still kept as evidence, exactly as supplied; it is only not opened."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

MAX_PIXELS = 100_000_000  # 100 megapixels: beyond phone cameras' usual 12-50 MP and an A3 scan at 600 dpi


class PictureTooLarge(ValueError):
    """The picture declares more pixels than may be decoded here."""

    def __init__(self, width: int | None, height: int | None, pixels: int | None = None) -> None:
        self.width, self.height = width, height
        pixels = width * height if width and height else pixels
        megapixels = f"{pixels / 1_000_000:,.0f} megapixels" if pixels else "more pixels than can be counted"
        size = f"{width}×{height} pixels ({megapixels})" if width and height else megapixels
        super().__init__(
            f"is a picture of {size}, more than the {MAX_PIXELS // 1_000_000} megapixels Casebridge will open"
        )


@contextmanager
def open_picture(path: Path) -> Iterator[Any]:
    """Pillow's image, opened lazily (header only) and refused when it is too large to decode."""
    import re
    import warnings

    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # our own, lower, limit applies below
            image = Image.open(path)
    except Image.DecompressionBombError as exc:  # Pillow refuses beyond twice its own limit before we see a size
        found = re.search(r"\((\d+) pixels\)", str(exc))
        raise PictureTooLarge(None, None, int(found.group(1)) if found else None) from None
    with image:
        width, height = image.size
        if width * height > MAX_PIXELS:
            raise PictureTooLarge(width, height)
        yield image
