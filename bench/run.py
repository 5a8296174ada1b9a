"""The srs benchmark: every measure beside a floor taken in the same run, against its target.

    python bench/run.py --notes 10000 [--notes 100000] [--keep]

For each size it generates ``bench/vaults/notes-N-seed-S/vault`` when absent, writes a config
next to it, then measures (see bench/README.md): the floors (read and hash every note; parse
every note with markdown-it-py; a bare interpreter start), a full scan on a fresh database,
rescans, ``status``, ``remind``, next-card selection, export, and each command's peak memory.
Prints a table and writes ``bench/out/results-N.json``. Exits 1 when a measured target fails.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen_vault import generate_vault  # noqa: E402
from measure import ChildRun, floor_startup, floors_in_child, markdown_files, run_child  # noqa: E402

NOW = "2026-03-01T09:30:00"
BASE_NOTES = 10_000  # the absolute targets are set at this size
GROWTH_LIMIT = 12.0  # larger vaults: every figure within 12x of the 10,000-note one
MEMORY_LIMIT_MB = 300.0
EDIT_SENTENCE = "\nA change made by the benchmark is called **benchmark edit {n}**.\n"


@dataclass
class Row:
    """One line of the report. ``seconds`` is None when the measure was not available."""

    name: str
    seconds: float | None
    floor: str = ""
    floor_seconds: float | None = None
    target: str = ""
    limit: float | None = None
    passed: bool | None = None
    peak_mb: float | None = None
    note: str = ""


def srs_command() -> list[str] | None:
    """How to start the srs CLI here, or None when it is not installed yet."""
    script = Path(sys.executable).with_name("srs")
    candidates = [[str(script)]] if script.exists() else []
    candidates.append([sys.executable, "-m", "srs"])
    for cmd in candidates:
        if run_child([*cmd, "--help"]).returncode == 0:
            return cmd
    return None


def prepare(notes: int, seed: int, root: Path) -> tuple[Path, Path, bool]:
    """The vault and its config for this size; generates the vault when absent."""
    home = root / f"notes-{notes}-seed-{seed}"
    vault = home / "vault"
    created = False
    if not (home / ".complete").exists():
        shutil.rmtree(home, ignore_errors=True)
        print(f"generating {notes} notes into {vault} ...", flush=True)
        generate_vault(vault, notes, seed)
        (home / ".complete").write_text("generated\n")
        created = True
    config = home / "config.yaml"
    config.write_text("vault: vault\ndatabase: srs.db\nexport_dir: decks\n", encoding="utf-8")
    return home, config, created


def child_env() -> dict[str, str]:
    """The environment of the measured commands: the fixed clock, and bytecode caching on.

    An installed package has its modules compiled; PYTHONDONTWRITEBYTECODE (set in some
    sandboxes and CI images) would make every command compile them again at start-up.
    """
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["SRS_NOW"] = NOW
    return env


def _fresh_database(home: Path) -> None:
    for name in ("srs.db", "srs.db-wal", "srs.db-shm", "srs.db-journal"):
        (home / name).unlink(missing_ok=True)
    shutil.rmtree(home / "decks", ignore_errors=True)


def _srs_row(name: str, runs: list[ChildRun]) -> Row:
    """A row from one or more runs of the same command: the median time, the largest peak."""
    failed = [run for run in runs if run.returncode != 0]
    if failed:
        last = (failed[0].stderr.strip() or failed[0].stdout.strip()).splitlines()[-1:] or ["?"]
        return Row(name, None, note=f"exit {failed[0].returncode}: {last[0][:120]}")
    return Row(
        name,
        statistics.median(run.seconds for run in runs),
        peak_mb=max(run.memory_mb for run in runs),
        note=f"median of {len(runs)}" if len(runs) > 1 else "",
    )


def measure_srs(cmd: list[str], home: Path, config: Path, repeat: int, full_repeat: int = 1,
                between_full_scans: Callable[[], None] = lambda: None) -> tuple[list[Row], dict]:
    """Runs the srs commands against the bench vault; returns rows and facts (card counts).

    The full scan runs once with its memory sampled (a multi-process tree: the sampling takes CPU
    from it, so that run's time does not count), then ``full_repeat`` times for its time, each on
    a fresh database and after ``between_full_scans`` (the floors): the two alternate, so a
    change in the machine's load weighs on both alike."""
    env = child_env()
    base = [*cmd, "--config", str(config), "--now", NOW]
    facts: dict = {}
    rows: list[Row] = []

    def run(*args: str, sample: bool = True) -> ChildRun:
        return run_child([*base, *args], env=env, sample=sample)

    run("--help")  # compiles the modules once, as an installed package has them compiled

    _fresh_database(home)
    sized = run("scan", "--json")
    full_runs: list[ChildRun] = []
    for _ in range(full_repeat):
        between_full_scans()
        _fresh_database(home)
        full_runs.append(run("scan", "--json", sample=False))
    full = _srs_row("full_scan", full_runs)
    full.peak_mb = max(sized.memory_mb, full.peak_mb or 0.0) if sized.returncode == 0 else full.peak_mb
    rows.append(full)
    facts["scan"] = full_runs[-1].json()
    unchanged = [run("scan", "--json") for _ in range(repeat)]
    rows.append(_srs_row("rescan_unchanged", unchanged))
    facts["rescan_unchanged"] = unchanged[-1].json()

    notes = markdown_files(home / "vault")
    edits: list[ChildRun] = []
    for n in range(repeat):
        target = notes[(len(notes) // (repeat + 1)) * (n + 1)]
        original = target.read_bytes()
        try:
            target.write_bytes(original + EDIT_SENTENCE.format(n=n).encode())
            edits.append(run("scan", "--json"))
        finally:
            target.write_bytes(original)
        run("scan")  # untimed: back in step with the restored note, so each edit is alone
    rows.append(_srs_row("rescan_one_edit", edits))
    facts["rescan_one_edit"] = edits[-1].json()

    status_runs = [run("status", "--json") for _ in range(repeat)]
    rows.append(_srs_row("status", status_runs))
    facts["status"] = status_runs[-1].json()
    remind_runs = [run("remind") for _ in range(repeat)]
    rows.append(_srs_row("remind", remind_runs))
    facts["remind"] = remind_runs[-1].stdout.strip()

    out = home / "decks" / "bench.apkg"
    # As many runs as of the full scan (its limit): one run of a few seconds moves by tens of
    # percent with the machine's load, and the 100,000-note figure is held to 12 times this one.
    exports = [run("export", "--out", str(out), "--json") for _ in range(full_repeat)]
    export = exports[-1]
    rows.append(_srs_row("export", exports))
    facts["export"] = export.json() or export.stdout.strip()
    if out.exists():
        facts["export_bytes"] = out.stat().st_size

    picked = run_child(
        [sys.executable, str(HERE / "next_card.py"), "--config", str(config), "--now", NOW, "--json"],
        env=env,
    )
    result = picked.json() if picked.returncode == 0 else None
    if isinstance(result, dict) and result.get("median_ms") is not None:
        rows.append(Row(
            "next_card", result["median_ms"] / 1000, peak_mb=picked.memory_mb,
            note=f"p95 {result['p95_ms']:.1f} ms over {result['rounds']} picks, {result['cards']} cards",
        ))
        facts["next_card"] = result
    else:
        last = (picked.stderr.strip() or picked.stdout.strip()).splitlines()[-1:] or ["?"]
        rows.append(Row("next_card", None, note=f"not available: {last[0][:120]}"))

    peaks = [row.peak_mb for row in rows if row.peak_mb is not None]
    rows.append(Row("peak_memory_mb", None, peak_mb=max(peaks) if peaks else None,
                    note="largest peak RSS of any srs child above"))
    return rows, facts


def apply_targets(rows: list[Row], notes: int, base: dict[str, Row] | None) -> None:
    """Fills floor, target and pass/fail: absolute targets up to 10,000 notes, growth above."""
    by_name = {row.name: row for row in rows}

    def floor(name: str) -> tuple[str, float | None]:
        row = by_name.get(name)
        return name, row.seconds if row else None

    floors = {
        "full_scan": floor("floor_parse"),
        "rescan_unchanged": floor("floor_read_hash"),
        "rescan_one_edit": floor("floor_read_hash"),
        "status": floor("floor_startup"),
        "remind": floor("floor_startup"),
        "export": floor("floor_parse"),
    }
    for row in rows:
        row.floor, row.floor_seconds = floors.get(row.name, ("", None))
        if notes <= BASE_NOTES:
            limits = {
                "full_scan": ("<= floor_parse", by_name["floor_parse"].seconds),
                "rescan_unchanged": ("< 0.5 s", 0.5),
                "rescan_one_edit": ("< 1 s", 1.0),
                "status": ("< 0.3 s", 0.3),
                "remind": ("< 0.3 s", 0.3),
                "export": ("< full_scan", by_name["full_scan"].seconds),
                "next_card": ("< 50 ms", 0.050),
            }
            if row.name in limits:
                row.target, row.limit = limits[row.name]
            if row.name == "peak_memory_mb":
                row.target, row.limit = f"< {MEMORY_LIMIT_MB:.0f} MB", MEMORY_LIMIT_MB
        elif base and row.name in base and not row.name.startswith("floor_"):
            ref = base[row.name]
            value = ref.peak_mb if row.name == "peak_memory_mb" else ref.seconds
            if value:
                row.target, row.limit = f"<= {GROWTH_LIMIT:.0f}x {BASE_NOTES} notes", GROWTH_LIMIT * value
        value = row.peak_mb if row.name == "peak_memory_mb" else row.seconds
        if row.limit is not None and value is not None:
            row.passed = value <= row.limit if row.target.startswith("<=") else value < row.limit


def print_table(notes: int, rows: list[Row], vault_bytes: int) -> None:
    """The human-readable report (rich)."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"srs benchmark: {notes:,} notes ({vault_bytes / 1e6:.1f} MB)")
    for column in ("measure", "time", "floor", "target", "result", "peak MB", "note"):
        table.add_column(column, justify="right" if column in ("time", "peak MB") else "left",
                         no_wrap=column != "note")

    def secs(value: float | None) -> str:
        return "-" if value is None else f"{value:.3f} s" if value >= 0.1 else f"{value * 1000:.1f} ms"

    for row in rows:
        time_text = secs(row.seconds) if row.name != "peak_memory_mb" else "-"
        if row.seconds is None and row.name != "peak_memory_mb":
            time_text = "not available"
        floor = f"{row.floor} {secs(row.floor_seconds)}" if row.floor else ""
        if row.name != "peak_memory_mb" and row.limit is not None and "x" in row.target:
            target = f"{row.target} ({secs(row.limit)})"
        elif row.name == "peak_memory_mb" and row.limit is not None and "x" in row.target:
            target = f"{row.target} ({row.limit:.0f} MB)"
        else:
            target = row.target
        result = {True: "[green]pass[/]", False: "[red]FAIL[/]", None: ""}[row.passed]
        peak = "" if row.peak_mb is None else f"{row.peak_mb:.0f}"
        table.add_row(row.name, time_text, floor, target, result, peak, row.note)
    console = Console()
    # Reports often go to a file or CI log; keep rows on one line there.
    Console(width=max(console.width, 150)).print(table)


def load_base(out_dir: Path, seed: int) -> dict[str, Row] | None:
    """The 10,000-note rows from an earlier (or this) run, for the growth targets."""
    path = out_dir / f"results-{BASE_NOTES}.json"
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("seed") != seed:
        return None
    return {row["name"]: Row(**row) for row in data["rows"]}


def bench_one(notes: int, args: argparse.Namespace, cmd: list[str] | None) -> list[Row]:
    """Measures one vault size, prints the table, writes the JSON; returns the rows."""
    home, config, created = prepare(notes, args.seed, args.vaults)
    vault = home / "vault"
    floor_runs = [floors_in_child(vault)]
    start = floor_startup()
    facts: dict = {}
    srs_rows: list[Row] = []
    if cmd is None:
        srs_rows = [Row(name, None, note="srs CLI not installed") for name in (
            "full_scan", "rescan_unchanged", "rescan_one_edit", "status", "remind", "export", "next_card")]
    else:
        full_repeat = max(1, args.full_repeat) if args.full_repeat is not None else (3 if notes <= BASE_NOTES else 1)
        srs_rows, facts = measure_srs(cmd, home, config, args.repeat, full_repeat,
                                      lambda: floor_runs.append(floors_in_child(vault)))
    floors = floor_runs[0]
    vault_bytes = floors["bytes"]
    runs_note = f", median of {len(floor_runs)}" if len(floor_runs) > 1 else ""
    rows = [
        Row("floor_read_hash", statistics.median(f["read_hash"] for f in floor_runs),
            note=f"{floors['files']} files{runs_note}"),
        Row("floor_parse", statistics.median(f["parse"] for f in floor_runs),
            note=f"{floors['tokens']:,} tokens{runs_note}"),
        Row("floor_startup", start.seconds, peak_mb=start.memory_mb, note="python -c pass"),
        *srs_rows,
    ]
    base = load_base(args.out, args.seed) if notes > BASE_NOTES else None
    apply_targets(rows, notes, base)
    print_table(notes, rows, vault_bytes)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    if load is not None and load > (os.cpu_count() or 1) * 0.5:
        print(f"note: the machine was busy (load average {load:.1f} on {os.cpu_count()} CPUs); "
              "times are inflated, compare lines against their floors", file=sys.stderr)

    args.out.mkdir(parents=True, exist_ok=True)
    report = {
        "notes": notes,
        "seed": args.seed,
        "vault_bytes": vault_bytes,
        "now": NOW,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "srs_command": cmd,
        "rows": [asdict(row) for row in rows],
        "facts": facts,
    }
    (args.out / f"results-{notes}.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if not args.keep:
        _fresh_database(home)
        if created:
            shutil.rmtree(home, ignore_errors=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    """Command line: see the module docstring."""
    parser = argparse.ArgumentParser(description="Benchmark srs on synthetic vaults.")
    parser.add_argument("--notes", type=int, action="append", help="vault size (repeatable; default 10000)")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each quick command; the median counts")
    parser.add_argument("--full-repeat", type=int, default=None,
                        help="runs of the full scan, alternating with the floors, and of the export; the "
                             "medians count (default 3 up to 10,000 notes, 1 above)")
    parser.add_argument("--keep", action="store_true", help="keep generated vaults and databases afterwards")
    parser.add_argument("--vaults", type=Path, default=HERE / "vaults", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, default=HERE / "out", help="where results-N.json go")
    args = parser.parse_args(argv)
    sizes = sorted(set(args.notes or [BASE_NOTES]))
    cmd = srs_command()
    if cmd is None:
        print("srs CLI not found (pip install -e .): measuring the floors only", file=sys.stderr)
    failed = False
    for notes in sizes:
        rows = bench_one(notes, args, cmd)
        failed |= any(row.passed is False for row in rows)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
