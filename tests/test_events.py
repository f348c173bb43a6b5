"""Events stage on invented sentences: types, modes, roles, status, ACLED sub-types, casualties."""

from __future__ import annotations

from spacy.language import Language

from eventwire.records import ACLED_SUBTYPES, PLOVER_TYPES, STATUSES, Event
from eventwire.stages.event.casualties import fatalities, injured
from eventwire.stages.event.roles import subject_of


def events_of(nlp: Language, text: str) -> list[Event]:
    return list(nlp(text)._.events or [])


def one(nlp: Language, text: str, typ: str) -> Event:
    found = [e for e in events_of(nlp, text) if e.type == typ]
    assert found, f"no {typ} event in {text!r}: {[(e.type, e.trigger.text) for e in events_of(nlp, text)]}"
    return max(found, key=lambda e: e.confidence)


def test_records_are_valid(nlp: Language) -> None:
    evs = events_of(nlp, "Rebels attacked an army post on Monday. Police arrested three men in the capital.")
    assert [e.id for e in evs] == [f"e{i}" for i in range(1, len(evs) + 1)]
    for e in evs:
        assert e.type in PLOVER_TYPES and e.status in STATUSES and 0.0 <= e.confidence <= 1.0
        assert e.acled is None or e.acled in ACLED_SUBTYPES
        assert nlp.make_doc("x") is not None and e.trigger.text in e.sentence.text


def test_passive_agent_in_nominal_attack(nlp: Language) -> None:
    e = one(nlp, "Three guards were killed in an Israeli bombing near the border.", "ASSAULT")
    assert e.status == "occurred"
    assert any("Israeli" in a.text for a in e.actor)
    assert e.fatalities == 3


def test_active_subject_and_object(nlp: Language) -> None:
    e = one(nlp, "Turkish troops shelled Kurdish positions near the town overnight.", "ASSAULT")
    assert e.mode == "heavy-weapons" and e.acled == "Shelling/artillery/missile attack"
    assert any("troops" in a.text for a in e.actor)
    assert any("positions" in r.text for r in e.recipient)


def test_negation(nlp: Language) -> None:
    assert one(nlp, "The army did not attack the village.", "ASSAULT").status == "negated"


def test_conditional(nlp: Language) -> None:
    e = one(nlp, "The commander warned that his men could attack the capital if the talks collapse.", "ASSAULT")
    assert e.status == "hypothetical"


def test_standalone_conditional_is_a_threat(nlp: Language) -> None:
    # PLOVER codes a conditional assault as THREATEN, never as an assault that occurred
    evs = events_of(nlp, "If the talks collapse, the rebels could attack the capital.")
    assert any(e.type == "THREATEN" for e in evs)
    assert not [e for e in evs if e.type == "ASSAULT" and e.status == "occurred"]


def test_vow_is_threat_that_occurred(nlp: Language) -> None:
    evs = events_of(nlp, "The rebel commander vowed revenge against the government.")
    threat = [e for e in evs if e.type == "THREATEN"]
    assert threat and threat[0].status == "occurred"
    assert not [e for e in evs if e.type == "ASSAULT" and e.status == "occurred"]


def test_future_content_of_a_threat(nlp: Language) -> None:
    evs = events_of(nlp, "The group threatened to attack foreign embassies.")
    assert any(e.type == "THREATEN" and e.status == "occurred" for e in evs)
    assert all(e.status != "occurred" for e in evs if e.type == "ASSAULT")


def test_denial(nlp: Language) -> None:
    evs = events_of(nlp, "The militia denied carrying out the attack on the convoy.")
    assert any(e.type == "REJECT" and e.status == "occurred" for e in evs)
    assert all(e.status == "denied" for e in evs if e.type == "ASSAULT")


def test_reported_speech(nlp: Language) -> None:
    e = one(nlp, "Gunmen abducted two aid workers in the north, according to local police.", "ASSAULT")
    assert e.acled == "Abduction/forced disappearance"
    assert e.reported_by is not None and "police" in e.reported_by.text


def test_several_events_in_one_sentence(nlp: Language) -> None:
    evs = events_of(nlp, "Protesters blocked the main road and police arrested twenty of them.")
    types = {e.type for e in evs}
    assert {"PROTEST", "COERCE"} <= types


def test_protest_and_arrest_subtypes(nlp: Language) -> None:
    assert one(nlp, "Police detained five activists outside parliament.", "COERCE").acled == "Arrests"
    e = one(nlp, "Thousands of students held a peaceful rally in the capital.", "PROTEST")
    assert e.acled == "Peaceful protest"


