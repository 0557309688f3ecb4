"""Pure case-file data and rules: no I/O, no Qt, no database."""
