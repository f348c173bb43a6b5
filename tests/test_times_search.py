"""The fast search of temporal patterns (lower-cased text, case-sensitive patterns, needed words) finds exactly
what the plain case-blind search finds, on invented sentences that exercise every pattern."""

from __future__ import annotations

import re
import sys

import pytest

from eventwire.stages.timex.patterns import ODD_CASE, PATTERNS
from eventwire.stages.timex.recognise import _candidates

SENTENCES = [
    "The deal was signed on 2019-03-04 and revised on 3/14/2020.",
    "On Tuesday, March 5, 2019 the council met; it meets again on the 12th of April and in MAY 2020.",
    "Sales rose in spring 2018 and again in early 2019, as they had in the late 1990s and the '80s.",
    "Last Monday morning the army moved; Friday's talks and this week's vote follow.",
    "Today the minister said that yesterday evening was calm, unlike the near future and recent years.",
    "Profits fell in the third quarter of 2020, in the same period, and in the first half of this year.",
    "The 2019 period was quiet, the weekend was not, and on Christmas Day 2018 and Election Day few voted.",
    "The year-earlier figure came three years ago; prices rose for the past two years and several months.",
    "At 10:30 a.m. EST and again at noon, patrols ran every two weeks, twice a day and held weekly talks.",
    "The next day and the day after, that night, the following morning, the mob returned.",
    "THE NEXT MONTH, AT MIDNIGHT, TWO WEEKS AGO, ON MONDAY JANUARY 4, THE ARMY LEFT.",
    "Nothing in this sentence names a time at all.",
]


def _plain(text: str) -> list[tuple[int, int, int]]:
    """The reference search: every case-blind pattern over the text as it is."""
    return [
        (m.start(), m.end(), rank)
        for rank, pattern in enumerate(PATTERNS)
        for m in pattern.regex.finditer(text)
        if m.end() > m.start()
    ]


@pytest.mark.parametrize("text", SENTENCES)
def test_fast_search_finds_what_the_plain_search_finds(text: str) -> None:
    assert _candidates(text) == _plain(text)


def test_every_pattern_is_exercised_by_the_sentences() -> None:
    ranks = {rank for text in SENTENCES for _, _, rank in _plain(text)}
    missing = [p.name for rank, p in enumerate(PATTERNS) if rank not in ranks]
    assert not missing


@pytest.mark.parametrize("text", SENTENCES)
def test_a_pattern_matches_only_where_its_needed_words_are(text: str) -> None:
    for pattern in PATTERNS:
        if pattern.needed is not None and pattern.regex.search(text):
            assert pattern.needed.search(text.lower()), pattern.name


def test_text_with_odd_case_letters_is_searched_as_it_is() -> None:
    # "ſ" (long s) and the Kelvin sign match "s" and "k" case-blind but lower-case to other letters.
    text = "They waited ſeveral weeks and then ſix days after the \u212aremlin spoke."
    assert _candidates(text) == _plain(text)
    assert any(PATTERNS[rank].name == "plural_units" for _, _, rank in _candidates(text))


def test_text_that_changes_length_when_lower_cased_is_searched_as_it_is() -> None:
    text = "\u0130stanbul fell two weeks ago, on Monday."
    assert len(text.lower()) != len(text)
    assert _candidates(text) == _plain(text)


def test_odd_case_lists_every_letter_a_case_blind_match_takes_for_ascii() -> None:
    others = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    confused = {m.group() for m in re.finditer("[a-z]", others, re.I)}
    assert confused == set(ODD_CASE.pattern.strip("[]"))
