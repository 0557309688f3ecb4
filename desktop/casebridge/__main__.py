"""`python -m casebridge` behaves exactly like the `casebridge` command."""

import sys

from casebridge.cli import main

if __name__ == "__main__":  # a worker process started by multiprocessing re-imports this module: do nothing then
    sys.exit(main())
