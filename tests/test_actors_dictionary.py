"""The actor dictionary without the model: folding rules, TSV/CAMEO reading, user overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.actor_dictionary import (
    ENV_VAR,
    fold,
    import_cameo,
    load_dictionary,
    read_cameo,
    read_tsv,
)

CAMEO = Path(__file__).parent / "fixtures" / "cameo" / "actors.txt"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Qasem Soleimani", "Qassem Soleimani"),  # doubled consonants
        ("Kata'ib Hezbollah", "Kataib Hezbollah"),  # apostrophes
        ("Kata’ib Hezbollah", "Kata'ib Hezbollah"),  # curly apostrophe
        ("Abu Mahdi al-Muhandis", "Abu Mahdi al-Mohandes"),  # o/u, e/i
        ("Al-Walae", "al-Walae"),  # the article, any case
        ("Abu Mahdi al-Muhandis", "Abu Mahdi Muhandis"),  # without the article
        ("Mousa", "Musa"),  # ou/u
        ("the Pentagon", "Pentagon"),
    ],
)
def test_fold_meets_transliterations(a: str, b: str) -> None:
    assert fold(a) == fold(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Islamic State", "Islamic Jihad"), ("Hezbollah", "Kataib Hezbollah"), ("US", "U"), ("ICC", "EC")],
)
def test_fold_keeps_different_names_apart(a: str, b: str) -> None:
    assert fold(a) != fold(b)


def test_builtin_dictionary_has_states_groups_and_persons() -> None:
    d = load_dictionary()
    assert d.lookup("U.S.").id == "usa"  # type: ignore[union-attr]
    assert d.lookup("Britain").country == "GBR"  # type: ignore[union-attr]
    assert d.country_of_word("Iraqi") == "IRQ"
    assert d.capitals["tihran"] == "IRN"
    assert d.lookup("Hashd al-Shaabi").id == "irq-pmf"  # type: ignore[union-attr]
    assert d.lookup("Ansar Allah").id == "houthis"  # type: ignore[union-attr]
    assert d.lookup("Daesh").id == "isis"  # type: ignore[union-attr]
    assert d.lookup("Islamic Jihad").id == "palestinian-islamic-jihad"  # type: ignore[union-attr]
    person = d.lookup("Qassim Suleimani")
    assert person is not None and (person.country, person.sector) == ("IRN", "MIL")
    assert ("commander", "quds-force") in person.roles
    assert d.surname("Khazali").id == "qais-al-khazali"  # type: ignore[union-attr]


def test_every_tsv_row_is_well_formed() -> None:
    from eventwire.actor_dictionary import ACTORS_TSV, KINDS

    rows = read_tsv(ACTORS_TSV)
    ids = {r.id for r in rows}
    assert len(ids) == len(rows), "duplicate ids"
    d = load_dictionary()
    for r in rows:
        assert r.kind in KINDS and r.name
        assert r.country and (len(r.country) == 3), r.id
        if r.part_of:
            assert r.part_of in ids, r.id
        for _, of in r.roles:
            assert of is None or of in d.entries, (r.id, of)


def test_read_cameo_takes_the_current_code_and_synonyms() -> None:
    entries = {e.name: e for e in read_cameo(CAMEO)}
    najjar = entries["Karim Al-najjar"]
    assert (najjar.country, najjar.sector) == ("IRQ", "GOV")  # the open-ended range is current
    assert "Kareem Najjar" in najjar.aliases
    assert (entries["Salma Haddad"].country, entries["Salma Haddad"].sector) == ("LBN", "MED")
    front = entries["Orange Valley Front"]
    assert (front.country, front.sector, front.aliases) == ("SYR", "REB", ["Ovf"])


def test_import_cameo_writes_a_loadable_tsv(tmp_path: Path) -> None:
    out = tmp_path / "imported.tsv"
    assert import_cameo(CAMEO, out) == 3
    rows = {r.name: r for r in read_tsv(out)}
    assert rows["Salma Haddad"].aliases == ["Salma Al-haddad"]


def test_user_file_overrides_and_adds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    user = tmp_path / "mine.tsv"
    user.write_text(
        "id\tname\tkind\tcountry\tsector\taliases\tpart_of\troles\tnotes\n"
        "hamas\tHamas\torganization\tPSE\tGOV\tHarakat Hamas\t\t\tcoded as governing Gaza\n"
        "river-brigade\tRiver Brigade\torganization\tIRQ\tPRM\tLiwa al-Nahr\t\t\t\n",
        encoding="utf-8",
    )
    monkeypatch.setenv(ENV_VAR, str(user))
    d = load_dictionary()
    assert d.lookup("Hamas").sector == "GOV"  # type: ignore[union-attr]
    assert d.lookup("Harakat Hamas").id == "hamas"  # type: ignore[union-attr]
    assert d.lookup("Liwa al Nahr").id == "river-brigade"  # type: ignore[union-attr]
    monkeypatch.delenv(ENV_VAR)
    assert load_dictionary().lookup("Hamas").sector == "REB"  # type: ignore[union-attr]


def test_cameo_file_can_be_a_user_dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(CAMEO))
    assert load_dictionary().lookup("Kareem Najjar").country == "IRQ"  # type: ignore[union-attr]
