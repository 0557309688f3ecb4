"""Text matching that treats Welsh (and other accented) letters as their plain forms: "Glyndwr" finds
"Glyndŵr", "GLYNDŴR" finds "glyndŵr". One mapping, used in Python and in SQL on SQLite and PostgreSQL."""

from __future__ import annotations

ACCENTED = "ŵŷâêîôûáéíóúàèìòùäëïöüÿẁẃẅỳýŴŶÂÊÎÔÛÁÉÍÓÚÀÈÌÒÙÄËÏÖÜŸẀẂẄỲÝ"
PLAIN = "wyaeiouaeiouaeiouaeiouywwwyyWYAEIOUAEIOUAEIOUAEIOUYWWWYY"
_TABLE = str.maketrans(ACCENTED, PLAIN)


def fold(text: str) -> str:
    """Lower case without accents, for searching."""
    return text.translate(_TABLE).lower()
