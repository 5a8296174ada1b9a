"""Scanning a vault into the card store: counts, incremental rescans, and card identity through
the edits users really make (history must never be lost)."""

from __future__ import annotations

import os
import shutil

import pytest

DEFINITION = "A change that pushes a system back to its set point is called **negative feedback**, which stabilises it.\n"
OTHER = "Books printed before 1501 are known as **incunabula**.\n"


def active_ids(svc) -> dict[str, str]:
    return {card.answers[0]: card.id for card in svc.cards()}


def test_first_scan_adds_cards_and_reports_counts(vault):
    vault.note("Biology/Feedback.md", DEFINITION)
    vault.note("History/Books.md", OTHER)
    svc = vault.service()
    report = svc.scan()
    assert report.to_json() == {"notes": 2, "added": 2, "updated": 0, "unchanged": 0, "retired": 0, "warnings": []}
    cards = {c.answers[0]: c for c in svc.cards()}
    feedback = cards["negative feedback"]
    assert feedback.note == "Biology/Feedback.md" and feedback.line == 1
    assert feedback.deck == "Vault::Biology"
    assert feedback.text.startswith("A change that pushes a system back to its set point is called {{c1::negative feedback}}")
    assert "**" not in feedback.text


def test_rescan_with_nothing_changed_reads_no_file(vault, monkeypatch):
    vault.note("a.md", DEFINITION)
    svc = vault.service()
    svc.scan()
    from srs.vault import VaultFile

    def no_reads(self):
        raise AssertionError(f"{self} was read although unchanged")

    monkeypatch.setattr(VaultFile, "read_bytes", no_reads)
    report = svc.scan()
    assert (report.added, report.updated, report.unchanged, report.retired) == (0, 0, 1, 0)


def test_touching_a_file_without_changing_it_parses_nothing(vault):
    path = vault.note("a.md", DEFINITION)
    svc = vault.service()
    svc.scan()
    os.utime(path, ns=(1, 1))
    report = svc.scan()
    assert (report.added, report.updated, report.unchanged) == (0, 0, 1)


def _review(svc, card_id):
    svc.grade(card_id, 5)
    return svc.card(card_id).state


def test_rewording_the_sentence_keeps_the_card_and_its_history(vault):
    path = vault.note("Feedback.md", DEFINITION)
    svc = vault.service()
    svc.scan()
    card_id = active_ids(svc)["negative feedback"]
    state = _review(svc, card_id)
    path.write_text("Any response that returns a system towards its set point is called **negative feedback**.\n", encoding="utf-8")
    report = svc.scan()
    assert (report.added, report.updated, report.retired) == (0, 1, 0)
    card = svc.card(card_id)
    assert card.state == state and "returns a system" in card.text
    assert len(svc.review_log(card_id)) == 1


def test_renaming_and_moving_the_note_keeps_the_card(vault):
    path = vault.note("Feedback.md", DEFINITION)
    svc = vault.service()
    svc.scan()
    card_id = active_ids(svc)["negative feedback"]
    state = _review(svc, card_id)
    target = vault.vault / "Biology" / "Control" / "Negative feedback loops.md"
    target.parent.mkdir(parents=True)
    shutil.move(path, target)
    report = svc.scan()
    assert (report.added, report.retired) == (0, 0)
    card = svc.card(card_id)
    assert card.note == "Biology/Control/Negative feedback loops.md"
    assert card.deck == "Vault::Biology::Control"
    assert card.state == state and not card.retired


def test_moving_and_editing_the_note_at_once_keeps_the_card(vault):
    path = vault.note("Feedback.md", DEFINITION)
    svc = vault.service()
    svc.scan()
    card_id = active_ids(svc)["negative feedback"]
    state = _review(svc, card_id)
    path.unlink()
    vault.note("Physiology/Regulation.md", "# Regulation\n\nIntro line.\n\n" + DEFINITION.replace("stabilises it", "keeps it steady"))
    report = svc.scan()
    assert (report.added, report.retired) == (0, 0)
    card = svc.card(card_id)
    assert card.note == "Physiology/Regulation.md" and card.state == state


def test_adding_and_removing_other_definitions_keeps_each_card(vault):
    path = vault.note("Mixed.md", DEFINITION + "\n" + OTHER)
    svc = vault.service()
    svc.scan()
    ids = active_ids(svc)
    state = _review(svc, ids["incunabula"])
    path.write_text("A **hash function** is a function that maps a key to a bucket number.\n\n" + OTHER, encoding="utf-8")
    report = svc.scan()
    assert (report.added, report.retired) == (1, 1)
    after = active_ids(svc)
    assert after["incunabula"] == ids["incunabula"] and svc.card(ids["incunabula"]).state == state
    assert "negative feedback" not in after


