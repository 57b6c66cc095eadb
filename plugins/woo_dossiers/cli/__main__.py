"""`python -m woo_dossiers.cli`: the `woo` command without its console script."""

import sys

from . import main

sys.exit(main())
