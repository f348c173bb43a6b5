"""ACLED sub-event types on invented sentences: who acts on whom with what decides the sub-type."""

from __future__ import annotations

from spacy.language import Language

from eventwire.records import Event


def acled_of(nlp: Language, text: str) -> str | None:
    """The sub-type of the most confident event that has one (as the CASE 2021 scorer reads a snippet)."""
    labelled = [e for e in nlp(text)._.events or [] if e.acled]
    best: Event | None = max(labelled, key=lambda e: e.confidence) if labelled else None
    return best.acled if best else None


def test_fire_exchange_is_a_clash(nlp: Language) -> None:
    assert acled_of(nlp, "Soldiers were locked in a fire exchange with the bandits for two hours.") == "Armed clash"


def test_killing_coded_armed_members_is_a_clash(nlp: Language) -> None:
    text = "Several Boko Haram members were killed on Friday in the forest near the lake."
    assert acled_of(nlp, text) == "Armed clash"


def test_property_destroyed_in_gang_fight_stays_destruction(nlp: Language) -> None:
    text = "Forty shops and several cars were destroyed during a clash between rival gangs in the market."
    assert acled_of(nlp, text) == "Looting/property destruction"


def test_army_vehicles_destroyed_in_fighting_are_the_clash(nlp: Language) -> None:
    text = "The rebels destroyed three army trucks in clashes with government troops near the river."
    assert acled_of(nlp, text) == "Armed clash"


def test_protesters_clashing_with_police_is_a_violent_demonstration(nlp: Language) -> None:
    text = "Police fired tear gas while clashing with students who marched on the ministry."
    assert acled_of(nlp, text) == "Violent demonstration"


def test_clashes_next_to_a_protest_are_the_protesters_fight(nlp: Language) -> None:
    text = "Clashes broke out in the square during a protest against fuel prices."
    assert acled_of(nlp, text) == "Violent demonstration"


def test_arrests_during_a_protest_are_an_intervention(nlp: Language) -> None:
    text = "Police detained nine people during a rally against the new tax law."
    assert acled_of(nlp, text) == "Protest with intervention"


def test_arrest_for_organising_a_protest_stays_an_arrest(nlp: Language) -> None:
    text = "Police arrested a union leader on charges of organising an illegal protest."
    assert acled_of(nlp, text) == "Arrests"


def test_protest_against_arrests_is_peaceful(nlp: Language) -> None:
    text = "Hundreds of students rallied outside the court to condemn the planned arrests of journalists."
    assert acled_of(nlp, text) == "Peaceful protest"


def test_protest_over_a_killing_is_peaceful(nlp: Language) -> None:
    text = "Thousands of people marched through the city to protest the killing of a teenager by a guard."
    assert acled_of(nlp, text) == "Peaceful protest"


def test_injuries_when_police_break_up_a_protest_are_excessive_force(nlp: Language) -> None:
    text = "Several people were injured after police violently dispersed a protest in the northern town."
    assert acled_of(nlp, text) == "Excessive force against protesters"


def test_civilian_crowd_attacking_a_rally_is_mob_violence(nlp: Language) -> None:
    text = "Supporters of the ruling party attacked a peaceful rally in the capital on Sunday."
    assert acled_of(nlp, text) == "Mob violence"


def test_police_attacking_a_rally_is_excessive_force(nlp: Language) -> None:
    text = "Officers attacked and injured a peaceful student demonstration in the capital."
    assert acled_of(nlp, text) == "Excessive force against protesters"


def test_riot_police_is_not_a_riot(nlp: Language) -> None:
    text = "Riot police stood guard as teachers rallied peacefully outside parliament."
    assert acled_of(nlp, text) == "Peaceful protest"


def test_violent_dispersal_does_not_make_the_sit_in_violent(nlp: Language) -> None:
    text = "Soldiers carried out a violent dispersal of the sit-in and broke up the camp of the demonstrators."
    assert acled_of(nlp, text) == "Protest with intervention"


