"""The geo scorer on a small invented gold file in each format."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.evaluate.geo import read_articles, read_outlets, score

LGL_LIKE = """<articles><article docid="1"><text>Fighting in Baghdad spread to Paris.</text>
<toponyms><toponym><start>12</start><end>19</end><phrase>Baghdad</phrase>
<gaztag geonameid="98182"><name>Baghdad</name><lat>33.34</lat><lon>44.40</lon></gaztag></toponym>
<toponym><start>30</start><end>35</end><phrase>Paris</phrase>
<gaztag geonameid="4717560"><name>Paris</name><lat>33.66</lat><lon>-95.55</lon></gaztag></toponym>
</toponyms></article></articles>"""

GEOVIRUS_LIKE = """<articles><article><text>Cases rose in Lagos.</text><locations>
<location><name>Lagos</name><start>15</start><end>20</end><lat>6.45</lat><lon>3.39</lon></location>
</locations></article></articles>"""


def test_readers(tmp_path: Path) -> None:
    f = tmp_path / "lgl.xml"
    f.write_text(LGL_LIKE)
    ((text, golds),) = read_articles(f)
    assert [text[g.start : g.end] for g in golds] == ["Baghdad", "Paris"]
    g2 = tmp_path / "gv.xml"
    g2.write_text(GEOVIRUS_LIKE)  # offsets one past the name, as in GeoVirus: realigned
    ((text, golds),) = read_articles(g2)
    assert text[golds[0].start : golds[0].end] == "Lagos"


def test_outlets_are_named_as_a_run_names_its_sources(tmp_path: Path) -> None:
    f = tmp_path / "mixed.xml"
    f.write_text(
        "<articles><article><domain>dailyledger.com</domain><text>a</text></article>"
        "<article><link>https://www.herald.example/2019/story</link><text>b</text></article>"
        "<article><source>https://news.example/wiki/Story</source><text>c</text></article>"
        "<article><text>d</text></article></articles>"
    )
    assert read_outlets(f) == ["dailyledger.com", "herald.example", "news.example", None]


@pytest.mark.slow
def test_score_counts_recognition_and_distance(tmp_path: Path, nlp: Language) -> None:
    f = tmp_path / "lgl.xml"
    f.write_text(LGL_LIKE)
    m = score(f, nlp)
    assert m["gold"] == 2 and m["recall_overlap"] == 1.0
    # Paris resolves to France, not to the gold Paris in Texas: one of two within 161 km.
    assert m["acc161"] == 0.5 and m["acc161_e2e"] == 0.5
    assert score(tmp_path, nlp)["files"]["lgl.xml"]["gold"] == 2


def test_inside_country_uses_the_basemap_outlines() -> None:
    from eventwire.evaluate.geo import inside_country

    assert inside_country("IRQ", 33.34, 44.40) is True  # Baghdad
    assert inside_country("IRQ", 48.85, 2.35) is False  # Paris
    assert inside_country("USA", 39.76, -98.5) is True and inside_country("USA", 40.0, -100.0) is True
    assert inside_country("XXX", 0.0, 0.0) is None
