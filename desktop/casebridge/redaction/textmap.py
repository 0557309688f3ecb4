"""A page's text as one string with every character's box, so a regular expression can find what to mark.

Built once per page from one `TextPage` (extracting text again for every search halves the speed). Lines are
joined with a newline and blocks with a blank line; ligatures are expanded and whitespace kept, so "07700 900461"
split across spans still matches. `rects_for(start, end)` gives one rectangle per line the match touches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pymupdf

Rect = tuple[float, float, float, float]
FLAGS = (pymupdf.TEXTFLAGS_RAWDICT | pymupdf.TEXT_MEDIABOX_CLIP) & ~pymupdf.TEXT_PRESERVE_LIGATURES


def grown(rect: pymupdf.Rect, by: float) -> pymupdf.Rect:
    """The rectangle with `by` points added on every side (negative shrinks it)."""
    return pymupdf.Rect(rect.x0 - by, rect.y0 - by, rect.x1 + by, rect.y1 + by)


# Of the font size, above and below the baseline: the band of a line that belongs to it alone. MuPDF removes
# every character whose (font-sized) box a mark touches, and in tightly set text those boxes overlap the
# lines above and below; a mark kept to this band removes its own letters (descenders included: the whole
# glyph goes) and leaves the neighbouring lines whole.
ASCENT, DESCENT = 0.72, 0.0


def _glyph_box(char: dict[str, Any], size: float, direction: tuple[float, float]) -> Rect:
    """The character's ink, not its font's full line box: a font's box reaches into the lines above and below,
    and a mark that touches a neighbouring line's characters removes them too."""
    x0, y0, x1, y1 = (float(v) for v in char["bbox"])
    if abs(direction[0]) < 0.99 or size <= 0:
        return (x0, y0, x1, y1)  # vertical or slanted text: keep the box MuPDF gives
    baseline = float(char["origin"][1])
    return (x0, max(y0, baseline - ASCENT * size), x1, min(y1, baseline + DESCENT * size))


Raw = tuple[
    dict[str, Any], float, tuple[float, float]
]  # a character as MuPDF read it, its font size, its line's direction


@dataclass
class PageText:
    page: int
    text: str
    raw: list[Raw | None]  # one per character of `text`; None for the separators added between lines
    lines: list[int]  # the line number of each character

    def box(self, index: int) -> Rect | None:
        """The ink box of one character (worked out when asked: a page has thousands, a search needs a few)."""
        raw = self.raw[index]
        return None if raw is None else _glyph_box(*raw)

    @property
    def boxes(self) -> list[Rect | None]:
        return [self.box(i) for i in range(len(self.raw))]

    @classmethod
    def of(cls, page: pymupdf.Page, number: int, textpage: pymupdf.TextPage | None = None) -> PageText:
        tp = textpage or page.get_textpage(flags=FLAGS)
        raw = page.get_text("rawdict", textpage=tp, flags=FLAGS)
        chars: list[str] = []
        kept: list[Raw | None] = []
        lines: list[int] = []
        line_no = 0
        for block in raw.get("blocks", []):
            if block.get("type") != 0:
                continue
            if chars:
                chars.append("\n")
                kept.append(None)
                lines.append(line_no)
            for line in block["lines"]:
                if chars and chars[-1] != "\n":
                    chars.append("\n")
                    kept.append(None)
                    lines.append(line_no)
                line_no += 1
                direction = line["dir"]
                for span in line["spans"]:
                    size = float(span["size"])
                    for char in span["chars"]:
                        chars.append(char["c"])
                        kept.append((char, size, direction))
                    lines.extend([line_no] * len(span["chars"]))
        return cls(number, "".join(chars), kept, lines)

    def rects_for(self, start: int, end: int) -> tuple[Rect, ...]:
        """One rectangle per line covering characters start..end (whitespace at the edges left out)."""
        per_line: dict[int, list[float]] = {}
        for index in range(start, min(end, len(self.raw))):
            box = self.box(index)
            if box is None or self.text[index].isspace():
                continue
            x0, y0, x1, y1 = box
            if x1 <= x0 or y1 <= y0:
                continue
            have = per_line.get(self.lines[index])
            if have is None:
                per_line[self.lines[index]] = [x0, y0, x1, y1]
            else:
                have[0], have[1] = min(have[0], x0), min(have[1], y0)
                have[2], have[3] = max(have[2], x1), max(have[3], y1)
        return tuple((r[0], r[1], r[2], r[3]) for _line, r in sorted(per_line.items()))


def trie_pattern(words: list[str]) -> str:
    """One regular expression for many literals, shaped as a trie so each position is tried once, not once
    per literal (a plain alternation of thousands of strings is a hundred times slower)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return pattern(trie)
