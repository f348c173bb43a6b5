"""The gazetteer's folding rules and index (the index is built once into the user cache)."""

from __future__ import annotations

import pytest

from eventwire.gazetteer import Gazetteer, _state_centre, fold, plain


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mosul", "mosul"),  # case
        ("Qāmishlī", "Qamishli"),  # diacritics
        ("Ma'arrat", "Maarrat"),  # apostrophes
        ("al-Qaim", "Qaim"),  # article prefix
        ("El Fasher", "Fasher"),
        ("ad-Dawr", "Dawr"),
        ("as-Safira", "Safira"),
        ("Deir ez-Zor", "Deir Zor"),  # article inside a name
        ("Boukamal", "Bukamal"),  # ou -> u
        ("Mayadeen", "Mayadin"),  # ee -> i
        ("Tall Afar", "Tal Afar"),  # doubled letters
        ("Boukamal", "Abu Kamal"),  # Abu / Bu
        ("Albu Kamal", "Abu Kamal"),
        ("Irbil", "Erbil"),  # leading e/i
        ("St. Louis", "Saint Louis"),
    ],
)
def test_fold_equates_transliterations(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_fold_keeps_different_names_apart() -> None:
    assert fold("Alexandria") != fold("Exandria")  # "Al" inside a word is not an article
    assert fold("Paris") != fold("Parma")
    assert plain("Qāmishlī") == "qamishli"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer()


@pytest.mark.parametrize(
    ("name", "feature", "country"),
    [("Iraq", "PCLI", "IRQ"), ("Texas", "ADM1", "USA"), ("Baghdad", "PPLC", "IRQ"), ("U.S.", "PCLI", "USA")],
)
def test_lookup_finds_kinds_of_places(gaz: Gazetteer, name: str, feature: str, country: str) -> None:
    assert any(p.feature == feature and p.country == country for p, _ in gaz.lookup(name))


def test_lookup_through_folding(gaz: Gazetteer) -> None:
    assert any(p.country == "SYR" and p.population > 10_000 for p, _ in gaz.lookup("Boukamal"))
    assert any(p.country == "IRQ" and p.population > 1_000_000 for p, _ in gaz.lookup("Irbil"))


def test_small_places_and_counties_are_indexed(gaz: Gazetteer) -> None:
    assert any(p.feature == "ADM2" and p.country == "USA" for p, _ in gaz.lookup("Kern County"))
    assert gaz.country("SYR") is not None


def test_countries_have_their_reference_point_not_a_city_average(gaz: Gazetteer) -> None:
    russia = gaz.country("RUS")
    assert russia is not None and (round(russia.lat), round(russia.lon)) == (60, 100)


def test_us_states_have_their_reference_centre_not_a_city_midpoint(gaz: Gazetteer) -> None:
    """Florida's cities span the panhandle, Alaska's the Aleutians: the midpoint of their range lies far from
    the middle of the state (west of Florida's peninsula, south of Alaska's interior)."""
    florida = next(p for p, _ in gaz.lookup("Florida") if p.feature == "ADM1" and p.country == "USA")
    alaska = next(p for p, _ in gaz.lookup("Alaska") if p.feature == "ADM1" and p.country == "USA")
    assert -82.5 < florida.lon < -80.5 and 27.0 < florida.lat < 29.0
    assert 63.0 < alaska.lat < 65.5
    new_york = next(p for p, _ in gaz.lookup("New York") if p.feature == "ADM1" and p.country == "USA")
    assert new_york.lat > 41.5  # the source's point for the state is the city's: the state keeps its own


def test_a_state_point_on_a_big_city_is_no_centre() -> None:
    assert _state_centre((40.0, -75.0), [(40.01, -75.01)]) is None
    assert _state_centre((40.0, -75.0), [(41.0, -75.0)]) == (40.0, -75.0)
    assert _state_centre(None, []) is None


def test_provinces_are_indexed_with_and_without_their_kind_word(gaz: Gazetteer) -> None:
    assert any(p.feature == "ADM1" and p.country == "SYR" for p, _ in gaz.lookup("Idlib"))
    assert any(p.feature == "ADM1" and p.country == "AFG" for p, _ in gaz.lookup("Kunduz"))
    assert any(p.feature == "ADM1" and p.country == "AFG" for p, _ in gaz.lookup("Kunduz Province"))


def test_state_abbreviations_need_their_dots(gaz: Gazetteer) -> None:
    assert [p.name for p, _ in gaz.lookup("Ill.")] == ["Illinois"]
    assert all(p.name != "Illinois" for p, _ in gaz.lookup("Ill"))


def test_canadian_and_australian_abbreviations_name_their_province_or_state(gaz: Gazetteer) -> None:
    assert [(p.name, p.country) for p, _ in gaz.lookup("N.B.")] == [("New Brunswick", "CAN")]
    assert [(p.name, p.country) for p, _ in gaz.lookup("Ont.")] == [("Ontario", "CAN")]
    assert [(p.name, p.country) for p, _ in gaz.lookup("NSW")] == [("New South Wales", "AUS")]
    assert all(p.name != "Manitoba" for p, _ in gaz.lookup("Man"))  # without its dot a word, not the province


def test_big_us_cities_short_forms_name_the_city_written_exactly_so(gaz: Gazetteer) -> None:
    assert [(p.name, p.admin1) for p, _ in gaz.lookup("L.A.")] == [("Los Angeles", "CA")]
    assert [(p.name, p.admin1) for p, _ in gaz.lookup("Phila.")] == [("Philadelphia", "PA")]


def test_landmarks_are_indexed_by_their_own_names(gaz: Gazetteer) -> None:
    from eventwire.gazetteer import LANDMARK_FEATURES

    assert any(p.feature in LANDMARK_FEATURES and p.country == "GBR" for p, _ in gaz.lookup("Heathrow"))
    assert any(p.feature in LANDMARK_FEATURES and p.country == "USA" for p, _ in gaz.lookup("Pearl Harbor"))


def test_us_counties_have_their_own_points_and_towns_know_their_county(gaz: Gazetteer) -> None:
    from eventwire.stages.geo.resolve import haversine_km

    henry_tn = next(p for p, _ in gaz.lookup("Henry County") if p.admin1 == "TN")
    paris_tn = next(p for p, _ in gaz.lookup("Paris") if p.admin1 == "TN" and p.feature == "PPL")
    assert haversine_km(henry_tn.lat, henry_tn.lon, paris_tn.lat, paris_tn.lon) < 30  # its seat, not mid-state
    assert paris_tn.admin2 == henry_tn.admin2
    dekalb = {p.admin2 for p, _ in gaz.lookup("DeKalb County") if p.admin1 == "GA"}
    assert dekalb == {p.admin2 for p, _ in gaz.lookup("Dekalb County") if p.admin1 == "GA"} and len(dekalb) == 1


def test_towns_known_only_from_zip_codes_are_localities_spelled_exactly(gaz: Gazetteer) -> None:
    harwinton = [p for p, _ in gaz.lookup("Harwinton") if p.country == "USA"]
    assert [(p.feature, p.admin1, p.population) for p in harwinton] == [("PPLL", "CT", 0)]
    assert harwinton[0].admin2 and harwinton[0].admin2.startswith("CT:")
    assert not [p for p, _ in gaz.lookup("Harwington") if p.feature == "PPLL"]  # no folding for them
    assert not gaz.lookup("East Texas")  # a locality named like a part of a state is left out
    paris = [p for p, _ in gaz.lookup("Paris") if p.country == "USA" and p.name == "Paris"]
    geonames = {p.admin1 for p in paris if p.feature == "PPL"}
    assert "TX" in geonames and not geonames & {p.admin1 for p in paris if p.feature == "PPLL"}  # no repeats


def test_regions_and_waters_of_the_lexicon_are_indexed(gaz: Gazetteer) -> None:
    assert any(p.feature == "RGN" and p.country == "GEO" for p, _ in gaz.lookup("South Ossetia"))
    assert any(p.feature == "LK" for p, _ in gaz.lookup("Lake Ontario"))
    assert any(p.feature == "GULF" for p, _ in gaz.lookup("Gulf of Mexico"))
    assert any(p.feature == "STM" and p.country == "USA" for p, _ in gaz.lookup("Mississippi River"))


def test_provinces_of_other_countries_carry_the_admin1_code_of_their_cities(gaz: Gazetteer) -> None:
    def province(name: str, country: str) -> str | None:
        return next(c.admin1 for c, _ in gaz.lookup(name) if c.feature == "ADM1" and c.country == country)

    def city(name: str, country: str) -> str | None:
        return max((c for c, _ in gaz.lookup(name) if c.country == country), key=lambda c: c.population).admin1

    assert province("Ontario", "CAN") == city("Toronto", "CAN")
    assert province("Quebec", "CAN") == city("Montreal", "CAN")  # its point lies far north of its towns
    assert province("New Brunswick", "CAN") == city("Moncton", "CAN")
    assert province("Queensland", "AUS") == city("Brisbane", "AUS")
    assert province("Scotland", "GBR") == city("Glasgow", "GBR")


def test_admin1_codes_pair_the_closest_first_and_skip_finer_lists() -> None:
    from eventwire.gazetteer import _admin1_codes

    def unit(pid: int, lat: float, lon: float, cc: str = "XX") -> dict:
        return {"id": pid, "country_code": cc, "latitude": str(lat), "longitude": str(lon)}

    # The wide north province's point (1) lies nearer the east code's towns than the west code's: taken one
    # by one, both provinces would take the east code; the closest pair (2 and the east code) goes first.
    provinces = [unit(1, 50.0, -64.0), unit(2, 46.5, -66.0)]
    cities = {"XX": [(45.5, -73.6, "10"), (46.8, -71.2, "10"), (46.1, -64.8, "04"), (45.3, -66.1, "04")]}
    assert _admin1_codes(provinces, cities) == {1: "10", 2: "04"}
    finer = [unit(k, 40.0 + k, 2.0, "YY") for k in range(5)]  # five units for two codes: left uncoded
    assert _admin1_codes(finer, {"YY": [(41.0, 2.0, "A"), (44.0, 2.0, "B")]}) == {}
