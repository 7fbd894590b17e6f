"""Run calmfloor with ``python -m calmfloor``."""

import sys

from calmfloor.app import main

sys.exit(main())
