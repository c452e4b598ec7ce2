#!/usr/bin/env python3
"""Check the links of an Obsidian vault: ``python scripts/linkgraph.py check VAULT [--json] [--no-schema]``.

The checker is ``vaultsite`` (stages parse → resolve → check); see ``vaultsite/cli.py``.
"""

import sys

from vaultsite.cli import main

if __name__ == "__main__":
    sys.exit(main())
