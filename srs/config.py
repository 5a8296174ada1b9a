"""The config file: the only place srs reads YAML. Yields a frozen, validated ``Config``.

Every problem is a ``ConfigError`` naming the file, the key (and line where known) and what is
expected, so the CLI can print it as one line.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable

from srs.errors import ConfigError

CONFIG_NAME = "config.yaml"


@dataclass(frozen=True)
class Config:
    """Validated settings. Paths are absolute (relative ones are taken from the config's folder)."""

    vault: Path
    database: Path
    export_dir: Path
    path: Path | None = None
    day_starts_at: int = 4
    new_cards_per_day: int = 20
    reviews_per_day: int = 200
    deck: str = ""
    deck_from: str = "folder"
    ignore: tuple[str, ...] = ()
    scheduler: str = "sm2"
    leech_threshold: int = 8
    leech_action: str = "tag"
    bury_siblings: bool = True
    remind_at: str = "09:00"
    editor: str | None = None
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def root_deck(self) -> str:
        """The top deck: ``deck`` from the config, else the vault folder's name."""
        return self.deck or self.vault.name or "Vault"

    def with_vault(self, vault: Path) -> "Config":
        """The same settings for another vault folder (``srs scan VAULT``)."""
        return replace(self, vault=vault.resolve())


def _int_in(low: int, high: int | None) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return f"a whole number{'' if high is None else f' from {low} to {high}'}"
        if value < low or (high is not None and value > high):
            return f"a whole number from {low} to {high}" if high is not None else f"a whole number >= {low}"
        return None

    return check


def _one_of(*choices: str) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        return None if value in choices else "one of " + ", ".join(choices)

    return check


def _text(value: Any) -> str | None:
    return None if isinstance(value, str) and value.strip() else "a non-empty text (a path or name)"


def _optional_text(value: Any) -> str | None:
    return None if value is None or isinstance(value, str) else "a text or nothing"


def _bool(value: Any) -> str | None:
    return None if isinstance(value, bool) else "true or false"


def _globs(value: Any) -> str | None:
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return None
    return "a list of glob patterns, e.g. [Templates/**, '*.excalidraw.md']"


_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def _time_of_day(value: Any) -> str | None:
    return None if isinstance(value, str) and _TIME.match(value) else "a time of day HH:MM, e.g. \"09:00\""


# key -> (validator, default). ``vault`` has no default: it must be given.
_KEYS: dict[str, tuple[Callable[[Any], str | None], Any]] = {
    "vault": (_text, None),
    "database": (_text, ".srs/srs.db"),
    "export_dir": (_text, "decks"),
    "day_starts_at": (_int_in(0, 23), 4),
    "new_cards_per_day": (_int_in(0, None), 20),
    "reviews_per_day": (_int_in(0, None), 200),
    "deck": (_optional_text, None),
    "deck_from": (_one_of("folder", "tag", "none"), "folder"),
    "ignore": (_globs, []),
    "scheduler": (_one_of("sm2", "fsrs"), "sm2"),
    "leech_threshold": (_int_in(1, None), 8),
    "leech_action": (_one_of("tag", "suspend"), "tag"),
    "bury_siblings": (_bool, True),
    "editor": (_optional_text, None),
}
_REMIND_KEYS: dict[str, tuple[Callable[[Any], str | None], Any]] = {
    "at": (_time_of_day, "09:00"),
}


def find_config(explicit: str | os.PathLike | None) -> Path | None:
    """The config file to use: ``explicit`` (--config / SRS_CONFIG), ./config.yaml, then
    $XDG_CONFIG_HOME/srs/config.yaml. None when no file exists (and none was named)."""
    if explicit:
        return Path(explicit).expanduser()
    local = Path.cwd() / CONFIG_NAME
    if local.is_file():
        return local
    user = default_user_config()
    return user if user.is_file() else None


def default_user_config() -> Path:
    """$XDG_CONFIG_HOME/srs/config.yaml (default ~/.config/srs/config.yaml)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "srs" / CONFIG_NAME


def _key_lines(text: str) -> dict[str, int]:
    """1-based line of each top-level key (and ``remind.at``) for error messages."""
    import yaml

    lines: dict[str, int] = {}
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return lines
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            name = str(key.value)
            lines[name] = key.start_mark.line + 1
            if isinstance(value, yaml.MappingNode):
                for sub, _ in value.value:
                    lines[f"{name}.{sub.value}"] = sub.start_mark.line + 1
    return lines


def load_config(path: Path) -> Config:
    """Read and validate the config file at ``path``."""
    import yaml

    where = str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ConfigError(f"{where}: no such config file; create one with `srs init VAULT` or pass --config PATH") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{where}: cannot read the config file ({exc.__class__.__name__}: {exc})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"{where}:{line} invalid YAML ({problem}); fix the syntax") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: expected a mapping of keys (vault: ..., database: ...), got {type(data).__name__}")
    return config_from_mapping(data, path.resolve().parent, path=path.resolve(), lines=_key_lines(text))


def config_from_mapping(data: dict, base: Path, path: Path | None = None, lines: dict[str, int] | None = None) -> Config:
    """Validate a parsed config mapping; relative paths are taken from ``base``."""
    lines = lines or {}
    where = str(path) if path else "config"

    def fail(key: str, expected: str, value: Any = ...) -> ConfigError:
        line = f" line {lines[key]}," if key in lines else ""
        got = "" if value is ... else f", got {value!r}"
        return ConfigError(f"{where}:{line} key '{key}': expected {expected}{got}")

    values: dict[str, Any] = {}
    for key, raw in data.items():
        if key == "remind":
            if not isinstance(raw, dict):
                raise fail("remind", "a mapping such as {at: \"09:00\"}", raw)
            for sub, sub_raw in raw.items():
                if sub not in _REMIND_KEYS:
                    line = f" line {lines[f'remind.{sub}']}," if f"remind.{sub}" in lines else ""
                    raise ConfigError(f"{where}:{line} unknown key 'remind.{sub}'; known keys: remind.at")
                problem = _REMIND_KEYS[sub][0](sub_raw)
                if problem:
                    raise fail(f"remind.{sub}", problem, sub_raw)
                values[f"remind_{sub}"] = sub_raw
            continue
        if key not in _KEYS:
            known = ", ".join(list(_KEYS) + ["remind"])
            line = f" line {lines[key]}," if key in lines else ""
            raise ConfigError(f"{where}:{line} unknown key '{key}'; known keys: {known}")
        problem = _KEYS[key][0](raw)
        if problem:
            raise fail(key, problem, raw)
        values[key] = raw
    if "vault" not in values:
        raise ConfigError(f"{where}: key 'vault' is missing; add `vault: path/to/your/notes`")

    def resolve(value: str) -> Path:
        candidate = Path(os.path.expanduser(value))
        return (candidate if candidate.is_absolute() else base / candidate).resolve()

    return Config(
        path=path,
        vault=resolve(values["vault"]),
        database=resolve(values.get("database", _KEYS["database"][1])),
        export_dir=resolve(values.get("export_dir", _KEYS["export_dir"][1])),
        day_starts_at=values.get("day_starts_at", 4),
        new_cards_per_day=values.get("new_cards_per_day", 20),
        reviews_per_day=values.get("reviews_per_day", 200),
        deck=values.get("deck") or "",
        deck_from=values.get("deck_from", "folder"),
        ignore=tuple(values.get("ignore", [])),
        scheduler=values.get("scheduler", "sm2"),
        leech_threshold=values.get("leech_threshold", 8),
        leech_action=values.get("leech_action", "tag"),
        bury_siblings=values.get("bury_siblings", True),
        remind_at=values.get("remind_at", "09:00"),
        editor=values.get("editor"),
    )


def config_for_bare_vault(vault: Path) -> Config:
    """Settings for ``srs scan VAULT`` with no config file: defaults, database inside the vault's
    hidden .srs folder (which scans skip)."""
    vault = vault.resolve()
    return config_from_mapping({"vault": str(vault), "database": str(vault / ".srs" / "srs.db")}, vault)


def render_config(vault: Path, database: Path, export_dir: Path) -> str:
    """The text of a new config file for ``srs init``."""
    return (
        "# srs config: see `srs --help`. Relative paths are relative to this file's folder.\n"
        f"vault: {_yaml_str(str(vault))}\n"
        f"database: {_yaml_str(str(database))}\n"
        f"export_dir: {_yaml_str(str(export_dir))}\n"
        "day_starts_at: 4          # hour a new review day begins (local time)\n"
        "new_cards_per_day: 20\n"
        "reviews_per_day: 200\n"
        "deck_from: folder         # subdecks from the note's folder (or: tag, none)\n"
        "ignore: []                # globs of notes to skip, e.g. [Templates/**]\n"
        "scheduler: sm2            # or: fsrs\n"
        "leech_threshold: 8\n"
        "leech_action: tag         # or: suspend\n"
        "remind:\n"
        "  at: \"09:00\"\n"
    )


def _yaml_str(value: str) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid YAML scalar
