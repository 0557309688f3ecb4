"""Media redaction for a workspace: the recording of an exhibit, its recipe, export, verification, the copy.

Export writes to the workspace's temporary folder and only a copy that passes verification enters the vault,
as a sub-exhibit of the original (`SE/1` → `SE/1/1`) naming the source digest, the recipe digest and the
frames checked per mask. Video is encoded in 10-second segments kept in the vault's temporary folder (named
by source and recipe): an export killed half way resumes from the last finished segment, with the same
result as an uninterrupted one.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casebridge.domain.media_recipe import MediaRecipe
from casebridge.errors import CasebridgeError
from casebridge.jobs import CancelToken, Progress, ProgressUpdate, no_progress
from casebridge.redaction.media_apply import MediaRedactionError, redact_media
from casebridge.redaction.media_attack import attack_copy
from casebridge.redaction.media_verify import MediaProblem, verify_media
from casebridge.redaction.streams import plan, refuse_losing, streams_of

if TYPE_CHECKING:
    from casebridge.domain.exhibit import Exhibit
    from casebridge.transcripts.service import TranscriptService
    from casebridge.workspace import Workspace


class MediaVerificationFailed(CasebridgeError):
    def __init__(self, reference: str, problems: list[MediaProblem]) -> None:
        self.problems = problems
        listed = "; ".join(p.message for p in problems[:4])
        more = f" (and {len(problems) - 4} more)" if len(problems) > 4 else ""
        super().__init__(f"The redacted copy of {reference} failed verification and was not kept: {listed}{more}.")


@dataclass
class MediaResult:
    copy: Exhibit
    recipe: MediaRecipe
    coverage: dict[str, int] = field(default_factory=dict)
    reused: bool = False


class MediaRedactionService:
    def __init__(self, ws: Workspace, transcripts: TranscriptService | None = None) -> None:
        self.ws = ws
        self.transcripts = transcripts

    def source_path(self, exhibit: Exhibit) -> Path:
        if exhibit.kind not in ("video", "audio"):
            raise MediaRedactionError(f"{exhibit.reference} is not a video or audio recording.")
        path = self.ws.vault.path(exhibit.sha256)
        if not path.is_file():
            raise MediaRedactionError(f"The recording of {exhibit.reference} is missing from the vault.")
        return path

    def recipe(self, exhibit: Exhibit) -> MediaRecipe:
        record = self.ws.redactions.get(exhibit.id)
        if record is not None and isinstance(record.recipe, MediaRecipe):
            return record.recipe
        return MediaRecipe(exhibit.sha256)

    def save(self, exhibit: Exhibit, recipe: MediaRecipe) -> Any:
        if recipe.source_sha256 != exhibit.sha256:
            raise MediaRedactionError(
                f"This recipe is for another recording ({recipe.source_sha256[:12]}…), not {exhibit.reference}."
            )
        return self.ws.redactions.save(exhibit.id, recipe)

    def approve(self, exhibit: Exhibit, track_ids: list[str] | None = None) -> MediaRecipe:
        """Approves masks (all of them with None) in the person's name and saves the recipe; a track left visible
        stays visible. Unknown ids are refused, naming them."""
        from dataclasses import replace

        recipe = self.recipe(exhibit)
        known = {t.id: t for t in recipe.tracks}
        sounds = {a.id: a for a in recipe.audio if a.id}
        missing = sorted(set(track_ids or ()) - set(known) - set(sounds))
        if missing:
            raise MediaRedactionError(
                f"{exhibit.reference} has no mask {', '.join(missing)} "
                f"(its masks: {', '.join(sorted(known)) or 'none'}"
                + (f"; its suggested ranges of sound: {', '.join(sorted(sounds))}" if sounds else "")
                + ")."
            )
        now = self.ws.clock.stamp()
        wanted = set(track_ids) if track_ids is not None else set(known) | set(sounds)
        for track_id in sorted(wanted & set(known)):
            track = known[track_id]
            if track.masked and not track.approved:
                recipe = recipe.with_track(replace(track, approved_by=self.ws.actor, approved_at=now))
        audio = tuple(
            replace(a, approved_by=self.ws.actor, approved_at=now)
            if a.id in wanted and a.source == "spoken" and not a.audible and not a.approved_by
            else a
            for a in recipe.audio
        )
        recipe = replace(recipe, audio=audio)
        self.save(exhibit, recipe)
        return recipe

    def audio_suggest(
        self,
        exhibit: Exhibit,
        stage: str = "",
        *,
        mode: str = "bleep",
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
    ) -> tuple[MediaRecipe, list[Any]]:
        """Transcribes the recording (once) and suggests a range of sound for every identifier or case term said in
        it (padded and merged), replacing earlier suggestions nobody has decided on. Returns the recipe and the
        hits."""
        from casebridge.redaction.spoken import find_spoken

        transcript = self._transcript(exhibit, progress, cancel)
        hits = find_spoken(transcript, self._terms(exhibit, stage))
        return self._suggested(exhibit, transcript, hits, mode, keep_undecided=False), hits

    def audio_offer(self, exhibit: Exhibit, terms: list[Any], *, mode: str = "bleep") -> tuple[MediaRecipe, list[Any]]:
        """Suggests ranges where the terms given are said in the recording's transcript (made beforehand), keeping
        every other suggestion: what one exhibit had removed, offered in this one."""
        from casebridge.redaction.spoken import find_spoken

        transcript = self.transcripts.transcript(exhibit) if self.transcripts is not None else None
        if transcript is None:
            raise MediaRedactionError(f"{exhibit.reference} has not been transcribed yet: transcribe it first.")
        hits = find_spoken(transcript, terms, patterns_too=False)
        return self._suggested(exhibit, transcript, hits, mode, keep_undecided=True), hits

    def _suggested(
        self, exhibit: Exhibit, transcript: Any, hits: list[Any], mode: str, *, keep_undecided: bool
    ) -> MediaRecipe:
        from dataclasses import replace

        from casebridge.domain.media_recipe import AudioRange
        from casebridge.redaction.spoken import ranges, span_of

        recipe = self.recipe(exhibit)
        kept = tuple(a for a in recipe.audio if keep_undecided or a.source != "spoken" or a.approved_by or a.audible)
        taken = {a.id for a in kept}
        found: list[AudioRange] = []
        number = 0
        for group in ranges(hits):
            start, end = span_of(group, transcript.duration)
            if any(a.start <= start + 1e-3 and end <= a.end + 1e-3 for a in kept):
                continue  # already decided on (or, when offering, already suggested)
            number += 1
            while f"speech{number}" in taken:
                number += 1
            labels = "; ".join(dict.fromkeys(h.label for h in group))
            found.append(
                AudioRange(
                    start,
                    end,
                    group[0].reason or "TPD",
                    mode=mode,
                    label=f"{labels} (said: “{'; '.join(h.heard for h in group)}”)",
                    id=f"speech{number}",
                    source="spoken",
                    detector=",".join(dict.fromkeys(h.detector for h in group)),
                    heard="; ".join(dict.fromkeys(h.value for h in group)),
                )
            )
        recipe = replace(recipe, audio=(*kept, *found))
        self.save(exhibit, recipe)
        return recipe

    def _transcript(self, exhibit: Exhibit, progress: Progress, cancel: CancelToken | None) -> Any:
        if self.transcripts is None:
            raise MediaRedactionError("Transcription is not available here.")
        transcript, _made = self.transcripts.transcribe(exhibit, progress=progress, cancel=cancel)
        return transcript

    def _terms(self, exhibit: Exhibit, stage: str) -> list[Any]:
        from casebridge.redaction import detectors
        from casebridge.redaction.removed import as_triples, removed_values

        stage = stage or str(detectors.policy().get("default_stage", "served"))
        case = self.ws.cases.get_case(exhibit.case_urn)
        details = self.ws.casefile.load(case.urn).person_details
        # one decision, every medium: what the case's other exhibits had removed is listened for too
        removed = as_triples(removed_values(self.ws, case.urn, exclude_id=exhibit.id))
        return detectors.case_terms(case.people, details, stage) + detectors.removed_terms(removed)

    def drop_stream(self, exhibit: Exhibit, index: int, reason: str) -> MediaRecipe:
        """Records the decision to leave a stream of the source out of the copy, with its reason."""
        from dataclasses import replace

        from casebridge.domain.media_recipe import DroppedStream

        known = streams_of(self.source_path(exhibit))
        if index not in {s.index for s in known}:
            raise MediaRedactionError(
                f"{exhibit.reference} has no stream {index} (its streams: {', '.join(s.name for s in known)})."
            )
        recipe = self.recipe(exhibit)
        kept = tuple(d for d in recipe.dropped if d.index != index)
        recipe = replace(recipe, dropped=(*kept, DroppedStream(index, reason.strip())))
        self.save(exhibit, recipe)
        return recipe

    def streams(self, exhibit: Exhibit) -> list[dict[str, Any]]:
        """Every stream of the recording and what the copy does with it."""
        source, recipe = self.source_path(exhibit), self.recipe(exhibit)
        return plan(streams_of(source), recipe, sound_only=exhibit.kind == "audio", one_sound=_one_sound(exhibit))[0]

    def leave_visible(self, exhibit: Exhibit, track_id: str, reason: str) -> MediaRecipe:
        """Decides that a detected person stays visible (the suspect, when identification is the issue), with the
        reason the redaction log records."""
        from dataclasses import replace

        if not reason.strip():
            raise MediaRedactionError("Say why the person should stay visible (the reason goes in the redaction log).")
        recipe = self.recipe(exhibit)
        sound = next((a for a in recipe.audio if a.id and a.id == track_id), None)
        if sound is not None:  # a suggested range of sound left audible
            audible = replace(sound, audible=True, justification=reason.strip(), approved_by="", approved_at="")
            recipe = replace(recipe, audio=tuple(audible if a is sound else a for a in recipe.audio))
            self.save(exhibit, recipe)
            return recipe
        track = next((t for t in recipe.tracks if t.id == track_id), None)
        if track is None:
            raise MediaRedactionError(f"{exhibit.reference} has no mask {track_id}.")
        visible = replace(track, masked=False, justification=reason.strip(), approved_by="", approved_at="")
        recipe = recipe.with_track(visible)
        self.save(exhibit, recipe)
        return recipe

    def detect(
        self,
        exhibit: Exhibit,
        *,
        every: int = 4,
        hold: float = 1.0,
        effect: str = "blur",
        fail_secure: str = "hold",
        text: bool = True,
        text_every: int | None = None,
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
    ) -> tuple[MediaRecipe, Any]:
        """Finds faces (and, with `text`, number plates and readable text) and puts one unapproved track per person,
        plate or text region into the exhibit's recipe, replacing earlier detected tracks and keeping those drawn by
        hand."""
        from dataclasses import replace

        from casebridge.redaction.faces import detect_in_shot

        if exhibit.kind != "video":
            raise MediaRedactionError(f"{exhibit.reference} has no picture to look for faces, plates or text in.")
        report = detect_in_shot(
            self.source_path(exhibit),
            every=every,
            hold=hold,
            effect=effect,
            fail_secure=fail_secure,
            text=text,
            text_every=text_every,
            progress=progress,
            cancel=cancel,
        )
        recipe = self.recipe(exhibit)
        kept = tuple(t for t in recipe.tracks if t.source not in ("detected", "fail-secure"))
        now = self.ws.clock.stamp()
        by = {"face": "face detection", "plate": "plate detection", "text": "text detection"}
        found = tuple(
            replace(d.track, proposed_by=by.get(d.track.kind, "face detection"), proposed_at=now) for d in report.tracks
        )
        recipe = replace(recipe, tracks=kept + found)
        self.save(exhibit, recipe)
        return recipe, report

    def follow(
        self,
        exhibit: Exhibit,
        track_id: str,
        at: float | None = None,
        *,
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
    ) -> Any:
        """Makes a hand-drawn (or any) mask follow its subject from time `at`; the recipe keeps the new keyframes,
        unapproved. Returns the FollowReport."""
        from casebridge.redaction.follow import follow_track

        if exhibit.kind != "video":
            raise MediaRedactionError(f"{exhibit.reference} has no picture for a mask to follow.")
        recipe = self.recipe(exhibit)
        track = next((t for t in recipe.tracks if t.id == track_id), None)
        if track is None:
            known = ", ".join(t.id for t in recipe.tracks) or "none"
            raise MediaRedactionError(f"{exhibit.reference} has no mask '{track_id}' (masks: {known}).")
        report = follow_track(self.source_path(exhibit), track, at, progress=progress, cancel=cancel)
        self.save(exhibit, recipe.with_track(report.track))
        return report

    def apply(
        self,
        exhibit: Exhibit,
        recipe: MediaRecipe,
        *,
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
    ) -> MediaResult:
        record = self.save(exhibit, recipe)
        if not recipe.tracks and not recipe.audio and not recipe.keep:
            raise MediaRedactionError(f"The recipe for {exhibit.reference} masks, silences and trims nothing.")
        if recipe.unapproved:
            raise MediaRedactionError(
                f"{len(recipe.unapproved)} mask(s) on {exhibit.reference} are not approved yet: approve them first."
            )
        if record.up_to_date and record.output_exhibit_id is not None:
            return MediaResult(self.ws.exhibits.get(record.output_exhibit_id), recipe, reused=True)
        source = self.source_path(exhibit)
        sound_only, one_sound = exhibit.kind == "audio", _one_sound(exhibit)
        streams, lost = plan(streams_of(source), recipe, sound_only=sound_only, one_sound=one_sound)
        refuse_losing(exhibit.reference, lost)
        self.ws.vault.ensure()
        # Finished segments are kept here until the copy is stored: a killed export resumes from them.
        parts = self.ws.vault.temporary / f"media-{exhibit.sha256[:16]}-{recipe.digest[:16]}"
        with tempfile.TemporaryDirectory(dir=self.ws.vault.temporary, prefix="redact-") as folder:
            suffix = ".mp4" if exhibit.kind == "video" else (source.suffix or Path(exhibit.original_name).suffix)
            target = Path(folder) / f"redacted{_audio_suffix(exhibit, suffix)}"
            linked = _named_source(source, Path(folder) / f"source{Path(exhibit.original_name).suffix.lower()}")
            output = redact_media(linked, target, recipe, parts=parts, progress=progress, cancel=cancel)
            progress(ProgressUpdate(1, 1, "Verifying"))
            problems, coverage = verify_media(linked, target, recipe)
            if problems:
                raise MediaVerificationFailed(exhibit.reference, problems)
            attack: dict[str, Any] = {}
            if exhibit.kind == "video":  # what an attacker's face detector still finds in the copy blocks it
                progress(ProgressUpdate(1, 1, "Looking for faces in the copy"))
                attacked = attack_copy(linked, target, recipe)
                if attacked.problems:
                    raise MediaVerificationFailed(exhibit.reference, attacked.problems)
                attack = attacked.summary()
            listened: dict[str, Any] = {}
            heard = [a for a in recipe.silenced if a.heard]
            if heard:  # what was removed from the sound must not be heard again in the copy
                progress(ProgressUpdate(1, 1, "Listening to the copy"))
                problems, listened = self._listen(exhibit, target, recipe, heard, cancel)
                if problems:
                    raise MediaVerificationFailed(exhibit.reference, problems)
            with target.open("rb") as handle:
                put = self.ws.vault.put(handle)
        shutil.rmtree(parts, ignore_errors=True)
        copy = self.ws.exhibits.add_redacted_copy(
            exhibit.id,
            put.digest,
            put.size,
            output.media_type,
            target.suffix,
            {
                "redacted_source_sha256": exhibit.sha256,
                "recipe_sha256": recipe.digest,
                "tracks": len(recipe.tracks),
                "audio_ranges": len(recipe.audio),
                "frames": output.frames,
                "duration_s": round(output.duration, 3),
                "coverage": coverage,
                "attack": attack,
                "listened": listened,
                "streams": streams,
                "verified": True,
                **output.facts,
            },
        )
        report = {
            "verified_at": self.ws.clock.stamp(),
            "output_sha256": put.digest,
            "coverage": coverage,
            "attack": attack,
            "listened": listened,
            "streams": streams,
        }
        self.ws.redactions.record_applied(exhibit.id, recipe, copy.id, report)
        self._copy_transcript(exhibit, copy, recipe)
        return MediaResult(copy, recipe, coverage)

    def _listen(
        self, exhibit: Exhibit, target: Path, recipe: MediaRecipe, heard: list[Any], cancel: CancelToken | None
    ) -> tuple[list[MediaProblem], dict[str, Any]]:
        """Transcribes the copy and looks for every removed value again (anywhere) and for any identifier said
        inside a removed range: either refuses the copy, listed with its time."""
        from casebridge.redaction.spoken import find_spoken, normalised
        from casebridge.transcripts.transcribe import transcribe

        again = transcribe(target, "", model_dir=self.ws.settings.speech_model_dir, cancel=cancel)
        removed = {normalised(v) for a in heard for v in a.heard.split(";") if normalised(v)}
        problems: list[MediaProblem] = []
        found = find_spoken(again, self._terms(exhibit, ""))
        for hit in found:
            inside = any(a.start - 0.05 <= hit.start and hit.end <= a.end + 0.05 for a in recipe.silenced)
            if normalised(hit.value) in removed or inside:
                problems.append(
                    MediaProblem(
                        "listen",
                        hit.start,
                        f"“{hit.heard}” ({hit.label}) can still be heard in the copy ({hit.channel})",
                    )
                )
        reported = {normalised(hit.value) for hit in found}
        everything = normalised(" ".join(w.text for _c, w in again.words))
        for value in sorted(removed - reported):  # said in a way no detector names: still a leak
            if len(value) >= 4 and value in everything:
                problems.append(MediaProblem("listen", None, f"“{value}” can still be heard in the copy"))
        summary = {
            "model": again.model,
            "words_heard": len(again.words),
            "values_listened_for": len(removed),
            "found": len(problems),
            "seconds": again.seconds_taken,
        }
        return problems, summary

    def _copy_transcript(self, exhibit: Exhibit, copy: Exhibit, recipe: MediaRecipe) -> None:
        """The copy's transcript: the original's, without the words the copy silenced (and shifted for cuts)."""
        import io
        from dataclasses import replace

        from casebridge.domain.transcript import Segment, Transcript
        from casebridge.redaction.media_apply import kept_before

        if self.transcripts is None:
            return
        original = self.transcripts.transcript(exhibit)
        if original is None:
            return

        def hidden(start: float, end: float) -> bool:
            silenced = any(a.start < end and start < a.end for a in recipe.silenced)
            return silenced or not (recipe.kept(start) and recipe.kept(max(start, end - 1e-3)))

        segments = []
        for segment in original.segments:
            words = tuple(
                replace(w, start=round(kept_before(recipe, w.start), 3), end=round(kept_before(recipe, w.end), 3))
                for w in segment.words
                if not hidden(w.start, w.end)
            )
            if words:
                text = "".join(w.text for w in words)
                segments.append(Segment(segment.channel, words[0].start, words[-1].end, text, words))
        made = Transcript(
            copy.sha256,
            original.model,
            original.model_sha256,
            {**original.settings, "from_transcript_of": exhibit.sha256, "recipe_sha256": recipe.digest},
            tuple(segments),
            kept_before(recipe, original.duration),
            0.0,
            channels=original.channels,
        )
        stored = self.ws.vault.put(io.BytesIO(made.to_json().encode("utf-8")))
        provenance = {"kind": "transcript", "source_sha256": copy.sha256, "from": exhibit.sha256}
        self.ws.exhibits.add_derivative(copy.sha256, "transcript", stored.digest, provenance, text=made.text)


def _named_source(source: Path, named: Path) -> Path:
    """The vault's copy under a name with the original's extension (FFmpeg finds some container formats from the
    name as well as the content). A symbolic link where the system allows one; Windows gives ordinary users none,
    so there it is a copy, checked against the vault's digest. Never a hard link: cleaning up the temporary
    folder resets permissions on what it deletes, which would make the vault's read-only original writable."""
    try:
        named.symlink_to(source)
        if named.is_file():
            return named
        named.unlink(missing_ok=True)  # Wine reports success and makes nothing
    except OSError:
        pass
    shutil.copyfile(source, named)
    if digest_of(named) != source.name:
        raise MediaRedactionError(f"The working copy of {source.name[:12]}… differs from the vault's: not redacted.")
    return named


def _one_sound(exhibit: Exhibit) -> bool:
    """A sound recording whose copy keeps a format that holds one sound stream (WAV, MP3)."""
    return exhibit.kind == "audio" and Path(exhibit.original_name).suffix.lower() in (".wav", ".mp3")


def _audio_suffix(exhibit: Exhibit, suffix: str) -> str:
    if exhibit.kind == "video":
        return ".mp4"
    return {".wav": ".wav", ".mp3": ".mp3"}.get(suffix.lower(), ".m4a")


def digest_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
