"""Reading a note through a plain descriptor gives exactly the file's bytes, whatever its size is
by the time it is read."""

from __future__ import annotations

import pytest

from srs.vault import VaultFile


def file_at(path, size: int) -> VaultFile:
    return VaultFile(path.name, str(path), size, 0)


@pytest.mark.parametrize("content", [b"", b"x", b"# Note\n\nSome text.\n" * 50, bytes(range(256)) * 1200],
                         ids=["empty", "one-byte", "small", "large"])
def test_read_bytes_returns_the_whole_file(tmp_path, content):
    path = tmp_path / "a.md"
    path.write_bytes(content)
    assert file_at(path, len(content)).read_bytes() == content


@pytest.mark.parametrize("seen", [0, 5, 100])
def test_read_bytes_reads_a_file_that_changed_size_since_the_walk(tmp_path, seen):
    path = tmp_path / "a.md"
    content = b"grown " * 20_000
    path.write_bytes(content)
    assert file_at(path, seen).read_bytes() == content


def test_read_bytes_raises_os_errors_as_open_did(tmp_path):
    with pytest.raises(FileNotFoundError):
        file_at(tmp_path / "gone.md", 3).read_bytes()
    folder = tmp_path / "folder.md"
    folder.mkdir()
    with pytest.raises(IsADirectoryError):
        file_at(folder, 0).read_bytes()
