"""Run snippets as scripts, each in a process of its own, without paying the imports every time.

Started by ``test_snippets.py``: the process imports numpy, scipy, matplotlib and mlvault once, then for
each request forks a child that runs the snippet exactly as ``python snippets/…/x.py`` would — its own
process, ``__name__ == "__main__"``, ``sys.argv`` and ``sys.path[0]`` set to the script, the working
directory the project root — with stdout and stderr going to the files the request names. The parent
replies with the child's exit code. (torch is not imported beforehand: a snippet that needs it imports it,
as a fresh interpreter would.)

Protocol: one JSON request per line on stdin, ``{"path", "argv", "stdout", "stderr"}``; one reply per
line on stdout, ``{"returncode": int}``.
"""

from __future__ import annotations

import json
import os
import runpy
import sys
import traceback


def _preload() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot  # noqa: F401
    import numpy  # noqa: F401
    import scipy.linalg  # noqa: F401
    import scipy.optimize  # noqa: F401
    import scipy.special  # noqa: F401
    import scipy.stats  # noqa: F401

    import mlvault.plotting  # noqa: F401


def _child(path: str, argv: list[str], stdout: str, stderr: str) -> None:
    out = os.open(stdout, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    err = os.open(stderr, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.dup2(out, 1)
    os.dup2(err, 2)
    sys.stdout = os.fdopen(1, "w", encoding="utf-8", closefd=False)
    sys.stderr = os.fdopen(2, "w", encoding="utf-8", closefd=False)
    sys.argv = [path, *argv]
    sys.path[0] = os.path.dirname(path)
    code = 0
    try:
        runpy.run_path(path, run_name="__main__")
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    except BaseException:  # noqa: BLE001  (reported as python would: traceback on stderr, exit 1)
        traceback.print_exc()
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def main() -> None:
    _preload()
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _child(request["path"], request.get("argv", []), request["stdout"], request["stderr"])
        _, status = os.waitpid(pid, 0)
        print(json.dumps({"returncode": os.waitstatus_to_exitcode(status)}), flush=True)


if __name__ == "__main__":
    main()
