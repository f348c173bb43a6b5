"""Word lists that more than one module of the event stage reads: one place for each meaning."""

from __future__ import annotations

# Nouns (as written, singular and plural) that name the state's forces and offices: their acts are the state's.
STATE_WORDS = frozenset(
    [
        "army",
        "troops",
        "soldiers",
        "soldier",
        "troopers",
        "trooper",
        "military",
        "forces",
        "force",
        "government",
        "police",
        "policemen",
        "officers",
        "security",
        "regime",
        "navy",
        "gendarmerie",
        "authorities",
        "commandos",
        "marines",
        "battalion",
        "brigade",
        "ministry",
    ]
)

# Trigger nouns that name the people doing the event: they are its actor ("an attack by protesters").
DOER_NOUNS = frozenset(["protester", "protestor", "demonstrator", "rioter", "marcher"])
# Lemmas that name a demonstration or those in it: what a response acts on when it is aimed at one.
PROTEST_NOUNS = DOER_NOUNS | frozenset(
    ["protest", "demonstration", "rally", "march", "crowd", "sit-in", "vigil", "picket", "striker"]
)


def protest_word(word: str) -> bool:
    """A written word (of an actor's text, singular or plural) that names a demonstration or demonstrators."""
    word = word.lower()
    return word in PROTEST_NOUNS or (word.endswith("s") and word[:-1] in PROTEST_NOUNS)


# Actor sectors of armed organisations: the state's (army, police, intelligence) and non-state armed groups
NONSTATE_ARMED_SECTORS = frozenset(["REB", "INS", "PRM"])
ARMED_SECTORS = NONSTATE_ARMED_SECTORS | frozenset(["MIL", "COP", "SPY"])

LOOTING = "Looting/property destruction"
