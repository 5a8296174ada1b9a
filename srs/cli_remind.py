"""``srs remind`` and ``srs cron install|remove|show``: the daily reminder and its crontab entry.

``srs remind`` runs from cron every day and must start fast: this module imports click and the
standard library only; the service layer is opened through ``ctx.obj`` and python-crontab is
imported inside the cron commands.
"""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import TYPE_CHECKING

import click

from srs.reminders import START_COMMAND, nothing_line, notify, reminder_line

if TYPE_CHECKING:
    from srs.cli import AppContext
    from srs.service import Counts, Service

NOTIFY_TITLE = "srs: time to review"


def _deck_counts(service: "Service") -> "dict[str, Counts]":
    """Counts per deck for the reminder: the top-level decks, or, when all cards sit under one
    root deck (the vault's name), the decks one level below it, named without the root."""
    by_deck = service.counts_by_deck()
    if len(by_deck) != 1:
        return by_deck
    (root,) = by_deck
    subs = {name: counts for name, counts in service.counts_by_deck(depth=2).items() if name.startswith(root + "::")}
    if len(subs) < 2:
        return by_deck
    return {name.split("::", 1)[1]: counts for name, counts in subs.items()}


def _start_command(config_path: Path | None) -> str:
    """``srs review``, with ``--config`` when the config is not one `srs` finds by itself (the
    user's default config, or ./config.yaml here): under cron the mail must say what works."""
    if config_path is None:
        return START_COMMAND
    from srs.config import CONFIG_NAME, default_user_config

    found_alone = {default_user_config().absolute(), (Path.cwd() / CONFIG_NAME).absolute()}
    if config_path.absolute() in found_alone or config_path.resolve() in {p.resolve() for p in found_alone}:
        return START_COMMAND
    return f"srs --config {shlex.quote(str(config_path))} review"


@click.command(
    "remind",
    epilog="""\b
Example:
  srs remind                          # "srs: 12 reviews due, 5 new cards today. Start with: srs review"
  srs remind --quiet-if-none --notify # what the cron entry runs""",
)
@click.option("--quiet-if-none", is_flag=True, help="Print nothing when there is nothing to review (cron mails any output).")
@click.option("--notify", "raise_notification", is_flag=True, help="Also raise a desktop notification where one is available (notify-send, osascript).")
@click.pass_obj
def remind(obj: "AppContext", quiet_if_none: bool, raise_notification: bool) -> None:
    """Print one line: reviews due and new cards today, and the command to start."""
    config = obj.config()
    service = obj.service(config)
    counts = service.counts()
    line = reminder_line(counts, _deck_counts(service), start=_start_command(config.path))
    if line is None:
        if not quiet_if_none:
            click.echo(nothing_line(counts))
        return
    click.echo(line)
    if raise_notification:
        # A missing notifier or display is not an error: the printed line is the reminder.
        notify(NOTIFY_TITLE, line.removeprefix("srs: "))


_TABFILE = click.option(
    "--tabfile",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    metavar="PATH",
    help="Edit this crontab file instead of your crontab (load it later with `crontab PATH`).",
)


@click.group(
    "cron",
    epilog="""\b
Example:
  srs cron install --at 08:30
  srs cron show
  srs cron remove""",
)
def cron() -> None:
    """Manage the daily reminder entry in your crontab."""


@cron.command(
    "install",
    epilog="""\b
Example:
  srs cron install                 # daily at remind.at from the config (default 09:00)
  srs cron install --at 07:45
  srs cron install --tabfile ./my.crontab""",
)
@click.option("--at", "at", default=None, metavar="HH:MM", help="Time of day to remind (default: remind.at in the config).")
@_TABFILE
@click.pass_obj
def cron_install(obj: "AppContext", at: str | None, tabfile: Path | None) -> None:
    """Add the daily reminder to your crontab; installing again replaces it."""
    from srs import cron as crontab_entry

    config = obj.config()
    when = at if at is not None else config.remind_at
    crontab_entry.parse_at(when)  # a bad --at is reported before anything is read or written
    command = crontab_entry.default_command(config.path)
    tabfile = tabfile.absolute() if tabfile is not None else None
    entry = crontab_entry.install(tabfile, when, command, now=obj.clock()())
    click.echo(f"Installed the daily review reminder in {entry.where}, at {entry.at}:")
    click.echo(f"  {entry.line}")
    if entry.next_run is not None:
        click.echo(f"Next run: {entry.next_run:%Y-%m-%d %H:%M} ({entry.next_run:%a}). Cron mails what it prints; days with nothing due stay silent.")


@cron.command(
    "remove",
    epilog="""\b
Example:
  srs cron remove""",
)
@_TABFILE
def cron_remove(tabfile: Path | None) -> None:
    """Remove the daily reminder (only it) from your crontab."""
    from srs import cron as crontab_entry

    where = str(tabfile.absolute()) if tabfile is not None else "your crontab"
    if crontab_entry.remove(tabfile.absolute() if tabfile is not None else None):
        click.echo(f"Removed the daily review reminder from {where}.")
    else:
        click.echo(f"No srs reminder in {where}; nothing removed.")


@cron.command(
    "show",
    epilog="""\b
Example:
  srs cron show""",
)
@_TABFILE
@click.pass_obj
def cron_show(obj: "AppContext", tabfile: Path | None) -> None:
    """Print the reminder's crontab entry and when it next runs."""
    from srs import cron as crontab_entry

    tabfile = tabfile.absolute() if tabfile is not None else None
    entry = crontab_entry.show(tabfile, obj.clock()())
    if entry is None:
        where = str(tabfile) if tabfile is not None else "your crontab"
        click.echo(f"No srs reminder in {where}; add one with: srs cron install")
        return
    click.echo(f"Reminder in {entry.where}:")
    click.echo(f"  {entry.line}")
    if entry.next_run is not None:
        click.echo(f"Runs daily at {entry.at}; next run: {entry.next_run:%Y-%m-%d %H:%M} ({entry.next_run:%a}).")
    else:
        click.echo(f"Schedule: {entry.schedule or '(unreadable)'}; edit it with `srs cron install --at HH:MM`.")
