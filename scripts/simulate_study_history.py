"""Simulate six weeks of studying with mianshi and draw the progress chart from it.

    .venv/bin/python scripts/simulate_study_history.py DB_FILE [--chart docs/study-stats.png]

A simulated learner runs the real review service once a day (skipping some
days), introduces new LLM, basics and vision questions, and answers as a person
would: a card is recalled with the probability FSRS predicts, a little lower for
harder questions; new cards are often forgotten at first. The database is left
behind, so the other commands (stats, history, export) can be tried on it.
"""

import argparse
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fsrs import Rating

from mianshi.services.bank import init_database
from mianshi.services.study import plot_study_stats, review_session, study_stats
from mianshi.study.scheduling import default_scheduler, retrievability

DAYS = 42
NEW_PER_DAY = {"llm": 4, "dl_basics": 2, "vision": 1, "ml_classic": 1}


def rating_for(rng: random.Random, item, now: datetime, scheduler) -> Rating:
    if item.card is None or item.card.last_review is None:
        return rng.choices(list(Rating), weights=[30, 15, 45, 10])[0]
    chance = retrievability(scheduler, item.card, now) ** (1 + 0.2 * (item.question.difficulty - 2))
    if item.card.state != 2:  # still in its learning steps: recent, usually remembered
        chance = 0.8
    if rng.random() > chance:
        return Rating.Again
    return rng.choices([Rating.Hard, Rating.Good, Rating.Easy], weights=[15, 70, 15])[0]


def study_day(db: str, day_start: datetime, rng: random.Random, scheduler) -> int:
    now = day_start + timedelta(hours=rng.uniform(19, 22))
    done = 0
    for module, new in NEW_PER_DAY.items():
        with review_session(db, module=module, limit=120, new=new, now=now) as session:
            while (item := session.next()) is not None:
                if item.card is not None and item.card.due > now:
                    now = max(now, item.card.due)  # wait for a learning step to come due
                rating = rating_for(rng, item, now, scheduler)
                session.rate(item, rating, duration_ms=rng.randint(8_000, 60_000), now=now)
                now += timedelta(seconds=rng.uniform(20, 70))
                done += 1
    return done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--chart", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    db = f"sqlite:///{args.db.resolve()}"
    init_database(db)
    rng = random.Random(args.seed)
    scheduler = default_scheduler()
    today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    for offset in range(DAYS, 0, -1):
        if rng.random() < 0.15:  # a day off now and then: the backlog shows in the chart
            continue
        reviews = study_day(db, today - timedelta(days=offset), rng, scheduler)
        print(f"day -{offset:2d}: {reviews} ratings")
    if args.chart:
        plot_study_stats(study_stats(db), args.chart)
        print(f"chart: {args.chart}")


if __name__ == "__main__":
    main()
