"""The ``srs`` command line (contract: cli.md). Thin: parse, call the service, print.

Errors a user can cause (SrsError) become one line on stderr and exit code 2; anything else is a
bug and exits 1 with a one-line note (``SRS_DEBUG=1`` shows the traceback).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable

import click

from srs.cli_output import echo_json, progress_bar
from srs.errors import ConfigError, SrsError

WARNINGS_SHOWN = 20  # more would bury the summary; --json has them all
BUG_REPORT = "this is a bug in srs; please report it with the command you ran (set SRS_DEBUG=1 for details)"


@dataclass
class AppContext:
    """What every command shares: where the config is and the one clock."""

    config_path: str | None = None
    now_text: str | None = None
    _service: object | None = field(default=None, repr=False)

    def clock(self) -> Callable[[], datetime]:
        from srs.clock import make_clock

        return make_clock(self.now_text)

    def config(self):
        """The validated config (ConfigError when there is none or it is bad)."""
        from srs.config import find_config, load_config

        path = find_config(self.config_path)
        if path is None:
            raise ConfigError(
                "no config file found (looked for ./config.yaml and $XDG_CONFIG_HOME/srs/config.yaml); "
                "run `srs init VAULT` or pass --config PATH"
            )
        return load_config(path)

    def service(self, config=None):
        """The service layer on this config and clock (opened once per command)."""
        if self._service is None:
            from srs.service import Service

            clock = self.clock()  # validate --now before touching the database
            self._service = Service(config or self.config(), clock)
        return self._service

    def close(self) -> None:
        if self._service is not None:
            self._service.close()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_path", envvar="SRS_CONFIG", metavar="PATH", help="Config file (default ./config.yaml, then $XDG_CONFIG_HOME/srs/config.yaml).")
@click.option("--now", "now_text", envvar="SRS_NOW", metavar="ISO-8601", help="The clock, e.g. 2026-03-01T09:30:00 (local time unless an offset is given).")
@click.version_option(package_name="srs", prog_name="srs")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, now_text: str | None) -> None:
    """Flashcards that grow out of your markdown notes.

    \b
    Example:
      srs init ~/Notes        # write a config for your vault
      srs scan                # extract cards from the notes
      srs review              # study today's cards
    """
    ctx.obj = AppContext(config_path, now_text)
    ctx.call_on_close(ctx.obj.close)


@cli.command()
@click.argument("vault", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_obj
def scan(obj: AppContext, vault: Path | None, as_json: bool) -> None:
    """Read the vault, extract cards and reconcile them with the database.

    \b
    Example:
      srs scan              # the vault of the config
      srs scan ~/Notes --json
    """
    from srs.config import config_for_bare_vault, find_config, load_config

    if vault is not None:
        vault = vault.expanduser().resolve()
        found = find_config(obj.config_path)
        config = load_config(found) if found is not None else None
        if config is None or config.vault != vault:
            from srs.vault import check_vault

            check_vault(vault)
            config = config_for_bare_vault(vault)
        service = obj.service(config)
    else:
        service = obj.service()
    with progress_bar("Scanning notes", enabled=not as_json) as progress:
        report = service.scan(progress)
    if as_json:
        echo_json(report.to_json())
        return
    click.echo(
        f"{report.notes} notes: {report.added} added, {report.updated} updated, "
        f"{report.unchanged} unchanged, {report.retired} retired, {len(report.warnings)} warnings"
    )
    sys.stdout.flush()  # the summary first, then the warnings on stderr
    for path, message in report.warnings[:WARNINGS_SHOWN]:
        click.echo(f"warning: {path}: {message}", err=True)
    if len(report.warnings) > WARNINGS_SHOWN:
        click.echo(f"... and {len(report.warnings) - WARNINGS_SHOWN} more warnings (`srs scan --json` lists them all)", err=True)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print a list of card objects.")
@click.option("--all", "include_all", is_flag=True, help="Include suspended and retired cards.")
@click.option("--deck", default=None, help="Only this deck and its subdecks.")
@click.pass_obj
def cards(obj: AppContext, as_json: bool, include_all: bool, deck: str | None) -> None:
    """List active cards (with --all also suspended and retired ones).

    \b
    Example:
      srs cards --json
    """
    service = obj.service()
    today = service.today()
    found = service.cards(include_all=include_all, deck=deck)
    if as_json:
        echo_json([card.to_json(today) for card in found])
        return
    if not found:
        click.echo("No cards yet: run `srs scan`.")
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, header_style="bold", expand=True)
    for column in ("id", "status", "due"):
        table.add_column(column, no_wrap=True)
    table.add_column("card (source note)", overflow="fold")
    for card in found:
        cell = Text(card.text)  # note text is shown as written, never as markup
        cell.append(f"\n{card.note}:{card.line}", style="dim")
        table.add_row(card.id, card.status(today), str(card.state.due or "-"), cell)
    Console().print(table)


def _print_card(card, today, as_json: bool) -> None:
    if as_json:
        echo_json(card.to_json(today))
        return
    state = card.state
    due = state.due.isoformat() if state.due else "new"
    click.echo(f"{card.id} [{card.status(today)}] n={state.repetitions} EF={state.ef_milli / 1000:g} I={state.interval} due={due} lapses={state.lapses}")


@cli.command(context_settings={"ignore_unknown_options": True})
@click.argument("card_id")
@click.argument("grade")
@click.option("--json", "as_json", is_flag=True, help="Print the card object.")
@click.pass_obj
def grade(obj: AppContext, card_id: str, grade: str, as_json: bool) -> None:
    """Record one review of CARD_ID with GRADE 0-5 (SM-2 quality) at the clock's time.

    \b
    Example:
      srs grade 3f2a9c1b0d4e 4 --json
    """
    from srs.core.sm2 import GRADES
    from srs.errors import InvalidGrade

    try:
        quality = int(grade)
    except ValueError:
        quality = None
    if quality not in GRADES:
        raise InvalidGrade(f"grade '{grade}' is out of range: use a whole number from 0 (blackout) to 5 (perfect)")
    service = obj.service()
    card = service.grade(card_id, quality)
    _print_card(card, service.today(), as_json)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the card object.")
@click.pass_obj
def undo(obj: AppContext, as_json: bool) -> None:
    """Take back the most recent review (repeat to go further back).

    \b
    Example:
      srs undo
    """
    service = obj.service()
    card = service.undo()
    if not as_json:
        click.echo(f"Undid the latest review of {card.id}.")
    _print_card(card, service.today(), as_json)


@cli.command()
@click.argument("card_id")
@click.pass_obj
def suspend(obj: AppContext, card_id: str) -> None:
    """Take a card out of reviews (its history is kept).

    \b
    Example:
      srs suspend 3f2a9c1b0d4e
    """
    obj.service().suspend(card_id)
    click.echo(f"Suspended {card_id}.")


@cli.command()
@click.argument("card_id")
@click.pass_obj
def unsuspend(obj: AppContext, card_id: str) -> None:
    """Put a suspended card back into reviews.

    \b
    Example:
      srs unsuspend 3f2a9c1b0d4e
    """
    obj.service().unsuspend(card_id)
    click.echo(f"Unsuspended {card_id}.")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@click.option("--deck", default=None, help="Only this deck and its subdecks.")
@click.pass_obj
def status(obj: AppContext, as_json: bool, deck: str | None) -> None:
    """Show how many cards are due, new and learning today.

    \b
    Example:
      srs status --json
    """
    counts = obj.service().counts(deck)
    if as_json:
        echo_json(counts.to_json())
        return
    next_due = counts.next_due.isoformat() if counts.next_due else "none"
    click.echo(f"due {counts.due} · new {counts.new} · learning {counts.learning} · total {counts.total} · next due {next_due}")


@cli.command()
@click.option("--deck", default=None, help="Study only this deck and its subdecks.")
@click.pass_obj
def review(obj: AppContext, deck: str | None) -> None:
    """Study today's cards in the terminal (space: show, 0-5: grade, u: undo, ?: keys, q: quit).

    \b
    Example:
      srs review --deck "Vault::Psychology"
    """
    from srs.tui import run_review

    run_review(obj.service(), deck=deck)


@cli.command()
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Where to write the package (default <export_dir>/<deck>.apkg).")
@click.option("--with-scheduling", is_flag=True, help="Carry each card's review progress into Anki.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_obj
def export(obj: AppContext, out: Path | None, with_scheduling: bool, as_json: bool) -> None:
    """Write the cards to an Anki package (.apkg).

    \b
    Example:
      srs export --with-scheduling
    """
    service = obj.service()
    with progress_bar("Exporting cards", enabled=not as_json) as progress:
        result = service.export(out, with_scheduling=with_scheduling, progress=progress)
    if as_json:
        echo_json({"path": str(result.path), "cards": result.cards, "notes": result.notes, "media": result.media})
        return
    click.echo(f"Wrote {result.cards} cards to {result.path}")


@cli.command()
@click.argument("target", type=click.Path(path_type=Path))
@click.pass_obj
def backup(obj: AppContext, target: Path) -> None:
    """Write a consistent copy of the database to TARGET (a file, or a folder to put it in).

    \b
    Example:
      srs backup ~/backups/
    """
    path = obj.service().backup(target.expanduser())
    click.echo(f"Backed up the database to {path}")


@cli.command()
@click.pass_obj
def recompute(obj: AppContext) -> None:
    """Re-derive every card's schedule from the review log with the configured scheduler.

    \b
    Example:
      srs recompute        # after changing `scheduler:` in config.yaml
    """
    changed = obj.service().recompute()
    click.echo(f"Recomputed schedules from the review log: {changed} cards changed.")


def _register_optional() -> None:
    """Commands that live in their own modules."""
    from srs.cli_init import init
    from srs.cli_remind import cron, remind
    from srs.cli_stats import stats

    cli.add_command(init)
    cli.add_command(remind)
    cli.add_command(cron)
    cli.add_command(stats)


_register_optional()


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI, turning errors into one line and an exit code."""
    try:
        cli.main(args=argv, prog_name="srs", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        hint = ""
        if isinstance(exc, click.UsageError) and exc.ctx is not None:
            hint = f" (see `{exc.ctx.command_path} --help`)"
        click.echo(f"srs: error: {exc.format_message()}{hint}", err=True)
        sys.exit(2 if isinstance(exc, click.UsageError) else exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except SystemExit as exc:
        # click exits 1 when the reader of our output went away (`srs stats | head -1`): that is
        # not a failure of srs, so it is not reported as one.
        if exc.code == 1 and type(sys.stdout).__name__.endswith("PacifyFlushWrapper"):
            sys.exit(0)
        raise
    except SrsError as exc:
        click.echo(f"srs: error: {exc.message}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("Interrupted; everything finished so far is saved.", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except OSError as exc:
        # The machine refused (a full disk, a vanished folder, no permission): the user's to fix.
        where = f" ({exc.filename})" if exc.filename else ""
        click.echo(f"srs: error: {exc.strerror or exc}{where}; check free space and permissions, then try again", err=True)
        sys.exit(2)
    except Exception as exc:  # a bug: keep it to one line unless asked
        if os.environ.get("SRS_DEBUG"):
            raise
        click.echo(f"srs: unexpected error ({exc.__class__.__name__}: {exc}); {BUG_REPORT}", err=True)
        sys.exit(1)
    sys.exit(0)
