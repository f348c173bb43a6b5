"""Junk cleaning of scraped plain text: every kind of junk goes to ``removed``, no real sentence is lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.read.clean import clean_text, dateline, find_dates

SENTENCE_A = "Rebels fired mortars at an army post on Monday, killing two soldiers, officials said."
SENTENCE_B = "The governor said schools in the district would stay closed until further notice."


def kinds(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in clean_text(text).removed:
        out.setdefault(r.kind, []).append(r.text)
    return out


@pytest.mark.parametrize(
    "line", ["By Jane Doe", "By Jane Doe and John Roe", "Jane Doe Ottawa Bureau Chief", "Staff Writer",
             "Tom Price Senior Correspondent"],
)  # fmt: skip
def test_bylines_near_the_top_are_removed(line: str) -> None:
    cleaned = clean_text(f"{line}\n\n{SENTENCE_A}\n\n{SENTENCE_B}")
    assert [(r.kind, r.text) for r in cleaned.removed] == [("byline", line)]
    assert cleaned.text == f"{SENTENCE_A}\n\n{SENTENCE_B}"


def test_a_sentence_starting_with_by_is_kept() -> None:
    text = f"By the time police arrived, the attackers had fled.\n\n{SENTENCE_A}"
    assert clean_text(text).text == text


def test_wire_credit_line_is_a_byline() -> None:
    assert kinds(f"{SENTENCE_A}\n\n(Reporting by Ann Lee in Kabul; Editing by Bo Kim)") == {
        "byline": ["(Reporting by Ann Lee in Kabul; Editing by Bo Kim)"]
    }


WIDGETS = ["Font Size:", "Share this:", "Print", "Click to share on Facebook (Opens in new window)", "Advertisement"]


@pytest.mark.parametrize("line", WIDGETS)
def test_widget_lines_are_boilerplate(line: str) -> None:
    cleaned = clean_text(f"{SENTENCE_A}\n\n{line}\n\n{SENTENCE_B}")
    assert [(r.kind, r.text) for r in cleaned.removed] == [("boilerplate", line)]
    assert cleaned.text == f"{SENTENCE_A}\n\n{SENTENCE_B}"


@pytest.mark.parametrize(
    "caption",
    [
        "Police stand guard outside the ministry in Kabul, Afghanistan May 2, 2022. REUTERS/Ali Khan",
        "Smoke rises over the city (Northern News Agency)/Lee Ray via REUTERS",
        "Soldiers patrol a street in Goma. AFP via Getty Images",
        "Mourners gather at the cemetery on Friday. (AP Photo/Rui Costa)",
        "Photo: A damaged bridge near the front line.",
    ],
)
def test_captions_with_agency_credits_are_removed(caption: str) -> None:
    cleaned = clean_text(f"{SENTENCE_A}\n\n{caption}\n\n{SENTENCE_B}")
    assert [(r.kind, r.text) for r in cleaned.removed] == [("caption", caption)]
    assert cleaned.text == f"{SENTENCE_A}\n\n{SENTENCE_B}"


def test_a_sentence_naming_reuters_is_kept() -> None:
    text = f"{SENTENCE_A}\n\nTwo witnesses told Reuters that the shooting lasted an hour."
    assert clean_text(text).text == text


def test_inline_related_link_goes_and_the_sentence_stays() -> None:
    cleaned = clean_text(f"{SENTENCE_A} (RELATED: Army Says Post Was Rebuilt Last Year)\n\n{SENTENCE_B}")
    assert cleaned.text == f"{SENTENCE_A}\n\n{SENTENCE_B}"
    assert [(r.kind, r.text) for r in cleaned.removed] == [
        ("related", "(RELATED: Army Says Post Was Rebuilt Last Year)")
    ]


def test_related_line_is_removed() -> None:
    assert kinds(f"{SENTENCE_A}\n\nREAD MORE: Army Post Attacked Again\n\n{SENTENCE_B}") == {
        "related": ["READ MORE: Army Post Attacked Again"]
    }


def test_comment_forms_are_removed() -> None:
    form = ["Leave a Reply", "Your email address will not be published. Required fields are marked *",
            "Save my name, email, and website in this browser for the next time I comment."]  # fmt: skip
    cleaned = clean_text("\n\n".join([SENTENCE_A, SENTENCE_B, *form]))
    assert [r.kind for r in cleaned.removed] == ["comments"] * 3
    assert cleaned.text == f"{SENTENCE_A}\n\n{SENTENCE_B}"


def test_copy_protection_lines_are_boilerplate() -> None:
    got = kinds(f"{SENTENCE_A}\n\nerror: Content is protected !!\n\nCopyright 2024 Example Press. All rights reserved.")
    assert got == {
        "boilerplate": ["error: Content is protected !!", "Copyright 2024 Example Press. All rights reserved."]
    }


def test_a_long_sentence_about_copyright_is_kept() -> None:
    text = (f"{SENTENCE_A}\n\nCopyright lawyers said the new media law, which all rights groups oppose, would let the "
            "ministry close newspapers without a court order and jail editors for up to five years.")  # fmt: skip
    assert clean_text(text).text == text


@pytest.mark.parametrize(
    ("head", "place", "date"),
    [
        ("BAGHDAD —", "Baghdad", None),
        ("KABUL, Afghanistan (AP) —", "Kabul, Afghanistan", None),
        ("WASHINGTON (Reuters) -", "Washington", None),
        ("AL-QAIM, Iraq –", "Al-Qaim, Iraq", None),
        ("ADEN, Yemen, March 3, 2022 (Reuters) -", "Aden, Yemen", "2022-03-03"),
        ("Mosul, Iraq (AFP) —", "Mosul, Iraq", None),
    ],
)
def test_datelines_are_removed_and_give_the_place(head: str, place: str, date: str | None) -> None:
    cleaned = clean_text(f"{head} {SENTENCE_A}\n\n{SENTENCE_B}")
    assert cleaned.text == f"{SENTENCE_A}\n\n{SENTENCE_B}"
    assert [(r.kind, r.text) for r in cleaned.removed] == [("dateline", head)]
    assert cleaned.place_hint == place
    assert cleaned.dated == ([date] if date else [])


@pytest.mark.parametrize(
    "paragraph",
    ["NATO-led forces withdrew from the base on Monday, a spokesperson said.",
     "US - Iran talks resumed in Vienna on Monday, diplomats said.",
     "Iraq — a country of 40 million people — holds elections on Sunday."],
)  # fmt: skip
def test_no_dateline_where_there_is_none(paragraph: str) -> None:
    cleaned = clean_text(paragraph)
    assert cleaned.text == paragraph
    assert cleaned.place_hint is None


def test_dateline_only_at_the_start_of_the_body() -> None:
    text = f"{SENTENCE_A}\n\nBAGHDAD — {SENTENCE_B}"
    assert clean_text(text).text == text


def test_holes_collapse_and_paragraphs_stay_apart() -> None:
    cleaned = clean_text(f"\n\nBy Ann Lee\nFont Size:\n\n\n{SENTENCE_A}\n\n\nShare this:\n\n\n\n{SENTENCE_B}\n\n")
    assert cleaned.text == f"{SENTENCE_A}\n\n{SENTENCE_B}"


def test_find_dates_reads_common_forms() -> None:
    assert find_dates("in Tehran, Iran January 3, 2020. and 5 Feb 2021, or 2019-12-29") == [
        "2020-01-03", "2021-02-05", "2019-12-29"]  # fmt: skip


def test_dateline_function_rejects_short_rest() -> None:
    assert dateline("BAGHDAD — Iraq") is None


BANNED = ("REUTERS", "Font Size", "RELATED:", "Leave a Reply", "protected", "email address", "Bureau Chief")


def test_samples_lose_their_junk_and_keep_their_sentences(samples: list[Path]) -> None:
    for path in samples:
        raw = path.read_text(encoding="utf-8")
        body = "\n".join(raw.strip().splitlines()[1:])
        cleaned = clean_text(body)
        removed = " ".join(r.text for r in cleaned.removed)
        for line in cleaned.text.split("\n\n"):
            assert not any(word in line for word in BANNED), line
        for line in body.splitlines():
            if any(word in line for word in BANNED):
                if "(RELATED:" in line:  # inline link: the parenthesis goes, the sentence stays
                    assert line.split("(RELATED:")[0].strip() in cleaned.text
                else:
                    assert line.strip() in removed
        # every line of the input is either kept (maybe minus a link or dateline) or reported as removed
        for line in (ln.strip() for ln in body.splitlines()):
            if line:
                assert line in removed or line.split(" (RELATED:")[0][-40:] in cleaned.text
    bodies = ["\n".join(p.read_text(encoding="utf-8").strip().splitlines()[1:]) for p in samples]
    results = [clean_text(body) for body in bodies]
    kinds_seen = {r.kind for c in results for r in c.removed}
    assert {"byline", "caption", "related", "boilerplate", "comments", "dateline"} <= kinds_seen
    for c in results:
        dated = [r for r in c.removed if r.kind == "dateline"]
        assert bool(dated) == bool(c.place_hint)
        assert all(r.text not in c.text[:40] for r in dated)


def test_dateline_with_date_but_no_year_and_extra_spaces() -> None:
    cleaned = clean_text(f"SANAA, Yemen, April 10 (Reuters) -  {SENTENCE_A}")
    assert (cleaned.text, cleaned.place_hint, cleaned.dated) == (SENTENCE_A, "Sanaa, Yemen", [])
    assert clean_text(f"NEW DELHI, India —  {SENTENCE_A}").place_hint == "New Delhi, India"
