#!/usr/bin/env python3
"""Build ``site/`` atomically from the vault (``make site``); see ``vaultsite/publish.py``."""

import sys

from vaultsite.publish import main

if __name__ == "__main__":
    sys.exit(main())
