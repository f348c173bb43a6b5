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
