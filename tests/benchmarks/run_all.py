"""Run every benchmark script in this folder (``make bench``); exit non-zero if any missed its target."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    failed = []
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"\n=== {script.name} ===", flush=True)
        if subprocess.run([sys.executable, str(script)]).returncode != 0:
            failed.append(script.name)
    print("\nmissed targets in: " + ", ".join(failed) if failed else "\nall benchmark targets met")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