def test_a_definition_that_disappears_retires_and_revives_with_history(vault):
    path = vault.note("Feedback.md", DEFINITION + "\n" + OTHER)
    svc = vault.service()
    svc.scan()
    card_id = active_ids(svc)["negative feedback"]
    state = _review(svc, card_id)
    path.write_text(OTHER, encoding="utf-8")
    assert svc.scan().retired == 1
    retired = svc.card(card_id)
    assert retired.retired and retired.status(svc.today()) == "retired"
    assert card_id not in {c.id for c in svc.queue()}
    assert card_id in {c.id for c in svc.cards(include_all=True)}
    path.write_text(DEFINITION + "\n" + OTHER, encoding="utf-8")
    report = svc.scan()
    assert (report.added, report.updated) == (0, 1)
    revived = svc.card(card_id)
    assert not revived.retired and revived.state == state


def test_deleting_a_note_retires_its_cards_and_restoring_it_revives_them(vault):
    path = vault.note("Feedback.md", DEFINITION)
    svc = vault.service()
    svc.scan()
    card_id = active_ids(svc)["negative feedback"]
    path.unlink()
    assert svc.scan().retired == 1
    vault.note("Elsewhere/Feedback again.md", DEFINITION)
    report = svc.scan()
    assert report.added == 0 and not svc.card(card_id).retired


def test_a_file_that_cannot_be_decoded_is_a_warning_and_keeps_its_cards(vault):
    path = vault.note("Feedback.md", DEFINITION)
    vault.note("Good.md", OTHER)
    svc = vault.service()
    svc.scan()
    card_id = active_ids(svc)["negative feedback"]
    path.write_bytes(b"\xff\xfe broken \x80 bytes")
    report = svc.scan()
    assert [w[0] for w in report.warnings] == ["Feedback.md"]
    assert "UTF-8" in report.warnings[0][1]
    assert not svc.card(card_id).retired and report.retired == 0


def test_dot_folders_and_ignore_globs_are_skipped(vault):
    vault.write_config(ignore=["Templates/**", "*.excalidraw.md"])
    vault.note(".obsidian/x.md", DEFINITION)
    vault.note(".trash/y.md", DEFINITION)
    vault.note("Templates/t.md", DEFINITION)
    vault.note("Drawing.excalidraw.md", DEFINITION)
    vault.note("Real.md", OTHER)
    report = vault.service().scan()
    assert (report.notes, report.added) == (1, 1)


