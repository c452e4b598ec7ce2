"""Small classic data sets shipped with the package (nothing is downloaded): Fisher's iris and the
play-tennis table of ID3.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

__all__ = ["Bunch", "load_iris", "play_tennis"]

_DATA = Path(__file__).parent / "data"


class Bunch(dict):
    """A dict whose keys are also attributes (``d.data is d["data"]``), like scikit-learn's ``Bunch``.

    笔记：[[朴素贝叶斯分类器]]
    """

    def __getattr__(self, key: str):
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key) from None


def load_iris(return_X_y: bool = False) -> Bunch | tuple[np.ndarray, np.ndarray]:
    """Fisher's iris data: 150 flowers, 4 measurements in cm, 3 species (50 each).

    The values and the row order are those of ``sklearn.datasets.load_iris()`` (which corrects two
    typos of the UCI copy), so results can be compared with scikit-learn directly.

    Parameters
    ----------
    return_X_y : bool
        Return the tuple ``(data, target)`` instead of the Bunch, as scikit-learn does.

    Returns
    -------
    Bunch or (ndarray of shape (150, 4), ndarray of shape (150,))
        ``data`` : ndarray, shape (150, 4), float — sepal length, sepal width, petal length, petal width;
        ``target`` : ndarray, shape (150,), int — 0 setosa, 1 versicolor, 2 virginica;
        ``feature_names`` : list of 4 str; ``target_names`` : ndarray, shape (3,), str.

    Notes
    -----
    .. math:: \\mathbf{X} \\in \\mathbb{R}^{150 \\times 4}, \\quad y_i \\in \\{0, 1, 2\\}

    笔记：[[朴素贝叶斯分类器]]
    """
    table = np.loadtxt(_DATA / "iris.csv", delimiter=",", skiprows=1, dtype=str)
    target_names = np.array(["setosa", "versicolor", "virginica"])
    target = np.searchsorted(target_names, table[:, 4])
    if not np.array_equal(target_names[target], table[:, 4]):
        raise ValueError("iris.csv has an unknown species")
    data, target = table[:, :4].astype(float), target.astype(np.int64)
    if return_X_y:
        return data, target
    return Bunch(
        data=data,
        target=target,
        feature_names=["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"],
        target_names=target_names,
    )


_PLAY_TENNIS = """\
Sunny    Hot  High   Weak   No
Sunny    Hot  High   Strong No
Overcast Hot  High   Weak   Yes
Rain     Mild High   Weak   Yes
Rain     Cool Normal Weak   Yes
Rain     Cool Normal Strong No
Overcast Cool Normal Strong Yes
Sunny    Mild High   Weak   No
Sunny    Cool Normal Weak   Yes
Rain     Mild Normal Weak   Yes
Sunny    Mild Normal Strong Yes
Overcast Mild High   Strong Yes
Overcast Hot  Normal Weak   Yes
Rain     Mild High   Strong No
"""


def play_tennis() -> dict[str, np.ndarray]:
    """The 14-day play-tennis table (Quinlan 1986; Mitchell, *Machine Learning*, Table 3.2).

    Returns
    -------
    dict of str to ndarray, each of shape (14,), dtype str
        Columns in order ``Outlook`` (Sunny/Overcast/Rain), ``Temperature`` (Hot/Mild/Cool),
        ``Humidity`` (High/Normal), ``Wind`` (Weak/Strong) and the label ``PlayTennis`` (Yes/No: 9 Yes, 5 No).

    Notes
    -----
    .. math:: H(S) = -\\tfrac{9}{14}\\log_2\\tfrac{9}{14} - \\tfrac{5}{14}\\log_2\\tfrac{5}{14}

    笔记：[[决策树]]
    """
    rows = np.array([line.split() for line in _PLAY_TENNIS.splitlines()])
    names = ["Outlook", "Temperature", "Humidity", "Wind", "PlayTennis"]
    return {name: rows[:, j] for j, name in enumerate(names)}
