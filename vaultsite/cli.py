"""Command line: ``python scripts/linkgraph.py check VAULT [--json] [--no-schema] [--project DIR]``.

Prints every problem as ``file:line: kind: target — message`` (or one JSON object with ``--json``) and
exits 0 when there is no error, 1 otherwise. Includes and executed fences are checked against the layout
of the project the vault belongs to (``--project``, default the vault's parent folder): executed code
from ``snippets/``, shown source from ``snippets/`` and ``mlvault/``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence

from .check import analyse
from .includes import IncludePolicy


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="linkgraph.py", description="Check the links of an Obsidian vault.")
    commands = parser.add_subparsers(dest="command", required=True)
    check_command = commands.add_parser("check", help="report broken, ambiguous and invalid links")
    check_command.add_argument("vault", type=Path, help="the vault folder")
    check_command.add_argument("--json", action="store_true", help="print one JSON object")
    check_command.add_argument("--no-schema", action="store_true",
                               help="do not check this project's frontmatter schema")
    check_command.add_argument("--project", type=Path, help="the project folder whose snippets/ and mlvault/ "
                                                            "notes may include (default: the vault's parent)")
    args = parser.parse_args(argv)
    if not args.vault.is_dir():
        parser.error(f"{args.vault} is not a folder")
    project = (args.project or args.vault.resolve().parent).resolve()
    _, report = analyse(args.vault, schema=not args.no_schema, includes=IncludePolicy.for_project(project))
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        for problem in (*report.errors, *report.warnings):
            print(problem)
        print(f"{report.notes} notes, {report.links} links: {len(report.errors)} errors, "
              f"{len(report.warnings)} warnings", file=sys.stderr)
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main())
