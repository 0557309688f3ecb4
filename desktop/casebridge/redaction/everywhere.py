"""One decision, every medium: a value removed from one exhibit (a name, a phone number, an address — whatever was
marked) is looked for in every other exhibit of the case — the text of documents, the text read in pictures, the
transcripts of recordings — counted per exhibit, and offered there as suggestions in one action.

Offers are suggestions like any other: nothing is removed before a person approves it in each exhibit, and every
offer is in the audit log with the exhibit it came from.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from casebridge.domain.exhibit import Exhibit
from casebridge.domain.recipe import Rect, Suggestion
from casebridge.errors import CasebridgeError
from casebridge.jobs import CancelToken, Progress, ProgressUpdate, no_progress
from casebridge.redaction import detectors
from casebridge.redaction.pdf_apply import RedactionError
from casebridge.redaction.removed import Removed, removed_values
from casebridge.redaction.shot_text import Line, compact, in_lines

if TYPE_CHECKING:
    from casebridge.redaction.media_service import MediaRedactionService
    from casebridge.redaction.service import RedactionService
    from casebridge.transcripts.service import TranscriptService
    from casebridge.workspace import Workspace


@dataclass(frozen=True)
class Place:
    """Where a value is found in one exhibit."""

    reference: str
    description: str
    medium: str  # document | image | recording
    found: int  # occurrences not yet marked (offered, when offering)
    marked: int  # occurrences already marked or suggested there
    note: str = ""  # why it could not be looked for ("not transcribed yet")
    times: tuple[float, ...] = ()  # recordings: where each new occurrence is said
    pages: tuple[int, ...] = ()  # documents: the pages (1-based) of each new occurrence

    def as_dict(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "description": self.description,
            "medium": self.medium,
            "found": self.found,
            "marked": self.marked,
            "note": self.note,
            "times": list(self.times),
            "pages": list(self.pages),
        }


def _covered(rects: Iterable[Rect], marked: list[Rect]) -> bool:
    """Each rectangle lies (four fifths of it or more) under a rectangle already marked."""
    for x0, y0, x1, y1 in rects:
        area = max(1e-6, (x1 - x0) * (y1 - y0))
        best = 0.0
        for m0, n0, m1, n1 in marked:
            w, h = min(x1, m1) - max(x0, m0), min(y1, n1) - max(y0, n0)
            if w > 0 and h > 0:
                best = max(best, w * h / area)
        if best < 0.8:
            return False
    return True


class EverywhereService:
    def __init__(
        self,
        ws: Workspace,
        redaction: RedactionService,
        media: MediaRedactionService,
        transcripts: TranscriptService | None,
    ) -> None:
        self.ws = ws
        self.redaction = redaction
        self.media = media
        self.transcripts = transcripts
        self._lines: dict[str, list[Line]] = {}  # pictures read once per session, by SHA-256

    def term(self, value: str, reason: str = "TPD", where: str = "this case") -> detectors.Term:
        terms = detectors.removed_terms([(value, reason, where)])
        if not terms:
            raise RedactionError(f"'{value.strip()}' is too short to look for (three letters or digits at least).")
        return terms[0]

    def removed(self, urn: str) -> list[Removed]:
        """Every value the case has approved for removal, once each (where it was first decided)."""
        seen: set[str] = set()
        unique = []
        for item in removed_values(self.ws, urn.strip().upper()):
            key, _ = compact(item.value)
            if len(key) >= 3 and key not in seen:
                seen.add(key)
                unique.append(item)
        return unique

    def exhibits(self, urn: str, exclude: str = "", references: Iterable[str] | None = None) -> list[Exhibit]:
        """The case's originals a value can be looked for in (redacted copies and stills left out)."""
        wanted = {r.strip().upper() for r in references} if references is not None else None
        chosen = []
        for exhibit in self.ws.exhibits.for_case(urn.strip().upper()):
            if "redacted_from" in exhibit.facts or "still_of" in exhibit.facts or exhibit.reference == exclude.upper():
                continue
            if wanted is not None and exhibit.reference not in wanted:
                continue
            chosen.append(exhibit)
        if wanted is not None:
            missing = wanted - {e.reference for e in chosen}
            if missing:
                raise RedactionError(f"No exhibit {', '.join(sorted(missing))} on {urn.upper()} to look in.")
        return chosen

    def places(
        self,
        urn: str,
        value: str,
        *,
        reason: str = "TPD",
        exclude: str = "",
        references: Iterable[str] | None = None,
        offer: bool = False,
        mode: str = "bleep",
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
    ) -> list[Place]:
        """Where `value` is found in the case's exhibits (`exclude` left out), with counts per exhibit; with
        `offer`, every new occurrence becomes a suggestion in its exhibit (documents and pictures: a text mark to
        approve; recordings: a range of sound to approve)."""
        term = self.term(value, reason, exclude or "this case")
        chosen = self.exhibits(urn, exclude, references)
        places: list[Place] = []
        for number, exhibit in enumerate(chosen, 1):
            if cancel is not None:
                cancel.raise_if_cancelled()
            progress(ProgressUpdate(number - 1, len(chosen), f"Looking in {exhibit.reference}"))
            place = self._look(exhibit, term, value, offer=offer, mode=mode)
            if place is not None:
                places.append(place)
        progress(ProgressUpdate(len(chosen), len(chosen), "Looked in every exhibit"))
        if offer:
            offered = {p.reference: p.found for p in places if p.found}
            self.ws.redactions.record_offered(
                urn.strip().upper(),
                {"value_sha256": _digest(value), "reason": reason, "from": exclude.upper(), "offered": offered},
            )
        return places

    # ----- one exhibit -----
    def _look(self, exhibit: Exhibit, term: detectors.Term, value: str, *, offer: bool, mode: str) -> Place | None:
        if exhibit.kind in ("audio", "video"):
            return self._recording(exhibit, term, value, offer=offer, mode=mode)
        try:
            source = self.redaction.source(exhibit)
        except RedactionError:
            return None  # nothing here can carry text (a spreadsheet not converted, say)
        if source.kind == "pdf":
            found = self.redaction.find_term(exhibit, term)
            medium = "document"
        else:
            try:
                found = self._picture(exhibit, source.sha256, term, value)
            except (CasebridgeError, ImportError, OSError, RuntimeError, ValueError) as exc:  # the text reader
                # missing or the picture unreadable: said in the list, the other exhibits still looked in
                return Place(exhibit.reference, exhibit.display_description, "image", 0, 0, note=str(exc))
            medium = "image"
        recipe = self.redaction.recipe(exhibit)
        new = []
        for suggestion in found:
            marked = [r for m in recipe.marks if m.page == suggestion.page for r in m.rects]
            if not any(m.kind == "page" and m.page == suggestion.page for m in recipe.marks) and not _covered(
                suggestion.rects, marked
            ):
                new.append(suggestion)
        if offer and new:
            self.redaction.accept(exhibit, new)
        pages = tuple(s.page + 1 for s in new) if medium == "document" else ()
        return Place(
            exhibit.reference, exhibit.display_description, medium, len(new), len(found) - len(new), pages=pages
        )

    def _picture(self, exhibit: Exhibit, sha256: str, term: detectors.Term, value: str) -> list[Suggestion]:
        from casebridge.redaction.image_apply import open_image

        data = self.redaction.read(sha256)
        picture = open_image(data, exhibit.reference)
        if sha256 not in self._lines:
            import numpy as np

            from casebridge.redaction.shot_text import TextReader

            rgb = np.asarray(picture.convert("RGB"), dtype=np.uint8)
            self._lines[sha256] = [(box, text) for box, text, _score in TextReader(min_chars=3).lines(rgb)]
        rects = in_lines(self._lines[sha256], value, picture.size)
        return [Suggestion(term.detector, term.label, value, 0, (rect,), term.reason) for rect in rects]

    def _recording(self, exhibit: Exhibit, term: detectors.Term, value: str, *, offer: bool, mode: str) -> Place:
        from casebridge.redaction.spoken import find_spoken, misheard

        transcript = self.transcripts.transcript(exhibit) if self.transcripts is not None else None
        if transcript is None:
            return Place(exhibit.reference, exhibit.display_description, "recording", 0, 0, note="not transcribed yet")
        near = misheard(term, value)  # speech recognition may mishear a digit of a long number
        hits = find_spoken(transcript, [term] if near is None else [term, near], patterns_too=False)
        ranges = [a for a in self.media.recipe(exhibit).audio if not a.audible]
        new = [h for h in hits if not any(a.start <= h.start + 1e-3 and h.end <= a.end + 1e-3 for a in ranges)]
        if offer and new:
            self.media.audio_offer(exhibit, [term] if near is None else [term, near], mode=mode)
        return Place(
            exhibit.reference,
            exhibit.display_description,
            "recording",
            len(new),
            len(hits) - len(new),
            times=tuple(round(h.start, 1) for h in new),
        )


def _digest(value: str) -> str:
    """The audit log names what was offered by digest only: the log must not itself hold the personal data."""
    return hashlib.sha256(re.sub(r"\s+", " ", value.strip().lower()).encode("utf-8")).hexdigest()
