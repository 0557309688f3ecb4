"""Transcripts as derivatives of exhibits: made once per recording (the vault keeps the JSON under its SHA-256,
the derivative record names the model, its digest and the settings), searchable with the rest of the evidence."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from casebridge.domain.exhibit import Exhibit
from casebridge.domain.transcript import Transcript
from casebridge.jobs import CancelToken, Progress, no_progress
from casebridge.transcripts.transcribe import TranscriptionError, transcribe

if TYPE_CHECKING:
    from casebridge.workspace import Workspace

TRANSCRIPT = "transcript"


class TranscriptService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def transcript(self, exhibit: Exhibit) -> Transcript | None:
        """The exhibit's transcript, if one was made."""
        record = self.ws.exhibits.derivative(exhibit.sha256, TRANSCRIPT)
        if record is None:
            return None
        return Transcript.from_json(self.ws.vault.path(record.sha256).read_text(encoding="utf-8"))

    def pdf(self, exhibit: Exhibit) -> bytes:
        """The exhibit's transcript as a timed PDF (time, speaker or channel, what was said)."""
        from casebridge.transcripts.pdf import transcript_pdf

        transcript = self.transcript(exhibit)
        if transcript is None:
            raise TranscriptionError(f"{exhibit.reference} has not been transcribed yet.")
        return transcript_pdf(
            transcript, urn=exhibit.case_urn, reference=exhibit.reference, description=exhibit.display_description
        )

    def transcribe(
        self, exhibit: Exhibit, *, progress: Progress = no_progress, cancel: CancelToken | None = None
    ) -> tuple[Transcript, bool]:
        """(the transcript, whether it was made now): a recording is transcribed once; its transcript is kept."""
        existing = self.transcript(exhibit)
        if existing is not None:
            return existing, False
        if exhibit.kind not in ("audio", "video"):
            raise TranscriptionError(f"{exhibit.reference} is not a recording: there is nothing to transcribe.")
        self.ws.reload_settings()
        made = transcribe(
            self.ws.vault.path(exhibit.sha256),
            exhibit.sha256,
            model_dir=self.ws.settings.speech_model_dir,
            progress=progress,
            cancel=cancel,
        )
        stored = self.ws.vault.put(io.BytesIO(made.to_json().encode("utf-8")))
        self.ws.exhibits.add_derivative(exhibit.sha256, TRANSCRIPT, stored.digest, _recipe(made), text=made.text)
        return made, True

    def correct(self, exhibit: Exhibit, start: float, text: str, *, channel: str = "") -> Transcript:
        """Puts one passage right (the passage said at `start`, on `channel` where several are): the corrected
        transcript is kept beside the machine's (which stays in the vault), becomes the exhibit's transcript and
        searchable text, and the correction is in the audit log and in the transcript itself."""
        record = self.ws.exhibits.derivative(exhibit.sha256, TRANSCRIPT)
        transcript = self.transcript(exhibit)
        if record is None or transcript is None:
            raise TranscriptionError(f"{exhibit.reference} has not been transcribed yet: transcribe it first.")
        fixed = transcript.corrected(transcript.passage(start, channel), text, self.ws.actor, self.ws.clock.stamp())
        stored = self.ws.vault.put(io.BytesIO(fixed.to_json().encode("utf-8")))
        recipe = {**_recipe(fixed), "corrected_from": record.sha256, "corrections": len(fixed.corrections)}
        self.ws.exhibits.replace_derivative(exhibit.sha256, TRANSCRIPT, stored.digest, recipe, text=fixed.text)
        return fixed


def _recipe(made: Transcript) -> dict[str, object]:
    """How a transcript was made: from which recording, by which model (and its weights' digest), with what."""
    return {
        "kind": TRANSCRIPT,
        "source_sha256": made.source_sha256,
        "model": made.model,
        "model_sha256": made.model_sha256,
        "settings": made.settings,
        "channels": list(made.channels),
    }
