"""Linking on records: incidents across and within articles, near-duplicate copies."""

from __future__ import annotations

import copy
from dataclasses import replace

import pytest

from eventwire.link import (
    DuplicateIndex,
    Report,
    dates_agree,
    find_duplicates,
    haversine_km,
    incident_id,
    link_incidents,
    link_score,
    period,
    shingles,
    similarity,
)
from test_store_fixtures import (
    ARTICLE_A,
    PORT_ASH,
    RIVERTON,
    corpus,
    doc_a,
    doc_b,
    doc_c,
    doc_d,
    doc_e,
    shelling,
    spun_copy,
    truncated_copy,
)


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("2020-01-03", "2020", True),
        ("2020-01-03", "2020-01", True),
        ("2020-01-03", "2020-02", False),
        ("2020-01-03", "2020-01-04", False),
        ("2019-12-30", "2020-W01", True),  # ISO week 1 of 2020 starts on 30 December 2019
        ("2020-01-03T08:00", "2020-01-03", True),
        ("2020-01-03", None, None),
        ("PRESENT_REF", "2020", None),
    ],
)
def test_dates_agree_at_their_precision(a: str, b: str | None, agree: bool | None) -> None:
    assert dates_agree(a, b) is agree


def test_period_of_coarse_values() -> None:
    assert period("2020-02") is not None and period("2020-02")[1].day == 29  # type: ignore[index]
    assert period("2021-Q2") is not None
    assert period("later") is None


def test_haversine() -> None:
    assert haversine_km(*RIVERTON, *RIVERTON) == 0
    assert 400 < haversine_km(*RIVERTON, *PORT_ASH) < 500


def test_same_event_retold_in_two_articles_links() -> None:
    a, b = doc_a(), doc_b()
    links = link_incidents([a, b])
    assert links["doc-a:e0"] == links["doc-b:e0"] == incident_id("doc-a:e0")


def test_same_actors_other_date_do_not_link() -> None:
    a, c = doc_a(), doc_c()
    link_incidents([a, c])
    assert a.events[0].incident != c.events[0].incident


def test_same_actors_same_day_other_place_do_not_link() -> None:
    a, d = doc_a(), doc_d()
    link_incidents([a, d])
    assert a.events[0].incident != d.events[0].incident


def test_other_type_does_not_link() -> None:
    docs = [doc_a(), doc_e()]
    link_incidents(docs)
    assert docs[0].events[0].incident != docs[1].events[0].incident


def test_different_named_actors_do_not_link() -> None:
    a, b = doc_a(), doc_b()
    b.events[0].actor[0].entity = "southern-brigade"
    link_incidents([a, b])
    assert a.events[0].incident != b.events[0].incident


def test_country_and_sector_stand_in_for_a_missing_entity() -> None:
    a, b = doc_a(), doc_b()
    for d in (a, b):
        d.events[0].actor[0].entity = None  # both: RVL/REB
    link_incidents([a, b])
    assert a.events[0].incident == b.events[0].incident


def test_missing_date_is_weak_evidence() -> None:
    a, b = doc_a(), doc_b()
    b.events[0].date = None
    link_incidents([a, b])  # same actors, recipients and place, published four days apart
    assert a.events[0].incident == b.events[0].incident
    a2, b2 = doc_a(), doc_b()
    b2.events[0].date = None
    b2.published = "2024-09-01"  # months later, with nothing to date the event: not linked
    link_incidents([a2, b2])
    assert a2.events[0].incident != b2.events[0].incident


def test_status_may_differ() -> None:
    a, b = doc_a(), doc_b()
    b.events[0].status = "denied"
    link_incidents([a, b])
    assert a.events[0].incident == b.events[0].incident


def test_two_mentions_within_one_article_link() -> None:
    a = doc_a()
    second = shelling("doc-a", ARTICLE_A, 1, "attack", "2024-03-15", ("Riverton", "Riverton", RIVERTON))
    a.events.append(second)
    link_incidents([a])
    assert a.events[0].incident == a.events[1].incident


def test_incident_ids_are_stable_across_runs_and_order() -> None:
    first = link_incidents([doc_a(), doc_b()])
    again = link_incidents([doc_a(), doc_b()])
    assert first == again


def test_existing_incidents_are_kept() -> None:
    a = doc_a()
    link_incidents([a])
    b = doc_b()
    link_incidents([b], existing=[a])
    assert b.events[0].incident == a.events[0].incident == incident_id("doc-a:e0")


def test_link_score_needs_two_pieces_of_evidence() -> None:
    a, b = doc_a(), doc_b()
    ra, rb = Report(a.events[0], a.id, a.published), Report(b.events[0], b.id, b.published)
    assert link_score(ra, rb) >= 2
    b.events[0].type = "COERCE"
    assert link_score(ra, rb) == 0


def test_a_drone_strike_and_an_air_strike_can_be_one_attack() -> None:
    a, b = doc_a(), doc_b()
    ra, rb = Report(a.events[0], a.id, a.published), Report(b.events[0], b.id, b.published)
    a.events[0].mode, b.events[0].mode = "drone", "aerial"
    assert link_score(ra, rb) >= 2 and link_score(rb, ra) >= 2
    a.events[0].mode = "firearms"
    assert link_score(ra, rb) == 0


