"""Everything Qt: windows, views, item models and workers. Nothing outside this package imports PySide6."""
