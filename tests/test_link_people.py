"""A named person attacked in two articles is strong evidence of one incident, even without dates."""

from __future__ import annotations

from eventwire.link import Report, link_score
from eventwire.records import ActorRef, Event, TextSpan


def killing(victim: str, kind: str | None, date: str | None = None, actor: str | None = None) -> Event:
    text = f"X killed {victim}"
    return Event(
        id=f"e-{victim}-{date}", type="ASSAULT", trigger=TextSpan("killed", 2, 8),
        sentence=TextSpan(text, 0, len(text)),
        actor=[ActorRef("X", 0, 1, actor)] if actor else [],
        recipient=[ActorRef(victim, 9, 9 + len(victim), victim.lower().replace(" ", "-"), "IRQ", "PRM", kind)],
        date=date,
    )  # fmt: skip


def test_same_named_victim_links_without_dates() -> None:
    a = Report(killing("Omar Haddad", "person"), "d1", "2022-03-01")
    b = Report(killing("Omar Haddad", "person", actor="usa-mil"), "d2", "2022-03-20")
    assert link_score(a, b) >= 2.0


def test_a_shared_group_recipient_alone_is_not_enough() -> None:
    a = Report(killing("Northern Brigade", "organization"), "d1", "2022-03-01")
    b = Report(killing("Northern Brigade", "organization"), "d2", "2022-03-20")
    assert link_score(a, b) < 2.0


def test_same_victim_on_other_dates_stays_apart() -> None:
    a = Report(killing("Omar Haddad", "person", "2022-02-27"), "d1", "2022-03-01")
    b = Report(killing("Omar Haddad", "person", "2022-03-18"), "d2", "2022-03-20")
    assert link_score(a, b) == 0.0
