"""The config file: validation and one-line errors naming file, key, line and what is expected."""

from pathlib import Path

import pytest

from srs.config import config_for_bare_vault, load_config
from srs.errors import ConfigError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_relative_paths_are_taken_from_the_config_folder(tmp_path):
    config = load_config(write(tmp_path, "vault: notes\ndatabase: db/srs.db\nexport_dir: out\n"))
    assert config.vault == (tmp_path / "notes").resolve()
    assert config.database == (tmp_path / "db" / "srs.db").resolve()
    assert config.export_dir == (tmp_path / "out").resolve()
    assert (config.day_starts_at, config.new_cards_per_day, config.reviews_per_day) == (4, 20, 200)
    assert config.root_deck == "notes"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("vault: v\nday_starts_at: 25\n", "line 2, key 'day_starts_at': expected a whole number from 0 to 23, got 25"),
        ("vault: v\nnew_cards_per_day: lots\n", "key 'new_cards_per_day': expected a whole number"),
        ("vault: v\ncolour: blue\n", "line 2, unknown key 'colour'"),
        ("vault: [v\n", "invalid YAML"),
        ("database: x.db\n", "key 'vault' is missing"),
        ("- just\n- a list\n", "expected a mapping"),
        ("vault: v\nremind:\n  at: '25:00'\n", "line 3, key 'remind.at': expected a time of day HH:MM"),
        ("vault: v\nleech_action: delete\n", "expected one of tag, suspend"),
    ],
)
def test_bad_config_is_one_line_naming_the_file_and_key(tmp_path, text, expected):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert str(path) in message and expected in message
    assert "\n" not in message


def test_missing_config_file_says_how_to_make_one(tmp_path):
    with pytest.raises(ConfigError, match="srs init"):
        load_config(tmp_path / "nope.yaml")


def test_a_bare_vault_keeps_its_database_in_a_hidden_folder(tmp_path):
    config = config_for_bare_vault(tmp_path)
    assert config.database == tmp_path.resolve() / ".srs" / "srs.db"
