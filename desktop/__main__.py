"""``python -m desktop`` runs the ``qari`` command."""

import sys

from desktop.cli import main

sys.exit(main())
