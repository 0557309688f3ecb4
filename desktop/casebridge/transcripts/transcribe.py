"""Offline speech recognition with word timings: faster-whisper (MIT) running Whisper base on the CPU.

Every sound stream is transcribed on its own, and each channel of a stream on its own where the channels carry
different sound (two microphones on the left and right of one stereo stream), so speakers recorded apart stay
apart. Voice activity detection (Silero, shipped in the faster-whisper wheel) skips silence; decoding is greedy
(beam 1, temperature 0) and English, so the same recording gives the same transcript.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from casebridge.domain.transcript import Segment, Transcript, Word
from casebridge.errors import CasebridgeError
from casebridge.jobs import CancelToken, Progress, ProgressUpdate, no_progress
from casebridge.transcripts.model import MODEL_NAME, checked_folder, model_sha256

RATE = 16_000  # what Whisper listens at
SETTINGS = {
    "language": "en",
    "beam_size": 1,
    "temperature": 0.0,
    "vad_filter": True,
    # pauses of half a second split the speech: with the default two seconds, words just after a long silence
    # (a muted range in a redacted copy) were lost or misplaced (measured on the generated 999 call)
    "vad_min_silence_ms": 500,
    "word_timestamps": True,
    "condition_on_previous_text": False,
    "compute_type": "int8",
}
SAME_CHANNELS = 0.95  # correlation above which the channels of a stream are one sound (plain stereo)


class TranscriptionError(CasebridgeError):
    """The recording cannot be transcribed (no sound, unreadable)."""


def sound_of(path: Path) -> list[tuple[str, npt.NDArray[np.float32]]]:
    """(label, 16 kHz mono samples) for every sound stream, or every channel of it where they differ."""
    import av

    try:
        container = av.open(str(path))
    except (av.FFmpegError, OSError) as exc:
        raise TranscriptionError(f"{path.name} cannot be opened as a recording: {exc}.") from None
    found: list[tuple[str, npt.NDArray[np.float32]]] = []
    with container:
        streams = list(container.streams.audio)
        if not streams:
            raise TranscriptionError(f"{path.name} has no sound to transcribe.")
        for number, stream in enumerate(streams, start=1):
            channels = stream.codec_context.channels or 1
            layout = "mono" if channels == 1 else stream.layout.name
            resampler = av.AudioResampler(format="fltp", layout=layout, rate=RATE)
            blocks: list[Any] = []
            for frame in container.decode(stream):
                frame.pts = None
                blocks.extend(chunk.to_ndarray() for chunk in resampler.resample(frame))
            blocks.extend(chunk.to_ndarray() for chunk in resampler.resample(None))
            container.seek(0)
            samples = (
                np.concatenate(blocks, axis=1).astype(np.float32) if blocks else np.zeros((channels, 0), np.float32)
            )
            label = f"stream {number}" if len(streams) > 1 else "sound"
            if samples.shape[0] > 1 and not _alike(samples):
                names = ("left", "right", *(f"channel {n}" for n in range(3, samples.shape[0] + 1)))
                found += [(f"{label}, {names[c]}", np.ascontiguousarray(samples[c])) for c in range(samples.shape[0])]
            else:
                found.append((label, np.ascontiguousarray(samples.mean(axis=0, dtype=np.float32))))
    return found


def _alike(samples: npt.NDArray[np.float32]) -> bool:
    first = samples[0]
    for other in samples[1:]:
        if float(np.std(first)) < 1e-6 or float(np.std(other)) < 1e-6:
            if float(np.abs(first - other).max(initial=0.0)) > 1e-3:
                return False
            continue
        if float(np.corrcoef(first, other)[0, 1]) < SAME_CHANNELS:
            return False
    return True


def _model(folder: Path) -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # a folder is given: nothing may be fetched
    try:
        from faster_whisper import WhisperModel
    except ImportError:
        raise TranscriptionError(
            "Transcription is not installed in this Casebridge (the faster-whisper package is missing)."
        ) from None

    threads = max(1, min(4, os.cpu_count() or 2))
    return WhisperModel(str(folder), device="cpu", compute_type=SETTINGS["compute_type"], cpu_threads=threads)


def transcribe(
    path: Path,
    source_sha256: str,
    *,
    model_dir: str = "",
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> Transcript:
    folder = checked_folder(model_dir)
    started = time.perf_counter()
    sounds = sound_of(path)
    duration = max((samples.size / RATE for _label, samples in sounds), default=0.0)
    model = _model(folder)
    total = max(1, round(duration * 1000 * len(sounds)))
    done = 0
    segments: list[Segment] = []
    for label, samples in sounds:
        found, _info = model.transcribe(
            samples,
            language=SETTINGS["language"],
            beam_size=SETTINGS["beam_size"],
            best_of=1,
            temperature=SETTINGS["temperature"],
            vad_filter=SETTINGS["vad_filter"],
            vad_parameters={"min_silence_duration_ms": SETTINGS["vad_min_silence_ms"]},
            word_timestamps=SETTINGS["word_timestamps"],
            condition_on_previous_text=SETTINGS["condition_on_previous_text"],
        )
        for piece in found:  # a generator: the model works as the segments are taken
            if cancel is not None:
                cancel.raise_if_cancelled()
            words = tuple(
                Word(round(float(w.start), 3), round(float(w.end), 3), str(w.word), round(float(w.probability), 3))
                for w in piece.words or ()
            )
            start, end = round(float(piece.start), 3), round(float(piece.end), 3)
            segments.append(Segment(label, start, end, str(piece.text), words))
            progress(ProgressUpdate(done + round(piece.end * 1000), total, f"{label}: {piece.end:.0f} s"))
        done += round(samples.size / RATE * 1000)
    progress(ProgressUpdate(total, total, "Transcribed"))
    return Transcript(
        source_sha256=source_sha256,
        model=MODEL_NAME,
        model_sha256=model_sha256(),
        settings=dict(SETTINGS),
        segments=tuple(segments),
        duration=round(duration, 3),
        seconds_taken=round(time.perf_counter() - started, 2),
        channels=tuple(label for label, _samples in sounds),
    )
