"""ACLED sub-event types on invented sentences: who acts on whom with what decides the sub-type."""

from __future__ import annotations

from spacy.language import Language

from eventwire.records import Event


def acled_of(nlp: Language, text: str) -> str | None:
    """The sub-type of the most confident event that has one (as the CASE 2021 scorer reads a snippet)."""
    labelled = [e for e in nlp(text)._.events or [] if e.acled]
    best: Event | None = max(labelled, key=lambda e: e.confidence) if labelled else None
    return best.acled if best else None


def test_fire_exchange_is_a_clash(nlp: Language) -> None:
    assert acled_of(nlp, "Soldiers were locked in a fire exchange with the bandits for two hours.") == "Armed clash"


def test_killing_coded_armed_members_is_a_clash(nlp: Language) -> None:
    text = "Several Boko Haram members were killed on Friday in the forest near the lake."
    assert acled_of(nlp, text) == "Armed clash"


def test_property_destroyed_in_gang_fight_stays_destruction(nlp: Language) -> None:
    text = "Forty shops and several cars were destroyed during a clash between rival gangs in the market."
    assert acled_of(nlp, text) == "Looting/property destruction"


def test_army_vehicles_destroyed_in_fighting_are_the_clash(nlp: Language) -> None:
    text = "The rebels destroyed three army trucks in clashes with government troops near the river."
    assert acled_of(nlp, text) == "Armed clash"