def test_truncated_and_spun_copies_are_duplicates() -> None:
    docs = [doc_a(), truncated_copy(), spun_copy(), doc_b()]
    found = find_duplicates(docs)
    assert found == {"copy-trunc": "doc-a", "copy-spun": "doc-a"}
    assert docs[1].duplicate_of == docs[2].duplicate_of == "doc-a"
    assert docs[0].duplicate_of is None and docs[3].duplicate_of is None


def test_truncated_copy_is_caught_by_containment() -> None:
    a, t = shingles(doc_a().text), shingles(truncated_copy().text)
    jaccard, containment = similarity(a, t)
    assert jaccard < 0.8 and containment == 1.0


def test_different_articles_on_one_story_are_not_duplicates() -> None:
    assert find_duplicates(corpus()) == {}


def test_the_earlier_article_is_the_original_whatever_the_order() -> None:
    copy_doc, original = spun_copy(), doc_a()
    find_duplicates([copy_doc, original])
    assert copy_doc.duplicate_of == "doc-a" and original.duplicate_of is None


def test_stored_articles_stay_originals_and_the_index_grows() -> None:
    index = DuplicateIndex()
    find_duplicates([doc_a()], index)
    later = spun_copy()
    later.published = "2020-01-01"  # even when the copy claims an earlier date
    assert find_duplicates([later], index) == {"copy-spun": "doc-a"}
    assert "copy-spun" in index


def test_reingesting_an_article_is_not_a_copy_of_itself() -> None:
    index = DuplicateIndex()
    find_duplicates([doc_a()], index)
    assert find_duplicates([doc_a()], index) == {}


def test_copy_events_join_the_original_incidents() -> None:
    docs = [truncated_copy(), doc_a(), doc_b()]
    find_duplicates(docs)
    link_incidents(docs)
    assert docs[0].events[0].incident == docs[1].events[0].incident == docs[2].events[0].incident


def test_records_are_not_shared_between_calls() -> None:
    a = doc_a()
    snapshot = copy.deepcopy(a.to_dict())
    find_duplicates([a])
    link_incidents([a])
    snapshot["events"][0]["incident"] = a.events[0].incident
    assert a.to_dict() == snapshot


def test_triggers_of_one_sentence_are_one_event() -> None:
    a = doc_a()
    first = a.events[0]
    first.actor, first.recipient, first.place, first.date = [], [], None, None
    killing = shelling("doc-a", ARTICLE_A, 1, "killing", None, ("Riverton", "Riverton", None))
    killing.actor, killing.place = [], None
    later = shelling("doc-a", ARTICLE_A, 2, "attack", None, ("Riverton", "Riverton", None))
    later.actor, later.place = [], None  # another sentence, nobody named, no date: not enough to link
    a.events += [killing, later]
    link_incidents([a])
    assert a.events[0].incident == a.events[1].incident != a.events[2].incident


def test_a_country_centroid_is_compared_by_country_not_distance() -> None:
    a, b = doc_a(), doc_b()
    place = b.events[0].place
    assert place is not None
    place.name, place.feature, place.lat, place.lon = "Riverland", "PCLI", 40.0, 30.0  # far from Riverton
    link_incidents([a, b])
    assert a.events[0].incident == b.events[0].incident
    c, d = doc_a(), doc_b()
    assert d.events[0].place is not None
    d.events[0].place.country = "OTH"
    link_incidents([c, d])
    assert c.events[0].incident != d.events[0].incident


def test_a_copy_cut_to_its_lead_is_still_a_copy() -> None:
    a = doc_a()
    lead = a.text[: a.text.index("Residents")].strip()  # two sentences of six: Jaccard far below LSH reach
    short = copy.deepcopy(a)
    short.id, short.text, short.events = "copy-lead", lead, []
    jaccard, _ = similarity(shingles(a.text), shingles(lead))
    assert jaccard < 0.4
    assert find_duplicates([a, short]) == {"copy-lead": "doc-a"}


def test_short_texts_are_never_called_copies() -> None:
    a, b = doc_a(), doc_b()
    a.text, b.text = "Shelling in Riverton.", "Shelling in Riverton."
    assert find_duplicates([a, b]) == {}


def test_a_sector_alone_is_no_shared_participant() -> None:
    # "jihadist groups killed soldiers" in two background paragraphs of two articles: rebels and soldiers of no
    # known country identify nobody, so with no date and no place the two are not one event
    a, b = doc_a(), doc_b()
    for d in (a, b):
        ev = d.events[0]
        ev.actor = [replace(r, entity=None, country=None, sector="REB") for r in ev.actor]
        ev.recipient = [replace(r, entity=None, country=None, sector="MIL") for r in ev.recipient]
        ev.date, ev.place = None, None
    ra, rb = Report(a.events[0], a.id, a.published), Report(b.events[0], b.id, b.published)
    assert link_score(ra, rb) == 0


def test_two_events_on_one_sea_are_not_near_each_other() -> None:
    a, b = doc_a(), doc_b()
    for d in (a, b):
        place = d.events[0].place
        assert place is not None
        place.feature = "SEA"  # "in the Red Sea": the sea's point says nothing of where on it
    ra, rb = Report(a.events[0], a.id, a.published), Report(b.events[0], b.id, b.published)
    both = link_score(ra, rb)
    a.events[0].place.feature = b.events[0].place.feature = "PPL"  # type: ignore[union-attr]
    assert link_score(ra, rb) == both + 1.0  # the same town is the nearby-places evidence