def test_drone_strike_subtype(nlp: Language) -> None:
    e = one(nlp, "A drone strike hit a car on the highway, killing two men.", "ASSAULT")
    assert e.acled == "Air/drone strike" and e.fatalities == 2


def test_agreement(nlp: Language) -> None:
    e = one(nlp, "The two countries agreed to a ceasefire on Sunday.", "AGREE")
    assert e.acled == "Agreement"


def test_casualty_counts() -> None:
    assert fatalities("The jets pounded the village, killing 6 civilians.") == 6
    assert fatalities("Four soldiers were slain in the ambush.") == 4
    assert fatalities("At least 12 dead after the blast.") == 12
    assert injured("There were no injuries.") == 0
    assert injured("The bomb went off, wounding two others.") == 2
    assert fatalities("The death toll rose to 30 on Friday.") == 30


def test_recipient_is_the_party_not_the_thing_given(nlp: Language) -> None:
    e = one(nlp, "Japan provided emergency medical supplies to Nepal on Friday.", "AID")
    assert [r.country for r in e.recipient] == ["NPL"]
    assert all("supplies" not in r.text for r in e.recipient)


def test_generic_head_stands_for_its_named_of_phrase(nlp: Language) -> None:
    e = one(nlp, "A group of Kenyan lawmakers met with the Ugandan president on Monday.", "CONSULT")
    assert [a.country for a in e.actor] == ["KEN"] and [r.country for r in e.recipient] == ["UGA"]


def test_local_actors_take_the_country_of_the_event_place(nlp: Language) -> None:
    e = one(nlp, "Protesters blocked a highway in Nairobi on Tuesday, police said.", "PROTEST")
    protesters = [a for a in e.actor if a.text == "Protesters"]
    assert protesters and protesters[0].country == "KEN" and protesters[0].country_from == "place"
    # An actor named with its own country keeps it, and says nothing was inferred.
    e = one(nlp, "Ugandan troops attacked a rebel camp in eastern Congo on Sunday.", "ASSAULT")
    assert [(a.country, a.country_from) for a in e.actor] == [("UGA", None)]
    # Two countries in the sentence and no event place: nothing is inferred.
    e = one(nlp, "Protesters marched on Friday, a day after talks between Kenya and Uganda failed.", "PROTEST")
    assert all(a.country_from is None for a in e.actor)


def test_weapons_and_foreign_forces_do_not_take_the_place_country(nlp: Language) -> None:
    e = one(nlp, "Foreign forces raided a village near Kandahar on Monday, residents said.", "COERCE")
    assert all(a.country_from is None for a in e.actor + e.recipient if "Foreign" in a.text)
    e = one(nlp, "An armed drone struck a car near Kandahar on Monday, residents said.", "ASSAULT")
    assert all(a.country_from is None for a in e.actor if "drone" in a.text)
    # the attack itself as the subject stands for an unnamed attacker, of no known country
    e = one(nlp, "A drone strike hit a convoy of militia fighters near Kandahar on Monday night.", "ASSAULT")
    assert [(a.text, a.country) for a in e.actor] == [("drone strike", None)]
    e = one(nlp, "A blast killed four soldiers near Kandahar on Monday, officials said.", "ASSAULT")
    assert all(a.country is None for a in e.actor)


def test_an_of_phrase_gives_a_generic_party_its_country(nlp: Language) -> None:
    e = one(nlp, "The prime minister offered to meet the president of Armenia next week.", "CONSULT")
    assert [(r.text, r.country) for r in e.recipient] == [("the president", "ARM")]


def test_passive_victims_the_parser_hangs_elsewhere(nlp: Language) -> None:
    e = one(nlp, "A total of six policemen were slain near the border.", "ASSAULT")
    assert any("policemen" in r.text for r in e.recipient)
    e = one(nlp, "Mourners buried the two guards who were killed on Friday.", "ASSAULT")
    assert any("guards" in r.text for r in e.recipient)
    e = one(nlp, "Three ambushes were carried out by rebel fighters last month.", "ASSAULT")
    assert any("rebel fighters" in a.text for a in e.actor)


def test_a_conjunct_with_no_subject_in_its_chain_takes_the_main_subject(nlp: Language) -> None:
    text = (
        "The Northern Alliance said its fighters were in the valley to stop smuggling "
        "and denied the presence of foreign advisers."
    )
    e = one(nlp, text, "REJECT")
    assert any("Northern Alliance" in a.text for a in e.actor), e.actor


