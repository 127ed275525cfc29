"""``python -m thaidigital`` runs the command line."""

import sys

from thaidigital.cli import main

if __name__ == "__main__":
    sys.exit(main())
