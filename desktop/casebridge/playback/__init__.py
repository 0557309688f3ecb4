"""Media playback on libvlc (python-vlc), without Qt: discovery, the player, waveforms."""