def test_demand_addressed_to_clause_subject(nlp: Language) -> None:
    # the party a demand is made on is the subject of the "that" clause saying what it must do
    e = one(nlp, "The union demanded that the Kenyan government release the detained workers.", "REQUEST")
    assert any(r.country == "KEN" for r in e.recipient)


def test_document_participle_takes_issuer(nlp: Language) -> None:
    # "issued a statement demanding ...": the statement's issuer is the actor, not the statement
    e = one(nlp, "Nigeria issued a statement demanding that Ghana reopen the border crossing.", "REQUEST")
    assert [a.country for a in e.actor] == ["NGA"]
    assert any(r.country == "GHA" for r in e.recipient)


def test_said_must_is_speakers_demand(nlp: Language) -> None:
    # "X said Y must do Z" is X's demand on Y
    e = one(nlp, "Chile said on Friday that Bolivia must return the seized trucks.", "REQUEST")
    assert [a.country for a in e.actor] == ["CHL"]
    assert [r.country for r in e.recipient] == ["BOL"]


def test_recipient_is_the_author_of_a_rejected_act(nlp: Language) -> None:
    # the object is an act; the party aimed at is the one who made it
    e = one(nlp, "Norway rejected fresh calls by Sweden's leaders for a joint fishing quota.", "REJECT")
    assert any(r.country == "SWE" for r in e.recipient), e.recipient
    e = one(nlp, "Police in Lima broke up a march organized by Chilean students.", "COERCE")
    assert any(r.country == "CHL" for r in e.recipient), e.recipient


def test_a_name_the_parser_split_stays_whole(nlp: Language) -> None:
    e = one(nlp, "The army attacked the Movement for the Liberation of Congo on Monday.", "ASSAULT")
    assert any("Liberation of Congo" in r.text for r in e.recipient), e.recipient


def test_a_thing_aimed_at_is_coded_by_where_it_is(nlp: Language) -> None:
    e = one(nlp, "Rebels blew up a bridge near Mosul on Monday.", "ASSAULT")
    assert [(r.country, r.country_from) for r in e.recipient] == [("IRQ", "place")], e.recipient


def test_nominal_trigger_takes_the_subject_of_its_support_verb(nlp: Language) -> None:
    # "held their talks": the possessive pronoun stands for the subject of the light verb
    e = one(nlp, "A delegation of Kenyan ministers held their first talks with the Ugandan president.", "CONSULT")
    assert any(a.country == "KEN" for a in e.actor), e.actor
    # a verb of pace: whoever speeds up a withdrawal withdraws
    e = one(nlp, "France accelerated the withdrawal of its troops from Mali on Monday.", "RETREAT")
    assert any(a.country == "FRA" for a in e.actor), e.actor


def test_the_object_of_a_nominal_triggers_verb_is_its_target_unless_an_idiom(nlp: Language) -> None:
    e = one(nlp, "The air strike hit a convoy near the border on Monday.", "ASSAULT")
    assert [r.text for r in e.recipient] == ["a convoy"]
    e = one(nlp, "Local officials said the strike took place late on Monday near the border.", "ASSAULT")
    assert e.recipient == []  # "took place" says the strike happened; "place" is no target


def test_a_conditional_threat_targets_the_party_of_its_condition(nlp: Language) -> None:
    text = "The opposition alliance threatened a nationwide strike if the government does not cut fuel prices."
    e = one(nlp, text, "THREATEN")
    assert [r.text for r in e.recipient] == ["the government"]
    strike = one(nlp, text, "PROTEST")  # a nationwide strike is a labour strike, not an air strike
    assert strike.status == "future"


def test_crowd_counts_and_purpose_infinitives(nlp: Language) -> None:
    # "thousands of X" are X; "gathered to protest" has the gatherers as protesters
    e = one(nlp, "Thousands of Chileans gathered in Santiago to protest the pension reform.", "PROTEST")
    assert any(a.country == "CHL" for a in e.actor), e.actor
    e = one(nlp, "Hundreds of Peruvian farmers converged on Lima for a march.", "PROTEST")
    assert any(a.country == "PER" for a in e.actor), e.actor


def test_recipients_behind_a_thing(nlp: Language) -> None:
    # a camp stands for those it houses; a mediation is between the parties its noun names
    e = one(nlp, "Militiamen attacked a camp for Sudanese refugees near the border on Friday.", "ASSAULT")
    assert any(r.country == "SDN" for r in e.recipient), e.recipient
    e = one(nlp, "Norway launched a mediation effort between Colombia and Venezuela.", "CONSULT")
    assert {r.country for r in e.recipient} >= {"COL", "VEN"}, e.recipient


