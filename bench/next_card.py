"""Next-card selection on a large database: ``ReviewSession.next_card()`` and a grade, timed.

    python bench/next_card.py --config CFG [--now ISO] [--days 7] [--rounds 200] [--json]
    python bench/next_card.py --cards 100000 [--json]

First it reviews ``--days`` days before the measured day through the service (untimed), so the
database holds review cards with spread-out due dates and a review log, not only new cards.
Then, on the measured day, it walks today's queue like the review app does: pick the next card,
grade it, repeat, until the queue is empty or ``--rounds`` picks were made. It reports the
median and p95 in ms of a pick, of a grade and of the two together (target: median pick under
50 ms). The grades it records change the database: point it at a benchmark database.

With ``--cards N`` it first generates a vault big enough for about N cards into
``bench/vaults/`` and scans it into a fresh database there.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOW = "2026-03-01T09:30:00"
CARDS_PER_NOTE = 1.7  # measured on the generated vaults; used only to size a --cards vault
GRADES = (5, 4, 4, 4, 3, 3, 2, 5)  # mostly passing, some same-day repeats, some lapses


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(share * len(ordered)) - 1)]


def _summary(values: list[float]) -> dict:
    if not values:
        return {"median_ms": None, "p95_ms": None, "max_ms": None}
    return {
        "median_ms": statistics.median(values) * 1000,
        "p95_ms": _percentile(values, 0.95) * 1000,
        "max_ms": max(values) * 1000,
    }


def build_database(cards: int, seed: int) -> Path:
    """A generated vault for about ``cards`` cards, its config, and a scanned database."""
    sys.path.insert(0, str(HERE))
    from gen_vault import generate_vault

    notes = max(100, math.ceil(cards / CARDS_PER_NOTE))
    home = HERE / "vaults" / f"next-card-{notes}-seed-{seed}"
    config = home / "config.yaml"
    if not (home / ".complete").exists():
        print(f"generating {notes} notes into {home / 'vault'} ...", file=sys.stderr, flush=True)
        generate_vault(home / "vault", notes, seed)
        (home / ".complete").write_text("generated\n")
    config.write_text("vault: vault\ndatabase: srs.db\nexport_dir: decks\n", encoding="utf-8")
    for name in ("srs.db", "srs.db-wal", "srs.db-shm"):
        (home / name).unlink(missing_ok=True)
    return config


def measure(config_path: Path, now_text: str, days: int, rounds: int, seed: int, scan: bool) -> dict:
    """Warm-up days of reviews, then the timed walk through the measured day's queue."""
    from srs.clock import parse_now
    from srs.config import load_config
    from srs.review_session import ReviewSession
    from srs.service import Service

    config = load_config(config_path)
    start = parse_now(now_text)
    moment = [start]
    rng = random.Random(seed)
    service = Service(config, lambda: moment[0])
    try:
        if scan:
            began = time.perf_counter()
            report = service.scan()
            print(f"scanned {report.notes} notes, {report.added} cards in "
                  f"{time.perf_counter() - began:.1f} s", file=sys.stderr, flush=True)
        warmup_grades = 0
        for day in range(days):
            moment[0] = start + timedelta(days=day)
            session = ReviewSession(service)
            while session.next_card() is not None:
                session.grade(rng.choice(GRADES))
                warmup_grades += 1
        moment[0] = start + timedelta(days=days)
        cards = service.counts().total
        session = ReviewSession(service)
        picks: list[float] = []
        grades: list[float] = []
        for _ in range(rounds):
            began = time.perf_counter()
            card = session.next_card()
            picked = time.perf_counter()
            if card is None:
                break
            session.grade(rng.choice(GRADES))
            picks.append(picked - began)
            grades.append(time.perf_counter() - picked)
    finally:
        service.close()
    pick = _summary(picks)
    return {
        "cards": cards,
        "rounds": len(picks),
        "warmup_days": days,
        "warmup_grades": warmup_grades,
        "measured_day": moment[0].isoformat(),
        **pick,
        "grade": _summary(grades),
        "pick_and_grade": _summary([p + g for p, g in zip(picks, grades)]),
    }


def main(argv: list[str] | None = None) -> int:
    """Command line: see the module docstring."""
    parser = argparse.ArgumentParser(description="Time next-card selection and grading.")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--config", type=Path, help="config of a benchmark database")
    source.add_argument("--cards", type=int, help="build a vault and database for about this many cards")
    parser.add_argument("--now", default=NOW, help=f"first warm-up day (default {NOW})")
    parser.add_argument("--days", type=int, default=7, help="days of reviews before the measured day")
    parser.add_argument("--rounds", type=int, default=200, help="most picks to time")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    try:
        import srs.service  # noqa: F401
    except ImportError as exc:
        print(f"srs service layer not importable: {exc}", file=sys.stderr)
        return 3
    config = args.config if args.config else build_database(args.cards, args.seed)
    result = measure(config, args.now, args.days, args.rounds, args.seed, scan=args.cards is not None)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{result['cards']} cards, {result['rounds']} picks after {result['warmup_grades']} warm-up grades")
        for name, values in (("pick", result), ("grade", result["grade"]), ("pick+grade", result["pick_and_grade"])):
            if values["median_ms"] is not None:
                print(f"{name:>10}: median {values['median_ms']:.1f} ms, p95 {values['p95_ms']:.1f} ms, "
                      f"max {values['max_ms']:.1f} ms")
        target = result["median_ms"] is not None and result["median_ms"] < 50
        print("target median pick < 50 ms:", "pass" if target else "FAIL")
    return 0


if __name__ == "__main__":
    sys.exit(main())
