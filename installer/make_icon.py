"""Draw the Casebridge icon (a bridge arch over 'CB' on a navy tile) as a multi-size .ico and a 256 px PNG.

Run once when the design changes; the outputs are committed so builds do not depend on fonts:
    python installer/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
NAVY, WHITE, GOLD = (16, 42, 92, 255), (255, 255, 255, 255), (240, 180, 40, 255)


def draw(size: int = 256) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((0, 0, size - 1, size - 1), radius=size // 6, fill=NAVY)
    band = size // 14
    pen.arc((size * 0.14, size * 0.16, size * 0.86, size * 0.84), 180, 360, fill=GOLD, width=band)
    pen.rectangle((size * 0.1, size * 0.49, size * 0.9, size * 0.49 + band), fill=GOLD)
    try:
        font = ImageFont.truetype("DejaVuSans-Bold.ttf", int(size * 0.34))
    except OSError:
        font = ImageFont.load_default(size=int(size * 0.34))
    pen.text((size / 2, size * 0.76), "CB", fill=WHITE, font=font, anchor="mm")
    return image


def main() -> None:
    icon = draw(256)
    icon.save(HERE.parent / "resources" / "icons" / "casebridge.png")
    icon.save(HERE / "assets" / "casebridge.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (256, 256)])


if __name__ == "__main__":
    main()