def test_phrase_trigger_around_its_object_keeps_the_object(nlp: Language) -> None:
    e = one(nlp, "Khartoum forced the UN refugee agency out of the country last year.", "SANCTION")
    assert any(r.country == "IGO" for r in e.recipient), e.recipient


def test_threat_aimed_at_the_recipient_of_the_announced_act(nlp: Language) -> None:
    e = one(nlp, "Turkey warned that its army would not tolerate raids by Syrian militias.", "THREATEN")
    assert any(r.country == "SYR" for r in e.recipient), e.recipient


def test_withdrawal_from_names_the_party_left(nlp: Language) -> None:
    e = one(nlp, "Russia completed the withdrawal of its troops from Georgia on Friday.", "RETREAT")
    assert any(r.country == "GEO" for r in e.recipient), e.recipient
    assert any(a.country == "RUS" for a in e.actor), e.actor


def test_a_country_the_dictionary_knows_places_local_actors(nlp: Language) -> None:
    # "Bosnia" is coded by the actor dictionary even where the gazetteer leaves it unresolved
    e = one(nlp, "The rebels demanded a ceasefire with government forces in east Bosnia.", "REQUEST")
    assert any(r.country == "BIH" for r in e.recipient), e.recipient


def test_object_of_allow_parsed_as_subject_of_the_infinitive(nlp: Language) -> None:
    e = one(nlp, "The court decided to allow the Kenyan opposition leader to run in the election.", "CONCEDE")
    assert any(r.country == "KEN" for r in e.recipient), e.recipient


def test_ethnic_groups_are_coded_by_where_they_live(nlp: Language) -> None:
    e = one(nlp, "About 200 ethnic Hungarians demonstrated on Sunday in Romania.", "PROTEST")
    assert [a.country for a in e.actor] == ["ROU"], e.actor
    e = one(nlp, "The Hungarians of western Romania demanded autonomy from Romanian authorities.", "REQUEST")
    assert [a.country for a in e.actor] == ["ROU"], e.actor
    # "in" says where people are, not whose they are: foreign nationals keep their state
    e = one(nlp, "The militia leader threatened Americans in Iraq with a long battle.", "THREATEN")
    assert [r.country for r in e.recipient] == ["USA"], e.recipient


def test_stance_participle_and_based_in(nlp: Language) -> None:
    # "X is opposed to Y": passive in form, X holds the stance
    e = one(nlp, "Egypt is opposed to Turkish mediation in the dispute.", "REJECT")
    assert [a.country for a in e.actor] == ["EGY"], e.actor
    assert any(r.country == "TUR" for r in e.recipient), e.recipient
    # a group that names no country takes the one it is based in
    e = one(nlp, "A militant group based in Somalia attacked a police post.", "ASSAULT")
    assert any(a.country == "SOM" for a in e.actor), e.actor


def test_without_negates_the_event(nlp: Language) -> None:
    evs = events_of(nlp, "The troops entered the village without fighting.")
    assert all(e.status == "negated" for e in evs if e.trigger.text == "fighting")
    assert any(e.trigger.text == "fighting" for e in evs)


def test_a_place_naming_a_side_is_not_where_the_event_happened(nlp: Language) -> None:
    # "US" modifies the strikes: it names who struck, not where the militias denied anything
    e = one(nlp, "The militias, including those hit by US strikes, denied the presence of weapons depots.", "REJECT")
    assert all(r.country_from != "place" for r in e.actor + e.recipient), (e.actor, e.recipient)
    # the place of the scene still codes a local actor
    e = one(nlp, "Protesters blocked a highway in Kenya on Monday.", "PROTEST")
    assert [(a.country, a.country_from) for a in e.actor] == [("KEN", "place")], e.actor


def test_a_definite_noun_restating_an_earlier_event_is_not_a_new_event(nlp: Language) -> None:
    text = (
        "Government jets bombed rebel positions near the river on Monday. "
        "The bombings have grown more frequent since the spring, residents said."
    )
    triggers = [e.trigger.text for e in events_of(nlp, text) if e.type == "ASSAULT"]
    assert "bombed" in triggers and "bombings" not in triggers, triggers
    # the first report of an event is kept even when it is a bare definite noun
    assert any(e.trigger.text == "bombings" for e in events_of(nlp, "The bombings have grown more frequent."))


