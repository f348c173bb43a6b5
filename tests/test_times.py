"""The times stage on invented sentences: every pattern, weekday direction, year boundaries."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from eventwire.records import Time
from eventwire.stages.timex import calendar as cal
from eventwire.stages.timex.lexicon import number_value
from eventwire.stages.timex.patterns import Context
from eventwire.stages.timex.recognise import find_times


def found(text: str, published: str | None = "2021-07-06") -> list[tuple[str, str, str | None]]:
    """Pattern-level results on plain text (no parse: tense is unknown)."""
    ctx = Context(dct=cal.parse_date(published))
    return [(text[f.start : f.end], f.type, f.value) for f in find_times(text, ctx)]


def times(nlp: Language, text: str, published: str | None = "2021-07-06") -> list[Time]:
    doc = nlp.make_doc(text)
    doc._.published = published
    return list(nlp(doc)._.times)


def one(nlp: Language, text: str, published: str | None = "2021-07-06") -> tuple[str, str, str | None]:
    got = times(nlp, text, published)
    assert len(got) == 1, got
    return got[0].text, got[0].type, got[0].value


# --- plain patterns (no model) -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks ended on June 27, 2021 in Vienna.", ("June 27, 2021", "DATE", "2021-06-27")),
        ("Fighting resumed on 27 June near the border.", ("27 June", "DATE", "2021-06-27")),
        ("The ceasefire began Jan. 3 after long talks.", ("Jan. 3", "DATE", "2021-01-03")),
        ("Elections were last held in 2019 across the country.", ("2019", "DATE", "2019")),
        ("The town was rebuilt in the 1990s by the state.", ("the 1990s", "DATE", "199")),
        ("Protests spread in mid-April across the north.", ("mid-April", "DATE", "2021-04")),
        ("Rebels took the town in late April.", ("late April", "DATE", "2021-04")),
        ("Prices rose in the third quarter of 2020.", ("the third quarter of 2020", "DATE", "2020-Q3")),
        ("Police said yesterday that two men were held.", ("yesterday", "DATE", "2021-07-05")),
        ("The vote is set for tomorrow in the capital.", ("tomorrow", "DATE", "2021-07-07")),
        ("Crowds gathered tonight outside the court.", ("tonight", "TIME", "2021-07-06TNI")),
        ("The ministry said the roads are now open.", ("now", "DATE", "PRESENT_REF")),
        ("Schools are currently closed in the district.", ("currently", "DATE", "PRESENT_REF")),
        ("Troops recently left the area.", ("recently", "DATE", "PAST_REF")),
        ("Two clinics were shelled last week in the south.", ("last week", "DATE", "2021-W26")),
        ("Talks collapsed last month in the capital.", ("last month", "DATE", "2021-06")),
        ("Turnout fell last year in every province.", ("last year", "DATE", "2020")),
        ("The border opened three days ago at dawn.", ("three days ago", "DATE", "2021-07-03")),
        ("The army withdrew two weeks ago from the valley.", ("two weeks ago", "DATE", "2021-W25")),
        ("Strikes began earlier this month in the ports.", ("earlier this month", "DATE", "2021-07")),
        ("The river flooded last summer twice.", ("last summer", "DATE", "2020-SU")),
        ("The president served four years in office.", ("four years", "DURATION", "P4Y")),
        ("The siege lasted three days before relief arrived.", ("three days", "DURATION", "P3D")),
        ("He vowed to stay for the next four years.", ("the next four years", "DURATION", "P4Y")),
        ("Women march every Friday in the square.", ("every Friday", "SET", "XXXX-WXX-5")),
        ("The paper is printed weekly in the city.", ("weekly", "SET", "P1W")),
        ("Most shops were closed shortly after midnight Monday.", ("midnight Monday", "TIME", "2021-07-05TMI")),
        ("The blast came at 10:35 a.m. in the market.", ("10:35 a.m.", "TIME", "2021-07-06T10:35")),
        ("He was elected in April of the following year.", ("April of the following year", "DATE", None)),
        ("Nothing changed in the past for the farmers.", ("the past", "DATE", "PAST_REF")),
        ("The market opens on Christmas Day this time.", ("Christmas Day", "DATE", "2021-12-25")),
    ],
)
def test_patterns(text: str, expected: tuple[str, str, str | None]) -> None:
    assert found(text) == [expected]


def test_following_year_after_a_named_year() -> None:
    text = "The rebels rose in 1998. He was elected in April of the following year."
    assert found(text)[-1] == ("April of the following year", "DATE", "1999-04")


def test_event_anchored_expression_keeps_its_words() -> None:
    ctx = Context(dct=dt.date(2021, 7, 6))
    got = find_times("Aid arrived the next day in the camps.", ctx)
    assert [(g.value, g.anchor) for g in got] == [(None, "the next day")]


def test_year_boundaries() -> None:
    assert found("Prices rose last month in the shops.", "2021-01-05") == [("last month", "DATE", "2020-12")]
    assert found("The court meets next week again.", "2021-12-30") == [("next week", "DATE", "2022-W01")]
    assert found("Fighting broke out last year.", "2021-01-01") == [("last year", "DATE", "2020")]
    assert found("The camp will close next month.", "2021-12-15") == [("next month", "DATE", "2022-01")]
    # a month named without a year: the nearest one
    assert found("The plant closed in November.", "2021-01-10") == [("November", "DATE", "2020-11")]
    assert found("The plant will close in February.", "2021-12-10") == [("February", "DATE", "2022-02")]


def test_no_publication_date_leaves_relative_values_empty() -> None:
    assert found("Talks ended yesterday; they began on June 3, 2019.", None) == [
        ("yesterday", "DATE", None),
        ("June 3, 2019", "DATE", "2019-06-03"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A 6-year-old boy was hurt.",  # an age, not a duration
        "He may leave soon.",  # the modal, not the month
        "The group paid $1999 for the lorry.",  # money, not a year
        "The quarterly report was late.",
    ],
)
def test_not_times(text: str) -> None:
    assert found(text) == []


def test_calendar_helpers() -> None:
    monday = dt.date(2021, 7, 5)
    assert cal.weekday_date(monday, 1, "past") == monday  # same day
    assert cal.weekday_date(monday, 1, "before") == dt.date(2021, 6, 28)  # "last Monday"
    assert cal.weekday_date(monday, 5, "past") == dt.date(2021, 7, 2)
    assert cal.weekday_date(monday, 5, "future") == dt.date(2021, 7, 9)
    assert cal.week(dt.date(2021, 1, 3)) == "2020-W53"
    assert cal.last_full_quarter(dt.date(2021, 2, 1)) == (2020, 4)
    assert number_value("twenty four") == 24
    assert number_value("several") is None


# --- with the model's parse: tense decides the weekday ------------------------------------------------------


@pytest.mark.slow
def test_weekday_past_and_future(nlp: Language) -> None:
    # published Tuesday 2021-07-06
    assert one(nlp, "The minister said on Monday that the talks had failed.") == ("Monday", "DATE", "2021-07-05")
    assert one(nlp, "The ministers will meet on Monday in Geneva.") == ("Monday", "DATE", "2021-07-12")
    assert one(nlp, "Rebels attacked the base on Friday.") == ("Friday", "DATE", "2021-07-02")
    assert one(nlp, "The council is going to vote on Friday.") == ("Friday", "DATE", "2021-07-09")
    assert one(nlp, "Police plan to reopen the road on Friday.") == ("Friday", "DATE", "2021-07-09")


@pytest.mark.slow
def test_weekday_said_on_that_day(nlp: Language) -> None:
    # published Monday 2021-07-05: "Monday" is the day itself, in either tense
    assert one(nlp, "The army said on Monday that it had left.", "2021-07-05") == ("Monday", "DATE", "2021-07-05")
    assert one(nlp, "Leaders will meet Monday evening.", "2021-07-05") == ("Monday evening", "DATE", "2021-07-05")
    assert one(nlp, "Unions said they would strike last Monday.", "2021-07-05")[2] == "2021-06-28"


@pytest.mark.slow
def test_a_tuesday_attack(nlp: Language) -> None:
    got = one(nlp, "Officials blamed the group for a Tuesday attack on the convoy.", "2021-07-08")
    assert got == ("Tuesday", "DATE", "2021-07-06")


@pytest.mark.slow
def test_offsets_index_the_text(nlp: Language) -> None:
    text = "On June 27, 2021, gunmen killed three people; two days later the army said it had left."
    for t in times(nlp, text):
        assert text[t.start : t.end] == t.text
