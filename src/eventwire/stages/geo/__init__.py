"""Geoparsing parts of the places stage: recognition (mentions) and disambiguation (resolve)."""
