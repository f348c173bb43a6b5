"""Quotation marks paired on characters: no model needed."""

from __future__ import annotations

from eventwire.stages.quoting.cues import lexicon, parse_lexicon
from eventwire.stages.quoting.marks import find_marked


def contents(text: str) -> list[str]:
    return [text[slice(*m.content(text))] for m in find_marked(text)]


def test_curly_and_straight_double_marks() -> None:
    text = 'She said, “We will stay.” He replied, "We will go."'
    assert contents(text) == ["We will stay.", "We will go."]


def test_apostrophes_are_not_quotes() -> None:
    text = "The minister’s aides didn’t comment on the farmers’ march or the ‘red line’ he drew."
    assert contents(text) == ["red line"]


def test_straight_single_marks_and_possessives() -> None:
    text = "Officials called it a 'limited operation' near the villagers' homes."
    assert contents(text) == ["limited operation"]


def test_quote_continues_into_next_paragraph_that_reopens() -> None:
    text = "“The first part ends here.\n\n“The second part closes,” he said."
    marked = find_marked(text)
    assert len(marked) == 1
    assert marked[0].reopened == [text.index("“The second")]
    assert contents(text)[0].startswith("The first part") and contents(text)[0].endswith("closes,")


def test_unclosed_quote_without_continuation_is_dropped() -> None:
    text = "“This never closes.\n\nA plain paragraph follows."
    assert contents(text) == []


def test_single_marks_nested_in_double_belong_to_the_quote() -> None:
    text = "“They call it ‘the plan’ and laugh,” she said."
    assert contents(text) == ["They call it ‘the plan’ and laugh,"]


def test_lexicon_rows() -> None:
    cues = parse_lexicon(["# comment", "cue\tkind\tcontent\trelay", "vow\tverb\tto\tno", "quote\tverb\tclause\tyes"])
    assert cues["vow"].to and not cues["vow"].object
    assert cues["quote"].relay
    shipped = lexicon()
    for word in ("say", "tell", "deny", "warn", "vow", "announce", "accuse", "according to"):
        assert word in shipped


def test_doubled_apostrophes_are_a_double_mark() -> None:
    text = "''We never ran that story,'' the editor said. She didn't ''recall'' it."
    assert contents(text) == ["We never ran that story,", "recall"]
    assert find_marked(text)[0].outer == (0, text.index(" the editor"))


def test_stray_mark_of_another_style_does_not_continue_a_quote() -> None:
    text = '"A stray mark opens here and never closes.\n\n“This is a real quote,” she said.'
    assert contents(text) == ["This is a real quote,"]


def test_closing_mark_that_opens_a_paragraph_is_an_opening_mark() -> None:
    text = "Readers wrote in.\n\n”The plan is a failure.” ― Ana Ortiz"
    assert contents(text) == ["The plan is a failure."]
