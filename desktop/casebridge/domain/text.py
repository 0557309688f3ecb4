"""Text matching that treats Welsh (and other accented) letters as their plain forms: "Glyndwr" finds
"Glyndŵr", "GLYNDŴR" finds "glyndŵr". One mapping, used in Python and in SQL on SQLite and PostgreSQL."""

from __future__ import annotations

ACCENTED = "ŵŷâêîôûáéíóúàèìòùäëïöüÿẁẃẅỳýŴŶÂÊÎÔÛÁÉÍÓÚÀÈÌÒÙÄËÏÖÜŸẀẂẄỲÝ"
PLAIN = "wyaeiouaeiouaeiouaeiouywwwyyWYAEIOUAEIOUAEIOUAEIOUYWWWYY"
_TABLE = str.maketrans(ACCENTED, PLAIN)


def fold(text: str) -> str:
    """Lower case without accents, for searching."""
    return text.translate(_TABLE).lower()


def printable(text: str, keep: str = "") -> str:
    """Text from outside (a file name, an entry in a package) as it may be shown or printed: control characters
    (escape sequences, carriage returns) and invisible format characters (right-to-left overrides that make
    "harmless.pdf" out of an executable's name) written as escapes such as \\x1b or \\u202e. Characters in `keep`
    (say, a line break) stay as they are."""
    if text.isprintable():
        return text
    # str.isprintable is false for every "Other" category (Cc, Cf, Cs, Co, Cn) and for separators but space.
    return "".join(c if c.isprintable() or c in keep else c.encode("unicode_escape").decode("ascii") for c in text)


def terminal_text(text: str) -> str:
    """Printable text with its line breaks and tabs kept, for a terminal (fast when there is nothing to escape)."""
    return "\n".join(line if line.isprintable() else printable(line, "\t") for line in text.split("\n"))
