"""Transcription speed: Whisper base (int8, greedy, VAD on) on a minute of generated speech, as a multiple of real
time (goal >= 4x on 2 cores). Baseline in the same run: decoding the recording to 16 kHz alone.

.venv/bin/python -m pytest tests/benchmarks/test_transcription_speed.py -p no:cacheprovider -s
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from casebridge.transcripts.transcribe import sound_of, transcribe
from tests.integration.test_transcripts import RATE, speak, write_wav

LINES = (
    "Police, what is the address of your emergency?",
    "I am at the Nisa Local on Ninian Park Road, a man has just taken the till.",
    "Can you describe him for me?",
    "He was wearing a grey hoodie and dark jeans, about six foot tall.",
    "Which way did he go?",
    "He ran towards the station, he had a bag with him.",
)


def test_a_minute_of_speech(tmp_path: Path) -> None:
    rng = np.random.default_rng(5)
    pieces: list[np.ndarray] = []
    while sum(p.size for p in pieces) < 60 * RATE:
        for line in LINES:
            pieces += [speak(line), np.zeros(RATE // 2, np.float32)]
    voice = np.concatenate(pieces)[: 60 * RATE]
    clip = tmp_path / "call.wav"
    write_wav(clip, [voice + (0.01 * rng.standard_normal(voice.size)).astype(np.float32)])
    start = time.perf_counter()
    sound_of(clip)
    decode = time.perf_counter() - start
    start = time.perf_counter()
    transcript = transcribe(clip, "0" * 64)
    seconds = time.perf_counter() - start
    print(
        f"\n60 s of generated speech: decoding alone {decode:.2f} s; transcription {seconds:.1f} s = "
        f"{60 / seconds:.1f}x real time (goal >= 4x), {len(transcript.words)} words, "
        f"{seconds / max(decode, 1e-3):.0f}x the decoding"
    )
    assert len(transcript.words) > 100
