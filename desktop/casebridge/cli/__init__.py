"""The command line: `main` (the `casebridge` program) and `build_parser`, from `cli.main`; one module per group of
commands."""

from casebridge.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
