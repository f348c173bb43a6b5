"""Where the content of a quote starts and ends, on invented sentences run through the whole pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.records import Quote
from eventwire.stages.quoting.marks import find_marked
from eventwire.stages.quoting.reported import _last_break

pytestmark = pytest.mark.slow


def said(nlp: Language, text: str, kind: str = "indirect") -> list[tuple[str, str, str]]:
    """(speaker, cue, content) of the quotes of one kind, in text order."""
    found: list[Quote] = [q for q in nlp(text)._.quotes if q.kind == kind]
    return [(q.speaker.text if q.speaker else "", q.cue.text if q.cue else "", q.text) for q in found]


def test_a_cue_between_commas_keeps_the_words_before_its_speaker(nlp: Language) -> None:
    assert said(nlp, "If the talks fail, the minister argues, there are other ways to settle the dispute.") == [
        ("the minister", "argues", "If the talks fail"),
        ("the minister", "argues", "there are other ways to settle the dispute"),
    ]
    assert said(nlp, "In the first week, she said, the new clinic treated four hundred patients.") == [
        ("she", "said", "In the first week"),
        ("she", "said", "the new clinic treated four hundred patients"),
    ]


def test_a_fronted_phrase_before_a_plain_cue_is_the_setting_of_the_speech(nlp: Language) -> None:
    # no comma after the cue: "On Monday" tells when she spoke, not what she said
    found = said(nlp, "On Monday, the governor said the bridge would reopen in May.")
    assert found == [("the governor", "said", "the bridge would reopen in May")]


def test_a_cueless_quote_continues_the_reported_speech_before_it(nlp: Language) -> None:
    text = 'The budget is too small, Jane Okafor said on Monday. "We cannot build anything with it."'
    assert said(nlp, text, "direct") == [("Jane Okafor", "said", "We cannot build anything with it.")]


def test_a_heading_in_single_marks_continues_no_one(nlp: Language) -> None:
    text = '"We will not give up," Ms. Okafor said.\n\n‘Trouble Ahead.’\n\nThe council met again on Friday.'
    assert [q for _, _, q in said(nlp, text, "direct")] == ["We will not give up,"]


def test_a_bare_name_apposition_stays_and_a_description_goes(nlp: Language) -> None:
    assert said(nlp, "The senator warned about the flooding in Tulsa, Oklahoma.") == [
        ("The senator", "warned about", "the flooding in Tulsa, Oklahoma")
    ]
    assert said(nlp, "The senator warned about the flooding in the capital, a city of two million.") == [
        ("The senator", "warned about", "the flooding in the capital")
    ]


def test_call_for_with_a_for_to_clause(nlp: Language) -> None:
    assert said(nlp, "The mayor called for residents to leave the coast.") == [
        ("The mayor", "called for", "residents to leave the coast")
    ]


def test_a_cue_noun_object_joins_the_cue(nlp: Language) -> None:
    assert said(nlp, "The teachers expressed hope that the schools would reopen soon.") == [
        ("The teachers", "expressed hope", "that the schools would reopen soon")
    ]


def test_sentence_initial_connectives_are_the_writers(nlp: Language) -> None:
    assert said(nlp, "But the plan has failed, the minister said.") == [("the minister", "said", "the plan has failed")]
    assert said(nlp, "However, the bridge will reopen in May, officials said.") == [
        ("officials", "said", "the bridge will reopen in May")
    ]


def test_a_colon_hands_the_reported_clause_on_to_its_quotation(nlp: Language) -> None:
    text = 'Okafor said she had the right experience for the job: "Twenty years of running hospitals."'
    assert ("Okafor", "said", 'she had the right experience for the job: "Twenty years of running hospitals."') in said(
        nlp, text
    )


def test_a_participle_of_speech_is_the_next_act_not_the_content(nlp: Language) -> None:
    text = "The minister said the economy grew faster than expected last year, noting that exports had doubled."
    found = [(cue, content) for _, cue, content in said(nlp, text)]
    assert found[0] == ("said", "the economy grew faster than expected last year")
    assert ("noting", "that exports had doubled") in found


def test_no_content_ends_with_a_dangling_coordinator(nlp: Language) -> None:
    from eventwire.stages.quoting.reported import _trim

    doc = nlp("the roads were closed, and")
    assert doc[slice(*_trim(doc, 0, len(doc)))].text == "the roads were closed"


def test_a_straight_opening_mark_closed_by_a_curly_one() -> None:
    text = 'He said, "We will stay,” and left. “Fine,” she said.'
    assert [text[slice(*m.content(text))] for m in find_marked(text)] == ["We will stay,", "Fine,"]
    nested = 'She said, "They called it “a farce” before the vote."'
    assert [nested[slice(*m.content(nested))] for m in find_marked(nested)] == [
        "They called it “a farce” before the vote."
    ]


def test_a_cue_whose_words_follow_it_does_not_take_the_quotation_before_it(nlp: Language) -> None:
    text = "In an interview with “Morning Report,” Jane Okafor said the new plan would fail."
    assert [(q.kind, q.text) for q in nlp(text)._.quotes] == [("indirect", "the new plan would fail")]
    # an interrupted quotation is still one speaker's
    text = "“By next spring,” the senator said, “the bridge will be open.”"
    assert said(nlp, text, "direct") == [
        ("the senator", "said", "By next spring,"),
        ("the senator", "said", "the bridge will be open."),
    ]


def test_a_quoted_word_inside_a_clause_is_no_end_of_an_earlier_quote(nlp: Language) -> None:
    # the clause before a relaying cue ("..., the agency reported") starts after the end of an earlier direct
    # quote, but not after a quoted word inside the clause itself
    doc = nlp.make_doc(
        "The minister vowed to punish the \u201ctraitors\u201d who shelled the village, the agency reported."
    )
    assert _last_break(doc, 0, 14) == 0
    doc = nlp.make_doc(
        '"We will rebuild the school," the mayor said, and the work would start in June, officials added.'
    )
    assert doc[_last_break(doc, 0, 20)].text == "the"
    doc = nlp.make_doc("\u201d The talks failed, the envoy said.")
    assert doc[_last_break(doc, 0, 5)].text == "The"


def test_a_source_tag_at_the_end_is_no_part_of_the_speakers_words(nlp: Language) -> None:
    text = (
        "The defence minister also promised to punish the traitors who shelled the village, adding that "
        "although the loss is painful, the army will only grow stronger, AFP reported Thursday."
    )
    added = [q for q in said(nlp, text) if q[1] == "adding"]
    assert added == [
        ("The defence minister", "adding", "that although the loss is painful, the army will only grow stronger")
    ]


def test_verbs_coordinated_with_an_infinitive_content_stay_in_it(nlp: Language) -> None:
    # the parser hangs "grow"/"widen" on the finite cue, but a bare verb goes with the infinitive before it
    for text, content in (
        (
            "She wants to triple the size of the program, grow the reserve and create a new fund.",
            "to triple the size of the program, grow the reserve and create a new fund",
        ),
        (
            "The mayor wants to repave the main road, widen the bridge and plant new trees.",
            "to repave the main road, widen the bridge and plant new trees",
        ),
    ):
        assert [c for _, _, c in said(nlp, text)] == [content]
    # a finite verb of its own is a second act of the speaker, not more content
    text = "The mayor said the depot would close and denied that workers would lose their jobs."
    assert said(nlp, text) == [
        ("The mayor", "said", "the depot would close"),
        ("The mayor", "denied", "that workers would lose their jobs"),
    ]


def test_a_concessive_clause_with_a_speech_act_of_its_own_is_not_the_content(nlp: Language) -> None:
    text = "Most voters said the economy was improving, while others said it was getting worse."
    assert said(nlp, text) == [
        ("Most voters", "said", "the economy was improving"),
        ("others", "said", "it was getting worse"),
    ]
    text = "The spokeswoman said all staff sign the contract, though she did not discuss its terms."
    assert said(nlp, text)[0] == ("The spokeswoman", "said", "all staff sign the contract")
    # without a speech verb the concession may be the speaker's own words: it stays
    text = "The mayor said the bridge would reopen, although repairs could take longer."
    assert said(nlp, text) == [("The mayor", "said", "the bridge would reopen, although repairs could take longer")]


def test_a_quotation_that_ends_in_a_quotation_or_holds_sentences_is_direct(nlp: Language) -> None:
    text = "“You said you ‘take full responsibility,’” Okafor said. “That is not taking responsibility.”"
    assert said(nlp, text, "direct") == [
        ("Okafor", "said", "You said you ‘take full responsibility,’"),
        ("Okafor", "said", "That is not taking responsibility."),
    ]
    text = "“It is a small change,” said Okafor, an economist. “I would not call it reform. It is a tax” on the rich."
    assert [q for _, _, q in said(nlp, text, "direct")] == [
        "It is a small change,",
        "I would not call it reform. It is a tax",
    ]


def test_a_source_tag_at_the_end_relays_every_quote_it_closes(nlp: Language) -> None:
    text = (
        "The defence minister also promised to punish the traitors who shelled the village, adding that "
        "although the loss is painful, the army will only grow stronger, AFP reported Thursday."
    )
    minister = [q for q in nlp(text)._.quotes if q.speaker and q.speaker.text == "The defence minister"]
    assert len(minister) == 2 and all(q.medium == "AFP" for q in minister)