def test_symlinks_out_of_the_vault_and_loops_are_not_followed(vault, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text(DEFINITION, encoding="utf-8")
    vault.note("Real.md", OTHER)
    os.symlink(outside, vault.vault / "out")
    os.symlink(vault.vault, vault.vault / "loop")
    os.symlink(vault.vault / "missing.md", vault.vault / "dangling.md")
    report = vault.service().scan()
    assert report.notes == 1 and report.added == 1
    paths = {path for path, _ in report.warnings}
    assert {"out", "dangling.md"} <= paths


def test_scan_of_a_missing_vault_is_a_clear_error(vault):
    import shutil as sh

    from srs.errors import VaultError

    sh.rmtree(vault.vault)
    with pytest.raises(VaultError, match="does not exist"):
        vault.service().scan()


def test_decks_can_come_from_the_first_tag_instead_of_the_folder(vault):
    vault.write_config(deck_from="tag")
    vault.note("Inbox/Feedback.md", "---\ntags: [biology/physiology, exam]\n---\n" + DEFINITION)
    vault.note("Inbox/Untagged.md", OTHER)
    svc = vault.service()
    svc.scan()
    decks = {card.answers[0]: card.deck for card in svc.cards()}
    assert decks == {"negative feedback": "Vault::biology::physiology", "incunabula": "Vault"}


def test_a_folder_that_cannot_be_read_keeps_its_notes_cards(vault, monkeypatch):
    vault.note("Biology/Feedback.md", DEFINITION)
    vault.note("Other.md", OTHER)
    svc = vault.service()
    svc.scan()
    real_scandir = os.scandir

    def flaky(path):
        if str(path).endswith("Biology"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", flaky)
    report = svc.scan()
    assert report.retired == 0 and [p for p, _ in report.warnings] == ["Biology"]
    assert {c.answers[0] for c in svc.cards()} == {"negative feedback", "incunabula"}


def test_a_note_the_extractor_fails_on_keeps_its_cards_and_is_read_again(vault, monkeypatch):
    path = vault.note("Feedback.md", DEFINITION)
    svc = vault.service()
    svc.scan()
    card_id = active_ids(svc)["negative feedback"]
    path.write_text(DEFINITION + "\nMore text.\n", encoding="utf-8")
    import srs.core.extract as extract

    def broken(text, rel):
        raise IndexError("simulated")

    monkeypatch.setattr(extract, "_extract", broken)
    report = svc.scan()
    assert report.retired == 0 and "kept as they were" in report.warnings[0][1]
    assert not svc.card(card_id).retired
    monkeypatch.undo()
    report = svc.scan()  # the note is read again: its hash was not recorded
    assert report.warnings == [] and not svc.card(card_id).retired


def test_a_new_extractor_version_reads_every_note_again(vault, monkeypatch):
    vault.note("Feedback.md", DEFINITION)
    svc = vault.service()
    svc.scan()
    import srs.scan as scan_module
    from srs.vault import VaultFile

    reads = []
    original = VaultFile.read_bytes
    monkeypatch.setattr(VaultFile, "read_bytes", lambda self: reads.append(self.rel) or original(self))
    svc.scan()
    assert reads == []
    monkeypatch.setattr(scan_module, "EXTRACTOR_VERSION", "next")
    report = svc.scan()
    assert reads == ["Feedback.md"] and (report.added, report.retired) == (0, 0)
    svc.scan()
    assert reads == ["Feedback.md"]  # once


def test_moving_a_note_or_changing_its_tags_marks_its_cards_changed_for_export(vault):
    path = vault.note("Feedback.md", DEFINITION)
    svc = vault.service(now="2026-03-01T09:00:00")
    svc.scan()
    card_id = active_ids(svc)["negative feedback"]
    first = svc.card(card_id).text_changed_at
    target = vault.vault / "Moved" / "Feedback.md"
    target.parent.mkdir()
    shutil.move(path, target)
    moved = vault.service(now="2026-03-02T09:00:00")
    moved.scan()
    second = moved.card(card_id).text_changed_at
    assert second > first and moved.card(card_id).deck == "Vault::Moved"
    target.write_text("---\ntags: [physiology]\n---\n" + DEFINITION, encoding="utf-8")
    tagged = vault.service(now="2026-03-03T09:00:00")
    tagged.scan()
    assert tagged.card(card_id).text_changed_at > second


@pytest.mark.parametrize("source, target", [("a.md", "b.md"), ("b.md", "a.md")])
def test_a_definition_moved_to_another_kept_note_keeps_its_card(vault, source, target):
    # The scan reconciles notes one after another: the card must follow its definition whether
    # the note it left or the note it joined comes first.
    vault.note(source, DEFINITION + "\nSome other thought.\n")
    vault.note(target, OTHER)
    svc = vault.service()
    svc.scan()
    before = active_ids(svc)["negative feedback"]
    _review(svc, before)
    vault.note(source, "Some other thought.\n")
    vault.note(target, OTHER + "\n" + DEFINITION)
    report = svc.scan().to_json()
    assert (report["added"], report["retired"]) == (0, 0)  # it moved: nothing new, nothing retired
    assert active_ids(svc)["negative feedback"] == before
    assert svc.card(before).note == target
    assert svc.card(before).state.repetitions == 1


def test_a_first_scan_of_many_notes_gives_each_note_its_cards(vault):
    # A first scan skips the lookups a new note cannot need; every card must still be there once.
    for i in range(30):
        vault.note(f"n{i:02}.md", DEFINITION.replace("negative feedback", f"term {i}"))
    svc = vault.service()
    assert svc.scan().added == 30
    assert sorted(c.note for c in svc.cards()) == [f"n{i:02}.md" for i in range(30)]
    assert svc.scan().to_json()["added"] == 0


def test_a_term_defined_in_both_notes_gets_a_second_card(vault):
    vault.note("b.md", DEFINITION)
    vault.note("c.md", OTHER)
    svc = vault.service()
    svc.scan()
    before = active_ids(svc)["negative feedback"]
    vault.note("a.md", DEFINITION)  # reconciled before b.md, which keeps its definition
    vault.note("b.md", DEFINITION + "\nMore.\n")
    assert svc.scan().to_json()["added"] == 1
    notes = sorted(c.note for c in svc.cards() if c.answers == ("negative feedback",))
    assert notes == ["a.md", "b.md"] and svc.card(before).note == "b.md"


def test_a_scan_stopped_before_a_deferred_card_is_settled_reads_the_note_again(vault, monkeypatch):
    from srs.reconcile import Reconciler

    vault.note("b.md", DEFINITION + "\nSome other thought.\n")
    svc = vault.service()
    svc.scan()
    before = active_ids(svc)["negative feedback"]
    vault.note("a.md", DEFINITION)
    vault.note("b.md", "Some other thought.\n")

    def stop(self):
        raise KeyboardInterrupt

    monkeypatch.setattr(Reconciler, "finish", stop)
    with pytest.raises(KeyboardInterrupt):
        svc.scan()
    monkeypatch.undo()
    svc.scan()
    assert active_ids(svc) == {"negative feedback": before}
    assert svc.card(before).note == "a.md"