def test_captured_arms_are_disrupted_weapons_use(nlp: Language) -> None:
    text = "Three hundred rifles and a truck of ammunition were captured at a checkpoint near the port."
    assert acled_of(nlp, text) == "Disrupted weapons use"


def test_soldiers_destroying_a_cache_of_explosives_disrupt_weapons_use(nlp: Language) -> None:
    text = "Commandos destroyed dozens of rockets and mortars during a raid in the valley."
    assert acled_of(nlp, text) == "Disrupted weapons use"


def test_army_capturing_a_commander_is_an_arrest(nlp: Language) -> None:
    text = "The army captured a senior rebel commander in the eastern hills on Tuesday."
    assert acled_of(nlp, text) == "Arrests"


def test_army_capturing_a_town_regains_territory(nlp: Language) -> None:
    text = "The army captured the town of Ranbeli from the rebels on Tuesday."
    assert acled_of(nlp, text) == "Government regains territory"


def test_a_crowd_of_a_nationality_attacking_a_rally_is_mob_violence(nlp: Language) -> None:
    text = "Dozens were hurt when a group of Serbs attacked a peaceful rally in Vienna on Friday."
    assert acled_of(nlp, text) == "Mob violence"


def test_a_state_named_by_its_adjective_uses_excessive_force(nlp: Language) -> None:
    text = "Two men were killed in Israeli attacks against peaceful protesters near the fence."
    assert acled_of(nlp, text) == "Excessive force against protesters"


def test_an_attack_to_capture_a_base_is_not_a_capture(nlp: Language) -> None:
    text = "The militants' attack to capture the army positions near the airport was repelled by the troops."
    assert acled_of(nlp, text) != "Non-state actor overtakes territory"


def test_withdrawal_under_bombardment_is_not_a_peaceful_handover(nlp: Language) -> None:
    text = "Troops recaptured two villages from rebels who withdrew after days of heavy shelling."
    assert acled_of(nlp, text) == "Government regains territory"


def test_withdrawal_then_entry_without_fighting_is_a_handover(nlp: Language) -> None:
    text = "The rebels withdrew from the town and government forces advanced and entered it without fighting."
    assert acled_of(nlp, text) == "Non-violent transfer of territory"


def test_setting_up_an_armed_group_is_a_change_to_group(nlp: Language) -> None:
    text = "A new militia unit of the tribal forces has been set up in the northern province."
    assert acled_of(nlp, text) == "Change to group/activity"


def test_setting_up_a_base_is_a_base_established(nlp: Language) -> None:
    text = "Turkish troops set up a new observation post and a base near the town on Monday."
    assert acled_of(nlp, text) == "Headquarters or base established"


def test_fighting_in_a_relative_clause_is_background(nlp: Language) -> None:
    text = "The envoy welcomed the ceasefire in the two regions, where fighting has killed hundreds of people."
    assert acled_of(nlp, text) == "Agreement"


def test_cross_border_strike_by_rockets_is_shelling(nlp: Language) -> None:
    text = "Three rockets fired from across the border hit the town, the latest deadly cross-border strike."
    assert acled_of(nlp, text) == "Shelling/artillery/missile attack"


def test_killed_in_a_bare_strike_is_from_the_air(nlp: Language) -> None:
    assert acled_of(nlp, "Two militants were killed in a U.S. strike near the border.") == "Air/drone strike"


def test_rioters_burning_cars_are_the_violent_demonstration(nlp: Language) -> None:
    text = "Rioters torched two police cars as the protest against the new tax turned into a riot."
    assert acled_of(nlp, text) == "Violent demonstration"


def acled_of_trigger(nlp: Language, text: str, trigger: str) -> str | None:
    """The sub-type of the event whose trigger is ``trigger``."""
    found = [e for e in nlp(text)._.events or [] if e.trigger.text == trigger]
    assert found, f"no event on {trigger!r}"
    return found[0].acled


def test_an_arrest_that_is_the_grievance_stays_an_arrest(nlp: Language) -> None:
    text = "Thousands protested in the capital on Monday after police arrested an opposition leader."
    assert acled_of_trigger(nlp, text, "arrested") == "Arrests"
    assert acled_of_trigger(nlp, text, "protested") == "Peaceful protest"


