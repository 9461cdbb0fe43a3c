"""Formulas in a terminal and in the Markdown export: verbatim, never eaten or cut."""

from rich.console import Console
from rich.markdown import Markdown

from mianshi.study.answer_html import formulas_as_code, formulas_safe_in_tables

ANSWER = r"""更新规则 $\text{running\_mean}\leftarrow(1-m)\,\text{running\_mean}+m\,\mu_B$，集合 $\{x \mid x>0\}$。

| 函数 | 缺点 |
|---|---|
| Sigmoid | 导数 $\le0.25$，$|x|$ 大时饱和 |
| L2 | 范数 $\|w\|_2$ |

$$\begin{pmatrix} a & b \\ c & d \end{pmatrix}\!x$$
"""


def _terminal(markdown: str, width: int = 100) -> str:
    console = Console(width=width, record=True, color_system=None)
    console.print(Markdown(markdown))
    return console.export_text()


def test_formulas_reach_the_terminal_verbatim():
    shown = _terminal(formulas_as_code(ANSWER))
    for tex in (
        r"\text{running\_mean}\leftarrow(1-m)\,\text{running\_mean}+m\,\mu_B",
        r"\{x \mid x>0\}",
        r"\begin{pmatrix} a & b \\ c & d \end{pmatrix}\!x",
    ):
        assert tex in shown, tex
    # Rendered as plain Markdown, the same text loses its backslashes: what this guards against.
    assert r"(1-m)\,\text" not in _terminal(ANSWER)


def test_a_bar_inside_a_formula_does_not_cut_the_table_row():
    rows = [line for line in _terminal(formulas_as_code(ANSWER)).splitlines() if "Sigmoid" in line]
    assert len(rows) == 1 and "|x|" in rows[0] and "大时饱和" in rows[0], rows
    norm = [line for line in _terminal(formulas_as_code(ANSWER)).splitlines() if "范数" in line]
    assert r"\|w\|_2" in norm[0], norm


def test_the_markdown_export_keeps_table_rows_whole():
    exported = formulas_safe_in_tables(ANSWER)
    sigmoid = next(line for line in exported.splitlines() if "Sigmoid" in line)
    assert sigmoid.count("|") == 3  # the row's own three bars, none from the formula
    assert r"$\vert x\vert $" in sigmoid
    assert r"$\Vert w\Vert _2$" in exported  # a norm's double bar stays a double bar
    # Outside tables nothing changes.
    assert r"$\text{running\_mean}\leftarrow(1-m)\,\text{running\_mean}+m\,\mu_B$" in exported
    assert r"$$\begin{pmatrix} a & b \\ c & d \end{pmatrix}\!x$$" in exported
