"""Entry point of the frozen executables (casebridge and, on Windows, casebridgew): the same as `casebridge`."""

import multiprocessing
import sys

from casebridge.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
