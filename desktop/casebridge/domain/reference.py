"""Standing data lookups: PNC force codes and the CJS offence list, searchable by code or words.

Pure in-memory structures built from records; `casebridge.reference_data` loads them from files.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Force:
    code: str
    name: str

    @property
    def issues_urns(self) -> bool:
        """Reserved PNC codes and the dummy '00' never prefix a real case URN."""
        return len(self.code) == 2 and self.code != "00" and not self.name.lower().startswith("reserved")


@dataclass(frozen=True)
class OffenceDefinition:
    code: str
    title: str
    category: str
    recordable: bool


class ForceTable:
    def __init__(self, forces: Iterable[Force]) -> None:
        self._by_code = {f.code: f for f in forces}

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __len__(self) -> int:
        return len(self._by_code)

    def __iter__(self) -> Iterator[Force]:
        return iter(self._by_code.values())

    def name(self, code: str) -> str | None:
        force = self._by_code.get(code)
        return force.name if force else None

    def get(self, code: str) -> Force | None:
        return self._by_code.get(code)

    def urn_forces(self) -> frozenset[str]:
        """Codes that can start a URN."""
        return frozenset(f.code for f in self._by_code.values() if f.issues_urns)


class OffenceIndex:
    """All CJS offence codes, searchable by code prefix or by every word of the title."""

    def __init__(self, offences: Iterable[OffenceDefinition]) -> None:
        self._by_code: dict[str, OffenceDefinition] = {}
        for offence in offences:
            self._by_code[offence.code] = offence
        self._codes = sorted(self._by_code)
        self._rows = [(code, self._by_code[code].title.lower()) for code in self._codes]

    def __len__(self) -> int:
        return len(self._codes)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def get(self, code: str) -> OffenceDefinition | None:
        return self._by_code.get(code.strip().upper())

    def search(self, query: str, limit: int = 50) -> list[OffenceDefinition]:
        """Code prefix matches first, then titles containing every word (whole-word starts ranked higher)."""
        text = query.strip()
        if not text:
            return []
        results: list[OffenceDefinition] = []
        seen: set[str] = set()
        compact = text.replace(" ", "").upper()
        if compact.isalnum() and len(compact) <= 8 and compact[:2].isalpha():
            start = bisect.bisect_left(self._codes, compact)
            for code in self._codes[start:]:
                if not code.startswith(compact) or len(results) >= limit:
                    break
                results.append(self._by_code[code])
                seen.add(code)
        words = text.lower().split()
        if len(results) < limit:
            scored: list[tuple[int, int, str]] = []
            for code, title in self._rows:
                if code in seen or not all(w in title for w in words):
                    continue
                padded = f" {title}"
                word_starts = sum(1 for w in words if f" {w}" in padded)
                scored.append((-word_starts, len(title), code))
            scored.sort()
            results.extend(self._by_code[code] for _, _, code in scored[: limit - len(results)])
        return results