def test_a_state_noun_takes_the_subject_of_the_verb_that_puts_or_keeps_it(nlp: Language) -> None:
    e = one(nlp, "The militia leader said he is putting his fighters on high alert after the strike.", "MOBILIZE")
    assert e.actor and "leader" in e.actor[0].text, e.actor
    assert [r.text for r in e.recipient] == ["his fighters"], e.recipient
    e = one(nlp, "All fighters should be on high alert for the coming battle, the commander said.", "MOBILIZE")
    assert [a.text for a in e.actor] == ["All fighters"], e.actor


def test_a_trigger_noun_naming_the_doers_is_their_event(nlp: Language) -> None:
    evs = events_of(nlp, "Police fired tear gas at thousands of demonstrators in the capital.")
    protest = [e for e in evs if e.type == "PROTEST" and e.trigger.text == "demonstrators"]
    assert protest and [a.text for a in protest[0].actor] == ["demonstrators"], evs


def test_a_target_is_coded_by_the_country_its_own_phrase_names(nlp: Language) -> None:
    e = one(nlp, "Farmers blocked the old bridge linking Austria to Hungary for two hours.", "PROTEST")
    assert [r.country for r in e.recipient] == ["AUT"], e.recipient
    e = one(nlp, "Government troops recaptured a hill town in Northern Chad on Sunday.", "ASSAULT")
    assert any(r.country == "TCD" for r in e.recipient), e.recipient


def test_preposition_left_without_object_before_a_reduced_relative(nlp: Language) -> None:
    text = "Chile has granted political asylum to four Bolivian army officers holed up in its embassy since the coup."
    e = one(nlp, text, "AID")
    assert any(r.country == "BOL" for r in e.recipient), e.recipient


def test_noun_the_parser_made_compound_of_a_participle_object(nlp: Language) -> None:
    # "a resolution censuring X": the participle parsed as the object, the noun as its compound
    text = "China on Wednesday vetoed a Security Council resolution censuring as illegal its seizure of the island."
    e = one(nlp, text, "REJECT")
    assert any(r.country == "IGO" for r in e.recipient), e.recipient


def test_must_do_something_to_allow_is_the_speakers_demand(nlp: Language) -> None:
    # the purpose of a demanded act is demanded too, of the subject of the "must" verb
    text = "The Red Crescent operating in Yemen said Saudi forces must ensure calm to allow fuel to reach hospitals."
    e = one(nlp, text, "REQUEST")
    assert [a.country for a in e.actor] == ["NGO"], e.actor
    assert [r.country for r in e.recipient] == ["SAU"], e.recipient
    text = "The World Bank working in Haiti said Dominican forces must reopen the border to allow food to pass."
    e = one(nlp, text, "REQUEST")
    assert [r.country for r in e.recipient] == ["DOM"], e.recipient


def test_a_participle_parsed_as_the_subject_leaves_the_subject_to_its_noun(nlp: Language) -> None:
    doc = nlp("The Red Cross operating in Iraq said Kurdish forces must ensure safety.")
    said = next(t for t in doc if t.lower_ == "said")
    subj = subject_of(said)
    assert subj is not None and subj.text == "Cross"


def test_mobilized_forces_are_the_actors_own_not_the_recipient(nlp: Language) -> None:
    e = one(nlp, "Armenia mobilized army reservists for a possible war against Azerbaijan on Monday.", "MOBILIZE")
    assert [r.country for r in e.recipient] == ["AZE"], e.recipient
    # with no party named further, the forces stay (coded by the place, as before)
    e = one(nlp, "Chad mobilized police reservists in the capital.", "MOBILIZE")
    assert [r.text for r in e.recipient] == ["police reservists"], e.recipient


def test_one_nationality_word_codes_an_event_with_no_other_country(nlp: Language) -> None:
    text = "The interior minister allowed opposition leader Ahmed Karimov to hold a rally, the Uzbek news agency said."
    e = one(nlp, text, "CONCEDE")
    assert any(r.country == "UZB" for r in e.recipient), e.recipient
    e = one(nlp, "Young Chileans blocked roads leading to the city centre on Sunday.", "PROTEST")
    assert [r.country for r in e.recipient] == ["CHL"], e.recipient
    # two states named: no guess
    text = "The interior minister allowed opposition leader Ahmed Karimov to hold a rally, Uzbek and Kazakh media said."
    e = one(nlp, text, "CONCEDE")
    assert all(r.country is None for r in e.recipient), e.recipient


