"""What the site's search needs from the vault, given to Material's search through its inputs.

Material indexes Chinese text cut into words by jieba at build time. A title that jieba cuts apart
(交叉熵 → 交叉 / 熵) could never be searched as one word, so the titles and aliases that are terms are taught
to jieba first (``jieba.add_word``, jieba's public API, before any page is indexed). Latin letters next to
Chinese characters (「KL散度」) are split by the search ``separator`` in ``mkdocs.yml``, in the index as in
queries. In the browser the search worker ``theme/assets/mlvault-search.js`` cuts a query's Chinese with the
index's own words and lists the note a query names first.
"""

from __future__ import annotations

import re

import jieba

from .resolve import Vault

HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,}")
TERM_LENGTH = 5
_taught: set[str] = set()  # jieba's dictionary is global: each word is added once per process


def teach_segmenter(vault: Vault) -> None:
    """Make the Chinese of each title or alias one word for jieba when it is a term: the whole name (交叉熵),
    or its one run of Chinese characters (K均值聚类 → 均值聚类), of at most ``TERM_LENGTH`` characters. A
    longer name or one with several runs is a phrase (信息量与熵, 交叉熵与KL散度的关系): as one word it would
    hide its parts (熵) from search, and jieba's own cut serves it better."""
    for note in vault.notes.values():
        for name in (note.title, *note.aliases):
            runs = HAN_RUN.findall(name)
            for word in runs if len(runs) == 1 and len(runs[0]) <= TERM_LENGTH else ():
                if word not in _taught:
                    jieba.add_word(word)
                    _taught.add(word)
