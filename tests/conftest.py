"""Shared fixtures: a vault in a temporary folder, a config pointing at it, a fixed clock."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests draw the same examples on every run ("repeatable"), so that the suite gives the
# same verdict on every machine and CI cannot fail on a draw no one has seen. New draws are for
# developers: `pytest --hypothesis-profile=explore` (DEVELOPERS.md), which keeps any failure it
# finds in .hypothesis/ to replay.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile("repeatable")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


class VaultBuilder:
    """Writes notes into a vault folder and a config.yaml beside it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.vault = root / "vault"
        self.vault.mkdir(parents=True, exist_ok=True)
        self.config_path = root / "config.yaml"
        self.write_config()

    def write_config(self, **extra) -> Path:
        lines = ["vault: vault", "database: data/srs.db", "export_dir: decks", "deck: Vault"]
        for key, value in extra.items():
            lines.append(f"{key}: {json.dumps(value)}")
        self.config_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return self.config_path

    def note(self, rel: str, text: str) -> Path:
        path = self.vault / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def config(self):
        from srs.config import load_config

        return load_config(self.config_path)

    def service(self, now: str = "2026-03-01T09:30:00"):
        from srs.clock import make_clock
        from srs.service import Service

        return Service(self.config(), make_clock(now))

    def cli(self, *args: str, now: str = "2026-03-01T09:30:00", check: bool = True, env: dict | None = None) -> subprocess.CompletedProcess:
        """Run `python -m srs --config CFG ARGS` as a user would."""
        full_env = {**os.environ, "SRS_NOW": now, **(env or {})}
        result = subprocess.run(
            [sys.executable, "-m", "srs", "--config", str(self.config_path), *args],
            capture_output=True, text=True, env=full_env, cwd=self.root,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"srs {' '.join(args)} exited {result.returncode}: {result.stderr}")
        return result


@pytest.fixture
def vault(tmp_path: Path) -> VaultBuilder:
    return VaultBuilder(tmp_path)


def at(text: str) -> datetime:
    """An aware local datetime from ISO text."""
    return datetime.fromisoformat(text).astimezone()