def test_cutting_aid_is_a_sanction(nlp: Language) -> None:
    # CAMEO 166 / PLOVER SANCTION: reduce or stop material aid
    e = one(nlp, "Japan sharply reduced food supplies to the Burmese border camps on Monday.", "SANCTION")
    assert any(r.country == "MMR" for r in e.recipient), e.recipient
    e = one(nlp, "Sweden cut aid to Zambia last year.", "SANCTION")
    assert [a.country for a in e.actor] == ["SWE"] and any(r.country == "ZMB" for r in e.recipient), e


def test_a_protest_is_aimed_at_the_party_of_its_stated_stance(nlp: Language) -> None:
    text = "Thousands of students blocked streets in Minsk in defiance of Russian authorities on Sunday."
    e = one(nlp, text, "PROTEST")
    assert [r.country for r in e.recipient] == ["RUS"], e.recipient
    text = "Farmers in Lyon blocked a highway to show their anger at Spanish import rules."
    e = one(nlp, text, "PROTEST")
    assert [r.country for r in e.recipient] == ["ESP"], e.recipient


def test_a_sponsor_or_an_agent_names_no_place_for_local_actors(nlp: Language) -> None:
    e = one(nlp, "At least five drone attacks have been carried out by Iran-backed militias since April.", "ASSAULT")
    assert all(a.country_from != "place" for a in e.actor), e.actor


def test_a_state_one_is_kept_in_is_done_to_one(nlp: Language) -> None:
    for e in events_of(nlp, "Three journalists remain in detention in Tehran."):
        assert not [a for a in e.actor if "journalists" in a.text], e


def test_for_a_rally_names_the_gatherers_only_after_a_verb_of_gathering(nlp: Language) -> None:
    e = one(nlp, "Farmers converged for a rally in the capital on Friday.", "PROTEST")
    assert [a.text for a in e.actor] == ["Farmers"], e.actor
    for e in events_of(nlp, "Authorities in Nairobi braced for protests on Tuesday."):
        assert not [a for a in e.actor if "Authorities" in a.text], e.actor


def test_of_codes_residence_only_with_a_place(nlp: Language) -> None:
    e = one(nlp, "Americans of Japanese descent protested in Los Angeles on Sunday.", "PROTEST")
    assert "JPN" not in [a.country for a in e.actor], e.actor


def test_a_restating_noun_with_its_own_place_is_a_new_event(nlp: Language) -> None:
    text = "Thousands of people marched in Minsk on Sunday. In Grodno, the protests continued on Monday."
    assert any(e.trigger.text == "protests" for e in events_of(nlp, text)), events_of(nlp, text)


def test_a_purpose_infinitive_is_intended_not_done(nlp: Language) -> None:
    # "to capture the airport" is what the attack aimed at: no capture has occurred, the attack is an attack
    events = nlp("The rebels launched an attack to capture the airport.")._.events or []
    attack = [e for e in events if e.trigger.text == "attack"]
    assert attack and attack[0].acled != "Non-state actor overtakes territory", events
    assert all(e.status != "occurred" for e in events if e.trigger.text == "capture"), events


def test_a_protest_word_modifying_an_event_noun_is_a_protest(nlp: Language) -> None:
    # "protest campaign" is a protest; "riot police" and "protest leaders" are people, not a riot or a protest
    events = nlp("Teachers launched a protest campaign outside parliament.")._.events or []
    assert any(e.type == "PROTEST" and e.acled == "Peaceful protest" for e in events), events


def test_a_contrasted_clause_is_another_incident(nlp: Language) -> None:
    text = "Police used tear gas to break up a rally in the capital, while in the north gunmen killed five soldiers."
    killed = [e for e in events_of(nlp, text) if e.trigger.text == "killed"]
    assert killed and killed[0].acled not in ("Protest with intervention", "Excessive force against protesters")
    joined = [e for e in events_of(nlp, "Two people were killed as police fired on protesters.") if e.type == "ASSAULT"]
    assert any(e.trigger.text == "killed" and e.acled == "Excessive force against protesters" for e in joined)


def test_a_quoted_word_at_the_end_of_a_party_keeps_its_closing_mark(nlp: Language) -> None:
    text = "The cleric promised to take revenge on the American \u201ccriminals\u201d who killed the general."
    threat = one(nlp, text, "THREATEN")
    assert [r.text for r in threat.recipient] == ["American \u201ccriminals\u201d"]


def test_a_threat_met_or_posed_is_a_danger_not_an_act_of_threatening(nlp: Language) -> None:
    assert all(e.type != "THREATEN" for e in events_of(nlp, "Air defences destroyed an aerial threat over the base."))
    assert all(e.type != "THREATEN" for e in events_of(nlp, "Piracy poses a threat to shipping in the gulf."))
    assert one(nlp, "The rebels issued a threat against the governor on Monday.", "THREATEN").trigger.text == "threat"


