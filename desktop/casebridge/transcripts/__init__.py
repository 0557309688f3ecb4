"""Transcripts of recordings: offline speech recognition with word timings (faster-whisper, Whisper base)."""
