"""The charts of `mianshi stats` as inline SVG, drawn on the server.

Text is real SVG text in the page's font, so Chinese labels render wherever the
browser has a CJK font; nothing here runs script.
"""

from dataclasses import dataclass
from html import escape

from mianshi.study.stats import StudyStats

RATING_COLOURS = {1: "#d9534f", 2: "#f0ad4e", 3: "#5cb85c", 4: "#5bc0de"}
RATING_NAMES = {1: "Again 忘了", 2: "Hard 模糊", 3: "Good 记得", 4: "Easy 很熟"}


@dataclass(frozen=True)
class Chart:
    title: str
    svg: str


def _nice_max(value: float) -> float:
    return max(1.0, float(value))


def stacked_bars(
    labels: list[str], series: list[tuple[str, str, list[float]]], title: str, width=480, height=220
) -> Chart:
    """Bars per label, stacked by series (name, colour, values); axis labels every few bars."""
    left, bottom, top = 30, 30, 30
    plot_w, plot_h = width - left - 8, height - bottom - top
    totals = [sum(values[i] for _, _, values in series) for i in range(len(labels))]
    peak = _nice_max(max(totals, default=0))
    step = plot_w / max(1, len(labels))
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" '
        'xmlns="http://www.w3.org/2000/svg">',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 8}" y2="{top + plot_h}" class="axis"/>',
        f'<text x="{left - 4}" y="{top + 4}" class="tick" text-anchor="end">{peak:g}</text>',
        f'<text x="{left - 4}" y="{top + plot_h}" class="tick" text-anchor="end">0</text>',
    ]
    for i, label in enumerate(labels):
        x = left + i * step + step * 0.15
        y = top + plot_h
        for name, colour, values in series:
            h = plot_h * values[i] / peak
            if h > 0:
                y -= h
                parts.append(
                    f'<rect x="{x:.1f}" y="{y:.1f}" width="{step * 0.7:.1f}" height="{h:.1f}" '
                    f'fill="{colour}"><title>{escape(label)} {escape(name)}: {values[i]:g}</title></rect>'
                )
        every = max(1, len(labels) // 5)
        last = len(labels) - 1
        if (i % every == 0 and last - i >= every) or i == last:
            parts.append(
                f'<text x="{x + step * 0.35:.1f}" y="{top + plot_h + 16}" class="tick" '
                f'text-anchor="middle">{escape(label)}</text>'
            )
    legend_x = left
    for name, colour, _ in series if len(series) > 1 else []:
        parts.append(f'<rect x="{legend_x}" y="6" width="10" height="10" fill="{colour}"/>')
        parts.append(f'<text x="{legend_x + 14}" y="15" class="tick">{escape(name)}</text>')
        legend_x += 14 + 11 * len(name) + 8
    parts.append("</svg>")
    return Chart(title, "".join(parts))


def horizontal_bars(rows: list[tuple[str, float, str]], title: str, width=480) -> Chart:
    """One bar per (label, value 0..1, note): e.g. mastery per module, labels in Chinese."""
    label_w, row_h = 120, 28
    height = 12 + row_h * max(1, len(rows))
    plot_w = width - label_w - 50
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" '
        'xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, (label, value, note) in enumerate(rows):
        y = 6 + i * row_h
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 15}" class="label" text-anchor="end">{escape(label)}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{plot_w}" height="16" class="track"/>'
            f'<rect x="{label_w}" y="{y + 3}" width="{plot_w * max(0.0, min(1.0, value)):.1f}" '
            f'height="16" class="bar"><title>{escape(note)}</title></rect>'
            f'<text x="{label_w + plot_w + 6}" y="{y + 15}" class="tick">{value:.0%}</text>'
        )
    parts.append("</svg>")
    return Chart(title, "".join(parts))


def stats_charts(stats: StudyStats, module_names: dict[str, str]) -> list[Chart]:
    days = [f"{d.day:%m-%d}" for d in stats.days]
    reviews = stacked_bars(
        days,
        [
            (RATING_NAMES[r], RATING_COLOURS[r], [d.counts.get(r, 0) for d in stats.days])
            for r in (1, 2, 3, 4)
        ],
        "每日复习 Reviews per day",
    )
    due = stacked_bars(
        ["今天" if i == 0 else f"{day:%m-%d}" for i, (day, _) in enumerate(stats.due)],
        [("due", "#4a7bd0", [n for _, n in stats.due])],
        "到期 Cards due, next 14 days",
    )
    mastery = horizontal_bars(
        [
            (
                f"{module_names.get(m.module, m.module)}",
                m.mastery,
                f"{m.module}: {m.studied}/{m.questions} studied",
            )
            for m in stats.modules
        ],
        "掌握度 Mastery per module",
    )
    return [reviews, due, mastery]