def test_an_event_inside_the_subject_is_not_under_the_verbs_modality(nlp: Language) -> None:
    text = "The head of a militia supported by Iran has promised to take revenge against the army."
    assert one(nlp, text, "SUPPORT").status == "occurred"  # the backing is a fact, not part of the promise
    assert one(nlp, "The rebels vowed to attack the base.", "ASSAULT").status == "future"


def test_an_event_asked_about_is_no_threat(nlp: Language) -> None:
    # PLOVER codes an announced attack as a threat; a question whether one happened announces nothing
    text = "When asked if they had deployed drones against the troops, the commander changed the subject."
    assert all(e.type != "THREATEN" for e in events_of(nlp, text))
    assert one(nlp, "It is unclear whether the rebels will attack the town.", "ASSAULT").status == "hypothetical"
    assert one(nlp, "The rebels will attack the town unless the army leaves.", "THREATEN")


def test_the_same_words_are_not_both_actor_and_recipient(nlp: Language) -> None:
    for e in events_of(nlp, "Jets attacked depots used by rebel militias to launch drone attacks near the border."):
        assert not {(a.start, a.end) for a in e.actor} & {(r.start, r.end) for r in e.recipient}, e


def test_an_intent_noun_makes_its_infinitive_a_future_act(nlp: Language) -> None:
    # "the group's determination to attack" states an aim; no attack is reported to have happened
    text = "The killing of its founder will only strengthen the group's determination to attack the convoys."
    attack = next(e for e in events_of(nlp, text) if e.trigger.text == "attack")
    assert (attack.type, attack.status) != ("ASSAULT", "occurred")  # a future assault, or the threat it states


def test_the_aim_of_a_journey_is_no_threat(nlp: Language) -> None:
    # a journey's purpose is what the travellers went to do, not an announcement of an attack
    text = "The recruits travelled to Libya in 2015 to fight with the militias of the east."
    evs = events_of(nlp, text)
    assert not any(e.type == "THREATEN" for e in evs)
    assert any(e.type == "ASSAULT" and e.trigger.text == "fight" for e in evs)


def test_the_holder_of_a_plan_or_decision_does_its_infinitive(nlp: Language) -> None:
    evs = events_of(nlp, "The ministry revealed Iran's plan to attack the base.")
    attack = next(e for e in evs if e.trigger.text == "attack")
    assert [a.text for a in attack.actor] == ["Iran"]
    # a noun of asking is not one's own aim: those called on would boycott, not the caller
    evs = events_of(nlp, "Iran's call to boycott the talks was ignored.")
    assert all(a.text != "Iran" for e in evs if e.trigger.text == "boycott" for a in e.actor)


def test_a_refusal_is_a_rejection_of_what_its_infinitive_says(nlp: Language) -> None:
    evs = events_of(nlp, "The union's refusal to support the new law angered the governor.")
    refusal = one(nlp, "The union's refusal to support the new law angered the governor.", "REJECT")
    assert [a.text for a in refusal.actor] == ["The union"]
    assert [r.text for r in refusal.recipient] == ["new law"]  # what is refused, not whom it angered
    support = next(e for e in evs if e.trigger.text == "support")
    assert support.status != "occurred"  # refused, so not given


def test_who_uses_a_means_in_an_attack_is_its_actor(nlp: Language) -> None:
    text = "The rebels employed rockets during the assault on the airport."
    assault = next(e for e in events_of(nlp, text) if e.trigger.text == "assault")
    assert [a.text for a in assault.actor] == ["The rebels"]


def test_an_attack_that_only_dates_the_sentence_is_no_new_event_and_takes_no_toll(nlp: Language) -> None:
    text = (
        "Militants shelled an army post outside the town on Sunday. "
        "The day after the shelling, two soldiers were wounded by a roadside bomb near the post."
    )
    evs = [e for e in events_of(nlp, text) if e.type == "ASSAULT"]
    assert not any(e.trigger.text == "shelling" for e in evs)  # it restates Sunday's attack
    wounded = [e for e in evs if e.injured == 2]
    assert wounded and all(e.trigger.text != "shelling" for e in wounded)


def test_an_attack_in_a_time_phrase_keeps_the_toll_of_its_own_phrase(nlp: Language) -> None:
    text = "Days after the bombing, which left six people dead, the minister visited the market."
    bombing = next(e for e in events_of(nlp, text) if e.trigger.text == "bombing")
    assert bombing.fatalities == 6


