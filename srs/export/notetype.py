"""The Anki note type of exported cards: "srs Cloze" (Text, Extra), with light and dark styling.

The model id is fixed forever: Anki recognises the note type of a re-imported package by it, and a
changed id would make it ask the user about a new note type.
"""

from __future__ import annotations

MODEL_ID = 1_718_204_331
MODEL_NAME = "srs Cloze"
FIELDS = ("Text", "Extra")

QUESTION = '<div class="srs-text">{{cloze:Text}}</div>'
ANSWER = (
    '<div class="srs-text">{{cloze:Text}}</div>\n'
    "{{#Extra}}\n"
    '<hr id="answer">\n'
    '<div class="srs-extra">{{Extra}}</div>\n'
    "{{/Extra}}"
)

# Anki marks dark mode with .nightMode (desktop, AnkiDroid) and .night_mode (older clients).
CSS = """\
.card {
  font-family: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 22px;
  line-height: 1.5;
  text-align: left;
  max-width: 42em;
  margin: 0 auto;
  padding: 0 0.5em;
  color: #1f2328;
  background-color: #fbfaf7;
}
.srs-text { margin: 0.6em 0; }
.cloze { font-weight: 600; color: #0b5cad; }
mark { background-color: #fff1a8; color: inherit; padding: 0 0.1em; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9em;
  background-color: rgba(127, 127, 127, 0.15); padding: 0 0.2em; border-radius: 3px; }
hr#answer { border: none; border-top: 1px solid #d0d0c8; margin: 1em 0; }
.srs-extra { font-size: 16px; color: #57606a; }
.srs-extra > div { margin: 0.4em 0; }
.srs-link { color: #6b4fbb; text-decoration: none; font-weight: 600; }
.srs-link:hover { text-decoration: underline; }
.srs-path { font-size: 13px; color: #8c959f; margin-left: 0.4em; }
.srs-context { font-style: italic; }
.srs-tags { font-size: 13px; color: #0969da; }
.srs-media img { max-width: 100%; height: auto; border-radius: 4px; }

.nightMode.card, .night_mode.card, .nightMode .card, .night_mode .card {
  color: #e6e6e6; background-color: #1e1f22;
}
.nightMode .cloze, .night_mode .cloze { color: #79b8ff; }
.nightMode mark, .night_mode mark { background-color: #6b5a00; color: #fff8d0; }
.nightMode hr#answer, .night_mode hr#answer { border-top-color: #44474d; }
.nightMode .srs-extra, .night_mode .srs-extra { color: #b0b7c0; }
.nightMode .srs-link, .night_mode .srs-link { color: #b69cff; }
.nightMode .srs-path, .night_mode .srs-path { color: #7d8590; }
.nightMode .srs-tags, .night_mode .srs-tags { color: #58a6ff; }
"""


def build_model():  # -> genanki.Model (genanki is imported only when a package is written)
    """The genanki model of the "srs Cloze" note type."""
    import genanki

    return genanki.Model(
        MODEL_ID,
        MODEL_NAME,
        fields=[{"name": name} for name in FIELDS],
        templates=[{"name": "Cloze", "qfmt": QUESTION, "afmt": ANSWER}],
        css=CSS,
        model_type=genanki.Model.CLOZE,
    )
