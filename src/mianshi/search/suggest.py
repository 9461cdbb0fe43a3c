""" "Did you mean": typing mistakes in a query corrected with the glossary's names.

Two kinds of mistake are common: a misspelt English word (`trasnformer`,
`layr norm`) and a Chinese term typed with a wrong or a missing character, as
a pinyin input method produces (`批规一化` for 批归一化, `梯度小失` for 梯度消失).

    >>> Speller(shipped_glossary()).correct("trasnformer 的 layr norm", lambda word: False)
    'transformer 的 layer norm'
"""

import difflib
import re
from collections.abc import Callable

from mianshi.search.glossary import Glossary
from mianshi.search.text import STOPWORDS_EN

_ENGLISH_WORD = re.compile(r"[a-z][a-z0-9]{2,}")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# Shorter Chinese names are one character away from too many ordinary words.
MIN_REPLACED, MIN_SHORTENED = 3, 4
ENGLISH_CUTOFF = 0.8

Known = Callable[[str], bool]  # whether a word is fine as it is (the index holds it)


def _one_typo_apart(window: str, name: str) -> bool:
    """`window` is `name` with one character wrong, or with one left out."""
    if len(name) == len(window):
        return (
            len(name) >= MIN_REPLACED
            and sum(a != b for a, b in zip(window, name, strict=True)) == 1
        )
    if len(name) == len(window) + 1 and len(name) >= MIN_SHORTENED:
        return any(name[:i] + name[i + 1 :] == window for i in range(len(name)))
    return False


class Speller:
    def __init__(self, glossary: Glossary):
        names = [name for name, _ in glossary.normalised_names]
        self._english = sorted({w for n in names for w in _ENGLISH_WORD.findall(n)})
        self._chinese = {n for n in names if _CJK_RUN.fullmatch(n)}
        # One typo leaves either the first or the last character of a name in place.
        self._by_end: dict[tuple[int, str], list[str]] = {}
        for name in self._chinese:
            for end in {(len(name), name[0]), (-len(name), name[-1])}:
                self._by_end.setdefault(end, []).append(name)
        self._longest = max(map(len, self._chinese), default=0)

    def correct(self, text: str, known: Known, look_in: str | None = None) -> str | None:
        """`text` (normalised) with its mistakes fixed, or None if nothing looks mistyped.

        Mistakes are looked for in `look_in` (same length as `text`, e.g. the query with
        its recognised glossary names blanked out), and fixed in `text`.
        """
        look_in = text if look_in is None else look_in
        fixes = [
            (m.start(), m.end(), fixed)
            for m in _ENGLISH_WORD.finditer(look_in)
            if m.group() not in STOPWORDS_EN
            and not known(m.group())
            and (fixed := self._english_fix(m.group()))
        ]
        for run in _CJK_RUN.finditer(look_in):
            fixes.extend(self._chinese_fixes(run.group(), run.start(), known))
        if not fixes:
            return None
        corrected = text
        for start, end, replacement in sorted(fixes, reverse=True):
            corrected = corrected[:start] + replacement + corrected[end:]
        return corrected

    def _english_fix(self, word: str) -> str | None:
        candidates = [w for w in self._english if abs(len(w) - len(word)) <= 2]
        best = difflib.get_close_matches(word, candidates, n=1, cutoff=ENGLISH_CUTOFF)
        return best[0] if best and best[0] != word else None

    def _chinese_fixes(self, run: str, offset: int, known: Known) -> list[tuple[int, int, str]]:
        """Windows of the run that are a glossary name typed wrong, longest first, left to right."""
        fixes = []
        position = 0
        while position < len(run):
            step = 1
            for length in range(min(self._longest, len(run) - position), MIN_REPLACED - 1, -1):
                window = run[position : position + length]
                if window in self._chinese or known(window):
                    step = length
                    break
                name = self._name_for(window)
                if name:
                    fixes.append((offset + position, offset + position + length, name))
                    step = length
                    break
            position += step
        return fixes

    def _name_for(self, window: str) -> str | None:
        """The one glossary name `window` is a typo of, if there is exactly one."""
        candidates = {
            name
            for length in (len(window), len(window) + 1)
            for end in ((length, window[0]), (-length, window[-1]))
            for name in self._by_end.get(end, ())
        }
        names = [name for name in candidates if _one_typo_apart(window, name)]
        return names[0] if len(names) == 1 else None