def test_an_arrest_in_connection_with_protests_stays_an_arrest(nlp: Language) -> None:
    text = "Police arrested ten men in connection with the protests."
    assert acled_of(nlp, text) == "Arrests"


def test_an_arrest_before_a_protest_stays_an_arrest(nlp: Language) -> None:
    text = "Police arrested two union leaders ahead of a planned march in the capital."
    assert acled_of_trigger(nlp, text, "arrested") == "Arrests"


def test_protesters_arrested_at_a_rally_are_an_intervention(nlp: Language) -> None:
    text = "Police arrested twenty people at a rally outside the ministry on Friday."
    assert acled_of(nlp, text) == "Protest with intervention"


def test_a_killing_that_is_the_grievance_is_no_force_against_protesters(nlp: Language) -> None:
    text = "Police dispersed hundreds of people protesting over a teenager who was killed by a soldier."
    assert acled_of_trigger(nlp, text, "dispersed") == "Protest with intervention"
    assert acled_of_trigger(nlp, text, "killed") != "Excessive force against protesters"


def test_a_killing_in_another_clause_is_no_force_against_protesters(nlp: Language) -> None:
    # the soldiers' killing is no casualty of the dispersal: the rally stays an intervention (the bare
    # "killed" still takes the sentence's sub-type in events._same_incident, outside this rule)
    text = "Police used tear gas to break up a rally, while in the north gunmen killed five soldiers."
    assert acled_of_trigger(nlp, text, "rally") == "Protest with intervention"
    assert acled_of_trigger(nlp, text, "break up") == "Protest with intervention"


def test_protesters_killed_by_police_fire_are_excessive_force(nlp: Language) -> None:
    text = "Police opened fire on the protesters, killing three of them."
    assert acled_of(nlp, text) == "Excessive force against protesters"


def test_jets_destroying_launchers_stay_an_air_strike(nlp: Language) -> None:
    text = "Israeli jets destroyed rocket launchers in southern Lebanon."
    assert acled_of(nlp, text) == "Air/drone strike"


def test_a_seized_mine_is_no_weapon(nlp: Language) -> None:
    text = "Troops seized a coal mine held by rebels."
    assert acled_of(nlp, text) != "Disrupted weapons use"


def test_seized_phones_are_no_weapons(nlp: Language) -> None:
    text = "Police seized the mobile devices of three journalists."
    assert acled_of(nlp, text) != "Disrupted weapons use"


def test_seized_explosive_devices_are_weapons(nlp: Language) -> None:
    text = "Soldiers seized three explosive devices and a mortar in a raid on the village."
    assert acled_of(nlp, text) == "Disrupted weapons use"


def test_demonstrators_chasing_police_are_no_intervention(nlp: Language) -> None:
    text = "Demonstrators chased the police out of the square."
    assert acled_of(nlp, text) != "Protest with intervention"


def test_police_chasing_protesters_is_an_intervention(nlp: Language) -> None:
    text = "Police chased the protesters from the square."
    assert acled_of(nlp, text) == "Protest with intervention"


def test_a_detention_that_is_the_grievance_leaves_the_march_peaceful(nlp: Language) -> None:
    text = "Hundreds marched through the capital after police detained a student leader."
    assert acled_of_trigger(nlp, text, "marched") == "Peaceful protest"


def test_an_arrest_during_the_protesters_clashes_is_the_violent_demonstration(nlp: Language) -> None:
    text = "Two students were arrested during clashes at a protest against the fuel price rise."
    assert acled_of_trigger(nlp, text, "arrested") == "Violent demonstration"


def test_a_dispersal_that_injures_is_excessive_force(nlp: Language) -> None:
    text = "Police dispersed the march with batons, injuring dozens of people."
    assert acled_of_trigger(nlp, text, "dispersed") == "Excessive force against protesters"


