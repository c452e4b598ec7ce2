"""Explorations: one executed fence run at build time for every value of a knob, switched on the page.

A fence declares its knobs with the option ``explore``::

    ```python exec="on" source="tabbed-left" html="1" explore="lr: 学习率 η = 0.01, 0.1, 0.5, 1.0, 1.9, 2.1"
    --8<-- "snippets/optim/ex26_learning_rate_plot.py"
    ```

``name: label = v1, v2, …`` per knob, knobs separated by ``;`` (two at most). The snippet stays a standalone
script that takes each knob as ``--name value``. A value marked ``*`` is the snippet's own default: it
runs without arguments; otherwise a first setting 「默认」 runs the snippet as it is (e.g. its comparison of
several values). Every combination is a block of its own (the same worker, key and cache as any block, run
by the background prefetch on every core); the page shows the default one's output, and a control per
knob swaps in another's from ``<template>`` elements — no request, keyboard operable, the setting kept in
the URL's query (``?explore-12=lr:0.5``). Without JavaScript and in print the default is what shows.
"""

from __future__ import annotations

import html
import itertools
import json
import re
from typing import NamedTuple

MAX_KNOBS = 2
MAX_SETTINGS = 64
_NAME = re.compile(r"[A-Za-z_][\w-]*")
_VALUE = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?")
DEFAULT_LABEL = "默认"


class Knob(NamedTuple):
    name: str
    label: str
    values: tuple[str, ...]
    default: int | None
    """Index of the value that is the snippet's own default (runs without arguments), or None."""


class Exploration(NamedTuple):
    knobs: tuple[Knob, ...]

    def settings(self) -> list[tuple[str, ...]]:
        """Every combination of values, each knob's choices in order (``""``: the snippet's default)."""
        return list(itertools.product(*(_choices(knob) for knob in self.knobs)))

    def argv(self, setting: tuple[str, ...]) -> tuple[str, ...]:
        """The command-line arguments of a setting (a knob at its default passes none)."""
        args: list[str] = []
        for knob, value in zip(self.knobs, setting):
            if value and (knob.default is None or value != knob.values[knob.default]):
                args += [f"--{knob.name}", value]
        return tuple(args)

    def default(self) -> tuple[str, ...]:
        return tuple(knob.values[knob.default] if knob.default is not None else "" for knob in self.knobs)


def _choices(knob: Knob) -> tuple[str, ...]:
    return knob.values if knob.default is not None else ("", *knob.values)


def parse(spec: str) -> Exploration:
    """The exploration an ``explore`` option declares; ``ValueError`` saying what is wrong."""
    knobs = []
    for part in filter(None, (p.strip() for p in spec.split(";"))):
        head, equals, values = part.partition("=")
        name, colon, label = head.partition(":")
        name, label = name.strip(), label.strip()
        if not equals or not colon or not _NAME.fullmatch(name) or not label:
            raise ValueError(f"{part!r}: write `name: label = v1, v2, …` (e.g. `lr: 学习率 η = 0.01, 0.1*`)")
        written = [v.strip() for v in values.split(",") if v.strip()]
        marked = [i for i, v in enumerate(written) if v.endswith("*")]
        written = [v.rstrip("*").strip() for v in written]
        bad = [v for v in written if not _VALUE.fullmatch(v)]
        if len(written) < 2 or bad or len(marked) > 1 or len(set(written)) < len(written):
            reason = (f"{bad[0]!r} is not a number" if bad else "two or more distinct values"
                      if len(set(written)) < max(len(written), 2) else "one default (*) at most")
            raise ValueError(f"{name}: {reason}")
        knobs.append(Knob(name, label, tuple(written), marked[0] if marked else None))
    if not knobs or len(knobs) > MAX_KNOBS or len({k.name for k in knobs}) < len(knobs):
        raise ValueError(f"one or {MAX_KNOBS} knobs with different names")
    exploration = Exploration(tuple(knobs))
    if len(exploration.settings()) > MAX_SETTINGS:
        raise ValueError(f"{len(exploration.settings())} settings: at most {MAX_SETTINGS}")
    return exploration


def setting_id(setting: tuple[str, ...]) -> str:
    return "|".join(setting)


def render(identifier: str, exploration: Exploration, shown: str, results: dict[str, str], source: str) -> str:
    """The exploration on the page: the controls (shown by the script), the default setting's rendering
    (``shown``, with its source and result: ``source`` is markdown-exec's option) and every other
    setting's result in a ``<template>`` (the script keeps a copy of the default's)."""
    knobs = [{"name": k.name, "label": k.label, "choices": [v or DEFAULT_LABEL for v in _choices(k)],
              "values": list(_choices(k))} for k in exploration.knobs]
    controls = []
    for index, knob in enumerate(exploration.knobs):
        choices = _choices(knob)
        start = choices.index(exploration.default()[index])
        controls.append(
            f'<label class="mlvault-explore-knob">{html.escape(knob.label)} '
            f'<input type="range" min="0" max="{len(choices) - 1}" step="1" value="{start}" data-knob="{index}" '
            f'aria-label="{html.escape(knob.label, quote=True)}"> '
            f'<output>{html.escape(choices[start] or DEFAULT_LABEL)}</output></label>')
    templates = "".join(f'<template data-setting="{html.escape(key, quote=True)}">{body}</template>'
                        for key, body in results.items())
    result_tab = {"tabbed-left": 1, "tabbed-right": 0}.get(source, -1)  # where the result is in `shown`
    data = html.escape(json.dumps({"knobs": knobs, "default": setting_id(exploration.default()), "resultTab": result_tab},
                                  ensure_ascii=False), quote=True)
    return (f'<div class="mlvault-explore" id="{html.escape(identifier, quote=True)}" data-explore="{data}">'
            f'<div class="mlvault-explore-controls" hidden>{"".join(controls)}</div>'
            f'<div class="mlvault-explore-shown">{shown}</div>{templates}</div>')
