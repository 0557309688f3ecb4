"""`python -m casebridge` behaves exactly like the `casebridge` command."""

import sys

from casebridge.cli import main

sys.exit(main())
