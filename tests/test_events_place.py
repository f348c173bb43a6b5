"""An event's place is where it happened, not a country named as its actor."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire import analyze


@pytest.mark.slow
def test_a_country_as_modifier_is_not_the_location(nlp: Language) -> None:
    doc = analyze("A French attack killed two commanders near Gao on Monday.", published="2024-05-08", clean=False,
                  nlp=nlp)  # fmt: skip
    attack = [e for e in doc.events if e.type == "ASSAULT"]
    assert attack and attack[0].place is not None and attack[0].place.text == "Gao"


@pytest.mark.slow
def test_no_location_rather_than_the_actor_country(nlp: Language) -> None:
    doc = analyze("The U.S. attack killed four fighters, officials said.", published="2024-05-08", clean=False, nlp=nlp)
    attack = [e for e in doc.events if e.type == "ASSAULT"]
    assert attack and (attack[0].place is None or attack[0].place.country != "USA")


@pytest.mark.slow
def test_an_event_told_as_days_after_another_takes_its_own_day_and_town(nlp: Language) -> None:
    text = (
        "Mourners buried two fighters in the province of Kirkuk on Tuesday, a day after a drone struck their "
        "truck on a road outside the town of Tikrit."
    )
    doc = analyze(text, published="2024-05-08", clean=False, nlp=nlp)
    struck = next(e for e in doc.events if e.type == "ASSAULT")
    assert (struck.date, struck.date_text) == ("2024-05-06", "Tuesday")  # counted from Tuesday ...
    assert struck.date_shift is not None and struck.date_shift.text == "a day after"  # ... by these words
    assert struck.date_span is not None and text[struck.date_span.start : struck.date_span.end] == "Tuesday"
    assert struck.place is not None and struck.place.name.startswith("Tikr")  # the town of the strike
    # a time inside the event's own clause is its time, whatever the main clause says
    doc = analyze("Two days before the vote, gunmen attacked a polling station on Friday.", published="2024-05-08",
                  clean=False, nlp=nlp)  # fmt: skip
    attacked = next(e for e in doc.events if e.trigger.text == "attacked")
    assert (attacked.date, attacked.date_text, attacked.date_shift) == ("2024-05-03", "Friday", None)


@pytest.mark.slow
def test_a_country_in_a_by_phrase_is_a_doer_not_the_location(nlp: Language) -> None:
    doc = analyze("The shelling of the market, condemned by Kenya, killed four people.", published="2024-05-08",
                  clean=False, nlp=nlp)  # fmt: skip
    assert all(e.place is None for e in doc.events), [(e.trigger.text, e.place) for e in doc.events]
