"""Worker process that runs the vault's executed code blocks.

One worker serves a whole build, so numpy, matplotlib and (on first use) torch are imported once. The
parent (``scripts/execution.py``) sends one JSON request per line on stdin and reads one JSON reply per
line from the protocol pipe. A block runs with fresh globals and ``__name__ == "__main__"``, exactly as
``python snippets/…/x.py`` would run it; whatever it prints (stdout) is its output.

Requests: ``{"code": str, "file": str | null, "package": str}``. Replies: ``{"ok": bool, "output": str,
"error": str}``. ``package`` names the version of the ``mlvault`` source the parent keys the output on:
imported ``mlvault`` modules are kept from block to block (re-importing them for every block costs more
than a second per build) and forgotten when it changes, so a block never runs stale code.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import traceback
import warnings


def _prepare_process() -> None:
    """Import the heavy libraries once and make plotting deterministic and font-safe."""
    os.nice(int(os.environ.get("MLVAULT_WORKER_NICENESS", "0")))
    os.environ.setdefault("MPLBACKEND", "Agg")
    os.environ["MLVAULT_FIGURES"] = "inline"
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot  # noqa: F401  (imported once for every block)
    import numpy  # noqa: F401

    # A glyph missing from every configured font would be drawn as a box: fail instead.
    warnings.filterwarnings("error", message=r".*[Gg]lyph .* missing from")


def _reset_state() -> None:
    """Undo what one block may leave behind for the next one (figures, matplotlib settings)."""
    import matplotlib
    import matplotlib.pyplot as plt

    plt.close("all")
    matplotlib.rcdefaults()
    if plotting := sys.modules.get("mlvault.plotting"):  # it styles matplotlib when imported: style again
        plotting.apply_style()


def _forget_package() -> None:
    """Forget the imported ``mlvault`` modules: the next block imports their current source."""
    for name in [n for n in sys.modules if n == "mlvault" or n.startswith("mlvault.")]:
        del sys.modules[name]


def _run(code: str, filename: str | None) -> dict:
    block_globals = {"__name__": "__main__", "__builtins__": __builtins__}
    if filename:
        block_globals["__file__"] = filename
    buffer = io.StringIO()
    try:
        compiled = compile(code, filename or "<exec block>", "exec")
        with contextlib.redirect_stdout(buffer), warnings.catch_warnings():
            warnings.filterwarnings("error", message=r".*[Gg]lyph .* missing from")
            exec(compiled, block_globals)  # noqa: S102  (running the vault's own examples is the point)
    except SystemExit as stop:
        if stop.code not in (None, 0):
            return {"ok": False, "output": buffer.getvalue(), "error": f"SystemExit({stop.code!r})"}
    except BaseException:  # noqa: BLE001  (every failure is reported to the parent, which stops the build)
        return {"ok": False, "output": buffer.getvalue(), "error": traceback.format_exc()}
    finally:
        _reset_state()
    return {"ok": True, "output": buffer.getvalue(), "error": ""}


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
        reply = _run(request["code"], request.get("file"))
        protocol.write(json.dumps(reply) + "\n")
        protocol.flush()


if __name__ == "__main__":
    main()