def test_unrest_names_a_state_not_a_riot(nlp: Language) -> None:
    # "unrest" tells of a country's state, not of demonstrators' violence: no riot by itself
    assert acled_of(nlp, "Weeks of unrest have shaken the country.") != "Violent demonstration"
    text = "Police fired tear gas at students in the capital amid growing unrest over fuel prices."
    assert acled_of(nlp, text) == "Protest with intervention"


def test_a_nationality_noun_is_a_people_whatever_its_tag(nlp: Language) -> None:
    # a nationality noun with no plural "s" ("Chinese") is a people too: read from the parse, not the spelling
    text = "Hundreds of Chinese attacked a peaceful rally in the capital on Friday."
    assert acled_of(nlp, text) == "Mob violence"


def test_a_protest_takes_the_outcome_told_in_the_next_sentences(nlp: Language) -> None:
    text = (
        "Hundreds of teachers marched to the education ministry on Monday to demand higher pay. "
        "Later the police fired tear gas and arrested dozens of the marchers."
    )
    protests = [e for e in nlp(text)._.events if e.type == "PROTEST" and e.trigger.text == "marched"]
    assert protests and protests[0].acled == "Protest with intervention", protests
    # a second demonstration told in between keeps the first one's own outcome
    text = (
        "Hundreds of teachers marched to the education ministry on Monday. "
        "In another city, nurses held a rally outside a hospital. "
        "Police fired tear gas at the nurses."
    )
    first = [e for e in nlp(text)._.events if e.trigger.text == "marched"]
    assert first and first[0].acled == "Peaceful protest", first


def test_clashes_take_a_weapon_named_further_off(nlp: Language) -> None:
    # the trigger's own word is also a cue ("clashes"); it must not stop the sentence's weapon from counting
    text = "Two villagers died after the use of hand grenades by the police during the night clashes with rebels."
    assert acled_of(nlp, text) == "Grenade"


def test_clashes_without_a_weapon_stay_a_clash(nlp: Language) -> None:
    text = "Two villagers died after the police and the rebels fought fierce clashes during the night."
    assert acled_of(nlp, text) == "Armed clash"


def test_clashes_do_not_take_the_weapon_of_a_clause_about_something_else(nlp: Language) -> None:
    text = (
        "Troops entered the valley on Monday, clashing with rebels in an offensive that had been led by air"
        " strikes for weeks."
    )
    assert acled_of(nlp, text) == "Armed clash"


def test_aircraft_shot_down_is_the_target_not_the_weapon(nlp: Language) -> None:
    text = (
        "Police said rocket-propelled grenades were used to shoot down a police helicopter during clashes with gangs."
    )
    assert acled_of(nlp, text) == "Shelling/artillery/missile attack"


def test_missile_destroying_aircraft_is_a_missile_attack(nlp: Language) -> None:
    text = "A ballistic missile hit the air base on Sunday, destroying two fighter jets on the runway."
    assert acled_of(nlp, text) == "Shelling/artillery/missile attack"


def test_helicopter_that_fires_is_still_an_air_strike(nlp: Language) -> None:
    text = "An army helicopter fired rockets at a rebel camp in the hills on Monday."
    assert acled_of(nlp, text) == "Air/drone strike"


def test_the_offence_a_killing_punishes_is_not_its_weapon(nlp: Language) -> None:
    text = "The militia said it had executed two men for carrying out sexual assaults in the camp."
    assert acled_of(nlp, text) == "Attack"


def test_strike_on_those_accused_of_a_gas_attack_is_an_air_strike(nlp: Language) -> None:
    text = "Warplanes bombed rebel positions on Sunday, which the army accused of a chlorine attack on the town."
    assert acled_of(nlp, text) == "Air/drone strike"


def test_strike_in_retaliation_for_a_gas_attack_is_an_air_strike(nlp: Language) -> None:
    text = "Jets struck rebel bases on Monday in retaliation for a poison gas attack on the town the day before."
    assert acled_of(nlp, text) == "Air/drone strike"


