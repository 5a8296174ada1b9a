"""A first scan hands notes to the worker processes while the walk of the vault goes on: the walk
finds files in their final sorted order, and the result is the same as parsing after the walk."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import srs.scan as scan
import srs.scan_pool as scan_pool
from srs.vault import walk_vault
from tests.test_scan_speed_workers import fill, tables

# Characters that sort before and after "/" and ".", where folder-by-folder order and the order
# of whole paths part ways ("a b/x" < "a-b.md" < "a/x" < "ab.md").
NAME = st.text(alphabet=" !-.0_aAbé", min_size=1, max_size=4).filter(lambda n: not n.startswith(".") and n.strip() == n)
TREE = st.recursive(
    st.just(None),  # a note
    lambda children: st.dictionaries(NAME, children, min_size=1, max_size=4),  # a folder
    max_leaves=20,
)


def build(root: Path, tree: dict) -> None:
    for name, child in tree.items():
        if child is None:
            note = root / f"{name}.md"
            if not note.exists():
                note.write_text("A note.\n", encoding="utf-8")
        elif not (root / name).is_file():
            (root / name).mkdir(exist_ok=True)
            build(root / name, child)


@settings(max_examples=60, deadline=None)
@given(tree=st.dictionaries(NAME, TREE, min_size=1, max_size=5))
def test_the_walk_finds_files_in_the_sorted_order_of_their_paths(tmp_path_factory, tree):
    root = tmp_path_factory.mktemp("vault")
    build(root, tree)
    seen: list[str] = []
    walk = walk_vault(root, found=lambda file: seen.append(file.rel))
    rels = [file.rel for file in walk.files]
    assert rels == sorted(rels)
    assert seen == rels
    on_disk = sorted(str(p.relative_to(root)).replace(os.sep, "/") for p in root.rglob("*.md") if p.is_file())
    assert rels == on_disk


def test_a_first_scan_sends_notes_to_the_workers_before_the_walk_ends(vault, tmp_path_factory, monkeypatch):
    from tests.conftest import VaultBuilder

    fill(vault)
    serial = vault.service().scan()
    twin = VaultBuilder(tmp_path_factory.mktemp("twin"))
    fill(twin)
    walking = [True]
    sent_while_walking: list[bool] = []
    real_walk, real_send = scan.walk_vault, scan_pool.ParallelExtraction._send

    def walk(*args, **kwargs):
        result = real_walk(*args, **kwargs)
        walking[0] = False
        return result

    def send(self):
        before = len(self._pending)
        real_send(self)
        sent_while_walking.extend([walking[0]] * (len(self._pending) - before))

    monkeypatch.setattr(scan, "walk_vault", walk)
    monkeypatch.setattr(scan, "_workers", lambda: 2)  # two workers even on a one-core machine
    monkeypatch.setattr(scan_pool.ParallelExtraction, "_send", send)
    monkeypatch.setattr(scan, "PARALLEL_FROM", 8)
    monkeypatch.setattr(scan_pool, "CHUNK", 5)
    monkeypatch.setattr(scan_pool, "_POLL_EVERY", 1)
    parallel = twin.service().scan()
    assert True in sent_while_walking and False in sent_while_walking  # the walk and the parsing overlapped
    assert parallel.to_json() == serial.to_json()
    assert tables(twin.root / "data/srs.db") == tables(vault.root / "data/srs.db")


def test_a_small_first_scan_starts_no_worker(vault, monkeypatch):
    fill(vault)
    started = []
    monkeypatch.setattr(scan_pool.ParallelExtraction, "__init__", lambda self, workers: started.append(workers))
    report = vault.service().scan()
    assert started == [] and report.notes == 44 and report.added > 40


def test_a_rescan_of_every_note_is_parsed_in_parallel_with_the_same_result(vault, monkeypatch):
    """A new extractor version re-reads every stored note: no walk feed then, one pool after it."""
    fill(vault)
    svc = vault.service()
    svc.scan()
    before = tables(vault.root / "data/srs.db")
    before_count = len(svc.cards())
    started = []
    real_init = scan_pool.ParallelExtraction.__init__

    def init(self, workers):
        started.append(workers)
        real_init(self, workers)

    monkeypatch.setattr(scan_pool.ParallelExtraction, "__init__", init)
    monkeypatch.setattr(scan, "EXTRACTOR_VERSION", "next")
    monkeypatch.setattr(scan, "PARALLEL_FROM", 2)
    monkeypatch.setattr(scan, "_workers", lambda: 2)
    again = svc.scan()
    assert len(started) == 1
    assert (again.added, again.updated, again.retired, again.unchanged) == (0, 0, 0, before_count)
    after = tables(vault.root / "data/srs.db")
    assert {name: rows for name, rows in after.items() if name not in ("meta", "notes")} == {
        name: rows for name, rows in before.items() if name not in ("meta", "notes")
    }
