"""Quote extraction in small parts: quote marks (``marks``), the cue lexicon (``cues``), speakers and their
entities (``speakers``), reported speech on the parse (``reported``). ``stages/quotes.py`` puts them together.
"""
