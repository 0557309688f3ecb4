"""Viewers for every kind of exhibit: PDF, image, audio/video (libvlc)."""
