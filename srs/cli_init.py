"""``srs init VAULT``: write a config for an existing vault and say what to run next."""

from __future__ import annotations

import os
import shlex
from pathlib import Path
from typing import TYPE_CHECKING

import click

from srs.errors import ConfigError

if TYPE_CHECKING:
    from srs.cli import AppContext


@click.command("init")
@click.argument("vault", type=click.Path(file_okay=False, path_type=Path))
@click.option("--config", "target", type=click.Path(dir_okay=False, path_type=Path), help="Where to write the config (default $XDG_CONFIG_HOME/srs/config.yaml).")
@click.pass_obj
def init(obj: "AppContext", vault: Path, target: Path | None) -> None:
    """Write a config for an existing vault, then say what to run next.

    \b
    Example:
      srs init ~/Notes
    """
    from srs.config import default_user_config, render_config
    from srs.vault import check_vault

    vault = vault.expanduser().resolve()
    check_vault(vault)
    explicit = target or (Path(obj.config_path) if obj.config_path else None)
    path = (explicit or default_user_config()).expanduser().resolve()
    if path.exists():
        raise ConfigError(f"{path}: a config already exists; edit it, or pass --config OTHER_PATH")
    if explicit is not None:
        database, export_dir = Path(".srs/srs.db"), Path("decks")
    else:
        data_home = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "srs"
        database, export_dir = data_home / f"{vault.name or 'vault'}.db", data_home / "decks"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_config(vault, database, export_dir), encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot write the config ({exc.strerror or exc})") from None
    flag = f"--config {shlex.quote(str(path))} " if explicit is not None else ""
    click.echo(f"Wrote {path} for the vault {vault}.")
    click.echo(f"Next: srs {flag}scan      # extract cards from your notes")
    click.echo(f"      srs {flag}review    # study them")