def test_the_author_of_an_attack_is_its_actor(nlp: Language) -> None:
    text = "The rebel commander is believed to be the architect of last month's offensive on the city."
    offensive = next(e for e in events_of(nlp, text) if e.trigger.text == "offensive")
    assert [a.text for a in offensive.actor] == ["rebel commander"]  # "last month's" is a time, not a doer
    text = "Police said Omar Haddad, the mastermind of the bombing, had fled to the hills."
    bombing = next(e for e in events_of(nlp, text) if e.trigger.text == "bombing")
    assert [a.text for a in bombing.actor] == ["Omar Haddad"]


def test_a_participle_after_the_clause_shares_its_subject(nlp: Language) -> None:
    text = "Rebel gunmen raided the village on Sunday, killing six farmers."
    killing = next(e for e in events_of(nlp, text) if e.trigger.text == "killing")
    assert [a.text for a in killing.actor] == ["Rebel gunmen"]


def test_a_verb_joined_to_a_denial_is_not_denied(nlp: Language) -> None:
    text = "The ministry denied shelling homes and said its forces had hit a depot near the town."
    hit = next(e for e in events_of(nlp, text) if e.trigger.text == "hit")
    assert hit.status == "occurred"  # said, not denied
    shelling = next(e for e in events_of(nlp, text) if e.trigger.text == "shelling")
    assert shelling.status == "denied"
    # a gerund the parser reads as an adjective of the denied thing is denied too
    striking = next(e for e in events_of(nlp, "The ministry denied striking civilian areas.") if e.type == "ASSAULT")
    assert striking.status == "denied"
    text = "Residents called him a coward and urged him to resign."
    urged = next(e for e in events_of(nlp, text) if e.trigger.text == "urged")
    assert urged.status == "occurred"  # a second act, not the content of the first verb


def test_stormed_is_no_storm(nlp: Language) -> None:
    # the verb "storm" is an assault; the casualties are not those of a natural disaster
    evs = events_of(nlp, "Gunmen stormed the market on Sunday, killing six traders.")
    assert any(e.trigger.text == "killing" and e.type == "ASSAULT" for e in evs)
    evs = events_of(nlp, "A storm hit the coast on Sunday, killing six fishermen.")
    assert not any(e.type == "ASSAULT" for e in evs)


def test_an_event_word_that_classifies_a_thing_is_no_event(nlp: Language) -> None:
    assert not events_of(nlp, "The ministry bought twelve attack helicopters and a hundred assault rifles.")
    # the thing's modifier tells of no fighting either: the weapon of the sentence names the kind of strike
    text = "Troops shelled the village with mortars, the army said, and infantry fighting vehicles were seen."
    shelled = next(e for e in events_of(nlp, text) if e.trigger.text == "shelled")
    assert shelled.acled == "Shelling/artillery/missile attack"


def test_a_relative_pronoun_subject_stands_for_its_noun(nlp: Language) -> None:
    text = "Police arrested the gunmen who attacked the mosque on Friday."
    attacked = next(e for e in events_of(nlp, text) if e.trigger.text == "attacked")
    assert [a.text for a in attacked.actor] == ["the gunmen"]


def test_joined_participles_share_the_clause_subject_not_the_reporter(nlp: Language) -> None:
    text = "A car bomb struck a police patrol on Monday, killing two officers and wounding four, officials said."
    wounding = next(e for e in events_of(nlp, text) if e.trigger.text == "wounding")
    assert all("officials" not in a.text for a in wounding.actor)  # they report it; they did not wound anyone


def test_an_attack_noun_that_names_its_means_keeps_them(nlp: Language) -> None:
    text = "A roadside bomb exploded near the checkpoint on Monday. The shelling also killed three civilians."
    killed = next(e for e in events_of(nlp, text) if e.trigger.text == "killed")
    assert killed.acled == "Shelling/artillery/missile attack"  # not the bomb's sub-type


def test_a_relative_clause_on_a_site_does_not_make_the_site_a_doer(nlp: Language) -> None:
    killed = next(e for e in events_of(nlp, "A car bomb exploded in the market, which killed six people.")
                  if e.trigger.text == "killed")  # fmt: skip
    assert all(a.text != "the market" for a in killed.actor)


def test_the_site_of_an_event_still_tells_of_it(nlp: Language) -> None:
    assert any(e.type == "ASSAULT" for e in events_of(nlp, "Police searched the bombing site in Kabul on Monday."))
