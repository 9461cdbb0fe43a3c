"""The progress chart (`mianshi stats --plot FILE.png`), drawn with matplotlib.

Labels are in Chinese and English when a font with Chinese glyphs is installed
(Debian's fonts-noto-cjk, WenQuanYi, ...), else in English with module ids:
matplotlib's bundled fonts have no Chinese glyphs, and a chart must read on any
machine.
"""

from functools import lru_cache
from pathlib import Path

from mianshi.study.stats import StudyStats

RATING_COLOURS = {1: "#d9534f", 2: "#f0ad4e", 3: "#5cb85c", 4: "#5bc0de"}
RATING_NAMES = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}


# Font families that cover Chinese, most preferred first.
CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Serif CJK SC", "WenQuanYi Zen Hei", "Droid Sans Fallback")


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """The first installed font family of CJK_FAMILIES, or None."""
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    return next((family for family in CJK_FAMILIES if family in installed), None)


def _label(zh: str, en: str) -> str:
    return f"{zh} {en}" if cjk_font() else en


def plot_stats(stats: StudyStats, path: Path) -> None:
    import matplotlib.pyplot as plt

    fig = build_figure(stats)
    fig.savefig(path, dpi=110)
    plt.close(fig)


def build_figure(stats: StudyStats):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    font = cjk_font()
    if font:
        plt.rcParams["font.family"] = [font, "DejaVu Sans"]
    fig, axes = plt.subplots(2, 2, figsize=(13, 8.5), constrained_layout=True)
    fig.suptitle(
        f"mianshi progress — {stats.today:%Y-%m-%d}   "
        f"({stats.total_reviews} reviews, {stats.cards} cards)",
        fontsize=14,
    )
    _reviews(axes[0][0], stats)
    _retention(axes[0][1], stats)
    _due(axes[1][0], stats)
    _mastery(axes[1][1], stats)
    return fig


def _reviews(ax, stats: StudyStats) -> None:
    days = [d.day for d in stats.days]
    bottom = [0] * len(days)
    for rating in (1, 2, 3, 4):
        values = [d.counts[rating] for d in stats.days]
        ax.bar(
            days, values, bottom=bottom, color=RATING_COLOURS[rating], label=RATING_NAMES[rating]
        )
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    ax.set_title(_label("每日复习", f"Reviews per day (last {len(days)} days)"))
    ax.set_ylabel(_label("次数", "reviews"))
    ax.legend(loc="upper left", ncols=4, fontsize=9)
    ax.tick_params(axis="x", labelrotation=45, labelsize=8)
    ax.xaxis.set_major_formatter(_day_format())
    _whole_numbers(ax.yaxis)
    if not stats.total_reviews:
        ax.set_ylim(0, 5)
        _empty_note(ax, _label("还没有复习记录", "no reviews yet"))


def _retention(ax, stats: StudyStats) -> None:
    """Daily share of mature reviews recalled, with the overall figure as a line."""
    days, values, sizes = [], [], []
    for d in stats.days:
        if d.mature:
            days.append(d.day)
            values.append(100 * d.mature_recalled / d.mature)
            sizes.append(12 + 4 * d.mature)
    if days:
        ax.scatter(
            days, values, s=sizes, color="#337ab7", alpha=0.7, label="daily (size = reviews)"
        )
    else:  # no dates to show: an empty date axis would start in 1970
        if stats.days:
            ax.set_xlim(stats.days[0].day, stats.days[-1].day)
        _empty_note(ax, _label("还没有成熟卡片的复习", "no mature reviews yet"))
    if stats.retention is not None:
        ax.axhline(
            100 * stats.retention,
            color="#5cb85c",
            linestyle="--",
            label=f"overall {100 * stats.retention:.0f}%",
        )
    ax.axhline(90, color="#999", linestyle=":", label="target 90%")
    ax.set_ylim(0, 105)
    ax.set_title(_label("记忆保持率", "Retention: mature reviews not forgotten"))
    ax.set_ylabel("%")
    ax.legend(loc="lower left", fontsize=9)
    ax.tick_params(axis="x", labelrotation=45, labelsize=8)
    ax.xaxis.set_major_formatter(_day_format())


def _due(ax, stats: StudyStats) -> None:
    labels = ["today" if i == 0 else f"{day:%m-%d}" for i, (day, _) in enumerate(stats.due)]
    counts = [n for _, n in stats.due]
    bars = ax.bar(labels, counts, color="#8e7cc3")
    ax.bar_label(bars, fontsize=8)
    ax.set_title(_label("未来 14 天到期", "Due in the next 14 days (today includes overdue)"))
    ax.set_ylabel(_label("卡片", "cards"))
    ax.tick_params(axis="x", labelrotation=45, labelsize=8)
    _whole_numbers(ax.yaxis)
    if not any(counts):
        ax.set_ylim(0, 5)


def _mastery(ax, stats: StudyStats) -> None:
    modules = [m for m in stats.modules if m.questions]
    names = [m.module for m in modules]
    ax.barh(names, [100] * len(modules), color="#eeeeee")
    studied = [100 * m.studied / m.questions for m in modules]
    ax.barh(names, studied, color="#c9dff2", label="studied")
    bars = ax.barh(names, [100 * m.mastery for m in modules], color="#2e6da4", label="mastery")
    ax.bar_label(bars, labels=[f"{100 * m.mastery:.0f}%" for m in modules], padding=3, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 110)
    ax.set_xticks(range(0, 101, 20))
    ax.set_title(_label("各模块掌握度", "Mastery per module (predicted recall now, unseen = 0)"))
    ax.set_xlabel("% of the module's questions")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=9)


def _whole_numbers(axis) -> None:
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))


def _empty_note(ax, text: str) -> None:
    ax.text(0.5, 0.5, text, transform=ax.transAxes, ha="center", va="center", color="#888")


def _day_format():
    from matplotlib.dates import DateFormatter

    return DateFormatter("%m-%d")
