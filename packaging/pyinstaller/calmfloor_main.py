"""Entry script of the frozen ``calmfloor`` and ``calmfloor-cli`` executables."""

import sys

from calmfloor.app import main

if __name__ == "__main__":
    sys.exit(main())
