"""Shared fixtures: the pipeline loaded once per test session, and the shared data directory."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp() -> Language:
    from eventwire.pipeline import shared_pipeline

    return shared_pipeline()


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared (gold sets and sample articles); tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def samples(shared: Path) -> list[Path]:
    files = sorted((shared / "samples").glob("*.txt"))
    files = [f for f in files if f.name != "README.txt"]
    if not files:
        pytest.skip("no sample articles in ../shared/samples")
    return files