def test_a_sexual_assault_itself_is_sexual_violence(nlp: Language) -> None:
    text = "Two soldiers sexually assaulted a woman at a checkpoint outside the town on Friday."
    assert acled_of(nlp, text) == "Sexual violence"


def test_a_place_taken_the_sentence_before_a_withdrawal_changed_hands_without_a_fight(nlp: Language) -> None:
    text = (
        "The militants took control of the border crossing on Thursday. They moved in after the withdrawal of"
        " government forces from the crossing, a monitor said."
    )
    assert acled_of(nlp, text) == "Non-violent transfer of territory"


def test_a_place_taken_with_fighting_after_a_withdrawal_was_taken_by_force(nlp: Language) -> None:
    text = (
        "The militants took control of the border crossing on Thursday after heavy fighting. They moved in after"
        " the withdrawal of government forces from the crossing, a monitor said."
    )
    assert acled_of(nlp, text) == "Non-state actor overtakes territory"


def test_a_withdrawal_told_with_a_handover_of_control_is_a_transfer(nlp: Language) -> None:
    text = "Foreign troops withdrew from the air base on Sunday. They handed control of the base to the national army."
    assert acled_of(nlp, text) == "Non-violent transfer of territory"


def test_a_withdrawal_alone_is_a_change_of_activity(nlp: Language) -> None:
    text = "Foreign troops withdrew from the air base on Sunday. The move was announced by the defence ministry."
    assert acled_of(nlp, text) == "Change to group/activity"


def test_a_raid_on_a_village_is_an_attack_not_a_capture(nlp: Language) -> None:
    text = "Armed bandits raided a village in the north on Sunday and attacked the farmers living there."
    assert acled_of(nlp, text) == "Attack"


def test_a_village_seized_is_a_territory_change(nlp: Language) -> None:
    text = "Armed rebels seized a village in the north on Sunday and raised their flag over the market."
    assert acled_of(nlp, text) == "Non-state actor overtakes territory"


def test_troopers_taking_rebel_camps_are_the_state(nlp: Language) -> None:
    text = "Troopers from the northern command captured two rebel camps in the mountains over the weekend."
    assert acled_of(nlp, text) == "Government regains territory"


def test_a_states_bombing_is_an_air_strike(nlp: Language) -> None:
    # the bare word "bombing" does not say how; a state's forces bomb from the air, armed groups plant bombs
    text = "Three guards were killed in an Israeli bombing of the camp on Monday."
    assert acled_of(nlp, text) == "Air/drone strike"
    text = "Three guards were killed when a bomb planted by militants exploded outside the camp."
    assert acled_of(nlp, text) == "Remote explosive/landmine/IED"


def test_the_bombing_as_doer_takes_the_means_reported_before(nlp: Language) -> None:
    text = (
        "A Turkish drone struck a convoy near the border on Sunday. "
        "The bombing also killed a local commander of the militia."
    )
    evs = [e for e in nlp(text)._.events or [] if e.type == "ASSAULT"]
    killed = next(e for e in evs if e.trigger.text == "killed")
    assert killed.acled == "Air/drone strike"


def test_another_attack_of_the_sentence_does_not_name_this_ones_kind(nlp: Language) -> None:
    # "battle" is a second (future) event of the same type; it does not make the embassy attack a clash
    text = "The man believed to be behind last week's attack on the embassy is now calling for a battle with the army."
    attack = next(e for e in nlp(text)._.events or [] if e.trigger.text == "attack")
    assert attack.acled == "Attack"
    # a trigger nested in the other's phrase still tells how it was fought
    assert acled_of(nlp, "Two soldiers were killed in clashes with the rebels near the dam.") == "Armed clash"


def test_pushing_back_attackers_with_no_ground_named_is_a_clash(nlp: Language) -> None:
    text = "The rebels advanced on the hill at dawn, but the army pushed them back."
    pushed = next(e for e in nlp(text)._.events or [] if e.trigger.text.startswith("pushed"))
    assert pushed.acled == "Armed clash"
    text = "The militants were pushed back from their strongholds in the south of the province."
    assert acled_of(nlp, text) == "Government regains territory"
