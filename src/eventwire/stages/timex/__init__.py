"""Temporal expressions: recognition (patterns over the text), normalisation (TIMEX3 values), tense."""
