"""mlvault: the mathematics of machine learning, from scratch, in numpy/scipy (torch where autograd is the lesson).

Modules are grouped like the vault's folders; each public function's docstring names the note that
explains it (``笔记：[[标题]]``). Import the submodule you need, e.g. ``from mlvault.information import
entropy``; this package imports none of them eagerly.
"""

__version__ = "0.1.0"
