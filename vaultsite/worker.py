"""Worker process that runs the vault's executed blocks (started by ``vaultsite/runner.py``).

One worker serves many blocks, so numpy, matplotlib and (on first use) torch are imported once. The
parent sends one JSON request per line on stdin and reads one JSON reply per line from the protocol pipe.
A block runs as ``python snippets/…/x.py ARGS`` would run it: fresh globals, ``__name__ == "__main__"``,
``__file__`` and ``sys.argv`` set; whatever it prints (stdout) is its output.

Requests: ``{"code": str, "file": str, "argv": [str], "package": str}``. Replies: ``{"ok": bool,
"output": str, "error": str, "reads": [str]}``.

* ``package`` names the version of the code package (``mlvault``) the parent keys outputs on: its
  imported modules are kept from block to block (importing them again for every block costs more than a
  second per build) and forgotten when it changes, so a block never runs stale code.
* ``reads``: the project files (``MLVAULT_PROJECT_ROOT``) outside the package that the block opened or
  imported — a helper module next to the snippet, a data file. The parent stores them with the output
  and uses it only while they are unchanged. Such helper modules are forgotten after each block.
* Output beyond ``MLVAULT_EXEC_OUTPUT_LIMIT`` bytes (default 1,000,000) stops the block with an error.
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import json
import os
import signal
import site
import sys
import traceback
import warnings
from pathlib import Path

PROJECT = Path(os.environ.get("MLVAULT_PROJECT_ROOT", os.getcwd())).resolve()
PACKAGE = Path(os.environ.get("MLVAULT_PACKAGE_DIR", PROJECT / "mlvault")).resolve()
OUTPUT_LIMIT = int(os.environ.get("MLVAULT_EXEC_OUTPUT_LIMIT", "1000000"))
GLYPH_MISSING = r".*[Gg]lyph .* missing from"
PR_SET_PDEATHSIG = 1
# The interpreter and installed packages may live inside the project (a .venv): never project files.
INSTALLED = {Path(p).resolve() for p in (sys.prefix, sys.base_prefix, sys.exec_prefix, *site.getsitepackages())}


class OutputTooLong(Exception):
    """The block printed more than the output limit."""


class _LimitedOutput(io.StringIO):
    def write(self, text: str) -> int:
        if self.tell() + len(text) > OUTPUT_LIMIT:
            raise OutputTooLong(f"the block printed more than {OUTPUT_LIMIT:,} characters "
                                "(MLVAULT_EXEC_OUTPUT_LIMIT): print a summary instead")
        return super().write(text)


_reads: set[str] | None = None  # project files opened by the block running now


def _project_file(path: object) -> str | None:
    """``path`` relative to the project when it is a project file outside the package, else ``None``."""
    if not isinstance(path, (str, os.PathLike)):
        return None
    try:
        resolved = Path(path).resolve()
    except (OSError, ValueError):
        return None
    if not resolved.is_relative_to(PROJECT) or resolved.is_relative_to(PACKAGE):
        return None
    if any(resolved.is_relative_to(installed) for installed in INSTALLED):
        return None
    relative = resolved.relative_to(PROJECT)
    if any(part.startswith(".") or part.endswith(".egg-info") or part in ("__pycache__", "node_modules")
           for part in relative.parts) or resolved == Path(__file__).resolve() or not resolved.is_file():
        return None
    return relative.as_posix()


def _audit(event: str, args: tuple) -> None:
    if event == "open" and _reads is not None and (relative := _project_file(args[0])) is not None:
        _reads.add(relative)


def _die_with_parent() -> None:
    """When the process that started this worker dies (a killed build), take the whole process group
    down: this worker and whatever a block started. (Linux ``prctl(PR_SET_PDEATHSIG)``; the worker leads
    its own process group.)"""
    signal.signal(signal.SIGTERM, lambda *_: os.killpg(0, signal.SIGKILL))
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() == 1:  # the parent was already gone
        os.killpg(0, signal.SIGKILL)


def _prepare_process() -> None:
    """Import the heavy libraries once and make plotting deterministic and font-safe."""
    _die_with_parent()
    os.nice(int(os.environ.get("MLVAULT_WORKER_NICENESS", "0")))
    os.environ.setdefault("MPLBACKEND", "Agg")
    os.environ["MLVAULT_FIGURES"] = "inline"
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot
    import numpy  # noqa: F401

    sys.addaudithook(_audit)


def _reset_state(modules_before: set[str]) -> None:
    """Undo what one block may leave behind for the next one: figures, matplotlib settings, and modules
    it imported from the project outside the package (a helper next to the snippet)."""
    import matplotlib
    import matplotlib.pyplot as plt

    plt.close("all")
    matplotlib.rcdefaults()
    for name in set(sys.modules) - modules_before:
        if _project_file(getattr(sys.modules[name], "__file__", None)) is not None:
            del sys.modules[name]
    if plotting := sys.modules.get(f"{PACKAGE.name}.plotting"):  # it styles matplotlib when imported: again
        plotting.apply_style()


def _forget_package() -> None:
    """Forget the imported package modules: the next block imports their current source."""
    for name in [n for n in sys.modules if n == PACKAGE.name or n.startswith(PACKAGE.name + ".")]:
        del sys.modules[name]


def _run(code: str, filename: str, argv: list[str]) -> dict:
    global _reads
    block_globals = {"__name__": "__main__", "__builtins__": __builtins__, "__file__": filename}
    buffer = _LimitedOutput()
    modules_before, argv_before, path_before = set(sys.modules), sys.argv, list(sys.path)
    sys.argv = [filename, *argv]
    sys.path.insert(0, str(Path(filename).parent))  # as `python x.py` puts the script's folder first
    _reads = set()
    try:
        compiled = compile(code, filename, "exec")
        with contextlib.redirect_stdout(buffer), warnings.catch_warnings():
            warnings.filterwarnings("error", message=GLYPH_MISSING)  # a box instead of a glyph fails
            exec(compiled, block_globals)
    except SystemExit as stop:
        if stop.code not in (None, 0):
            return {"ok": False, "output": buffer.getvalue(), "error": f"SystemExit({stop.code!r})", "reads": []}
    except BaseException as error:
        frames = traceback.extract_tb(error.__traceback__)[1:]  # from the block's own code on, not this function
        lines = ["Traceback (most recent call last):\n", *traceback.format_list(frames[-8:]),
                 *traceback.format_exception_only(error)]
        return {"ok": False, "output": buffer.getvalue()[-2000:], "error": "".join(lines), "reads": []}
    finally:
        reads, _reads = sorted(_reads), None
        sys.argv, sys.path[:] = argv_before, path_before
        _reset_state(modules_before)
    return {"ok": True, "output": buffer.getvalue(), "error": "", "reads": reads}


def main() -> None:
    # The protocol gets its own descriptor; fd 1 is pointed at stderr so that C-level writes from a
    # block can never corrupt a reply.
    protocol = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = io.TextIOWrapper(os.fdopen(1, "wb", closefd=False), encoding="utf-8")
    _prepare_process()
    protocol.write(json.dumps({"ready": True}) + "\n")
    protocol.flush()
    package = None
    for line in sys.stdin:
        request = json.loads(line)
        if request.get("package") != package:
            _forget_package()
            package = request.get("package")
        reply = _run(request["code"], request["file"], request.get("argv", []))
        protocol.write(json.dumps(reply) + "\n")
        protocol.flush()


if __name__ == "__main__":
    main()
