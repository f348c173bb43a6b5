"""Word lists that more than one module of the event stage reads: one place for each meaning."""

from __future__ import annotations

# Nouns (as written, singular and plural) that name the state's forces and offices: their acts are the state's.
STATE_WORDS = frozenset(
    [
        "army",
        "troops",
        "soldiers",
        "soldier",
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
