#!/usr/bin/env python3
"""Print the cheat sheet and the whole vault as PDFs (the second step of ``make site``); see
``vaultsite/pdf/printer.py``."""

import sys

from vaultsite.pdf.printer import main

if __name__ == "__main__":
    sys.exit(main())
