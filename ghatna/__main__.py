"""``python -m ghatna`` runs the command line."""

import sys

from ghatna.cli import main

sys.exit(main())
