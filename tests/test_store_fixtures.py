"""Invented document records for the store, link and export tests (no model needed).

The articles are written for these tests: two outlets retell one shelling, a second shelling by the same
group a month later, one elsewhere, a protest, and copies of the first article (truncated, reworded).
"""

from __future__ import annotations

from eventwire.records import ActorRef, Document, Entity, Event, Mention, Place, Quote, Speaker, TextSpan, Time

RIVERTON = (48.50, 35.00)
HILLBROOK = (48.70, 35.20)  # about 27 km from Riverton
PORT_ASH = (44.60, 33.50)  # about 450 km from Riverton

ARTICLE_A = (
    "Northern Front fighters shelled the central market of Riverton on Friday, killing four civilians and "
    "wounding eleven others, the regional governor said. The governor said the shells struck shortly after "
    "dawn while traders were setting up their stalls. Residents described a series of loud explosions and "
    "thick smoke rising above the old town. Emergency crews worked through the morning to clear the rubble. "
    "The Northern Front has not commented on the attack. Regional officials promised to rebuild the market "
    "and to compensate the families of the victims before the end of the month."
)
ARTICLE_B = (
    "Four people were killed when the Northern Front shelled a busy market in Riverton last week, according "
    "to local officials. Witnesses said rounds landed near the fish stalls in the early morning. The "
    "attack drew condemnation from aid groups, who called for an end to strikes on populated areas. "
    "Hospitals in the city reported treating several wounded, some of them children."
)
ARTICLE_C = (
    "Northern Front fighters shelled Riverton again on Sunday, damaging a school and a water station, "
    "the mayor said. No casualties were reported. The city has been hit repeatedly since the spring. "
    "Teachers moved lessons online while engineers inspected the damaged buildings."
)
ARTICLE_D = (
    "Northern Front units shelled the harbour of Port Ash on Friday, setting fire to two fishing boats, "
    "the coast guard said. Firefighters brought the blaze under control by the afternoon. Harbour workers "
    "said it was the first attack on the port in several months."
)
ARTICLE_E = (
    "Hundreds of teachers marched through Hillbrook on Tuesday to demand higher wages, blocking the main "
    "square for several hours. The union said the protest would continue until the ministry agreed to talks. "
    "Police watched from a distance and no arrests were reported."
)


def span(text: str, needle: str, start_at: int = 0) -> TextSpan:
    i = text.index(needle, start_at)
    return TextSpan(needle, i, i + len(needle))


def sentence_of(text: str, needle: str) -> TextSpan:
    i = text.index(needle)
    s = text.rfind(". ", 0, i)
    s = 0 if s < 0 else s + 2
    e = text.find(". ", i)
    e = len(text) if e < 0 else e + 1
    return TextSpan(text[s:e], s, e)


def actor(text: str, needle: str, entity: str | None, country: str | None, sector: str | None) -> ActorRef:
    sp = span(text, needle)
    return ActorRef(needle, sp.start, sp.end, entity, country, sector)


def place(text: str, needle: str, name: str, point: tuple[float, float] | None, country: str = "RVL") -> Place:
    sp = span(text, needle)
    lat, lon = point if point else (None, None)
    return Place(sp.start, sp.end, needle, name, 1000 + len(name), lat, lon, country, "PPL")


def make_doc(doc_id: str, text: str, published: str, events: list[Event], source: str = "outlet.example",
             title: str | None = None) -> Document:  # fmt: skip
    mentions = []
    entities = []
    if "Northern Front" in text:
        sp = span(text, "Northern Front")
        mentions.append(Mention(sp.start, sp.end, sp.text, "ORG", "northern-front"))
        entities.append(Entity("northern-front", "Northern Front", "organization", "RVL", "REB", ["the Front"]))
    places = [ev.place for ev in events if ev.place]
    times = []
    for word in ("Friday", "Sunday", "Tuesday", "last week"):
        if word in text:
            sp = span(text, word)
            times.append(Time(sp.start, sp.end, word, "DATE", None))
    quotes = []
    if "the regional governor said" in text:
        q = sentence_of(text, "shelled")
        cue = span(text, "said")
        spk = span(text, "the regional governor")
        quotes.append(Quote(q.start, q.end, q.text, "indirect", Speaker(spk.text, spk.start, spk.end, None), cue))
    return Document(
        id=doc_id, text=text, source=source, title=title or text.split(",")[0], published=published,
        published_from="metadata", mentions=mentions, entities=entities, places=places, times=times,
        quotes=quotes, events=events,
    )  # fmt: skip


Where = tuple[str, str, tuple[float, float] | None]  # words in the text, gazetteer name, coordinates


def shelling(doc_id: str, text: str, n: int, trigger: str, date: str | None, where: Where,
             fatalities: int | None = None, recipient: ActorRef | None = None, status: str = "occurred",
             confidence: float = 0.8) -> Event:  # fmt: skip
    return Event(
        id=f"{doc_id}:e{n}", type="ASSAULT", mode="artillery", acled="Shelling/artillery/missile attack",
        trigger=span(text, trigger), sentence=sentence_of(text, trigger), status=status,
        actor=[actor(text, "Northern Front", "northern-front", "RVL", "REB")],
        recipient=[recipient] if recipient else [], date=date, date_text=None,
        place=place(text, where[0], where[1], where[2]), fatalities=fatalities, confidence=confidence,
    )  # fmt: skip


def doc_a() -> Document:
    t = ARTICLE_A
    civ = actor(t, "civilians", None, "RVL", "CVL")
    return make_doc("doc-a", t, "2024-03-16", [
        shelling("doc-a", t, 0, "shelled", "2024-03-15", ("Riverton", "Riverton", RIVERTON), 4, civ, confidence=0.9),
    ], source="Riverton Herald", title="Market shelled in Riverton")  # fmt: skip


def doc_b() -> Document:
    t = ARTICLE_B
    civ = actor(t, "people", None, "RVL", "CVL")
    return make_doc("doc-b", t, "2024-03-20", [
        shelling("doc-b", t, 0, "shelled", "2024-W11", ("Riverton", "Riverton", RIVERTON), 4, civ, confidence=0.7),
    ], source="Wire Service", title="Four killed in Riverton market attack")  # fmt: skip


def doc_c() -> Document:
    t = ARTICLE_C
    return make_doc("doc-c", t, "2024-04-15", [
        shelling("doc-c", t, 0, "shelled", "2024-04-14", ("Riverton", "Riverton", RIVERTON), None),
    ], source="Riverton Herald", title="School hit in Riverton")  # fmt: skip


def doc_d() -> Document:
    t = ARTICLE_D
    return make_doc("doc-d", t, "2024-03-16", [
        shelling("doc-d", t, 0, "shelled", "2024-03-15", ("Port Ash", "Port Ash", PORT_ASH), None),
    ], source="Coast News", title="Harbour shelled")  # fmt: skip


def doc_e() -> Document:
    t = ARTICLE_E
    ev = Event(
        id="doc-e:e0", type="PROTEST", mode="demonstrate", acled="Peaceful protest", trigger=span(t, "marched"),
        sentence=sentence_of(t, "marched"), actor=[actor(t, "teachers", None, "RVL", "EDU")], date="2024-03-12",
        place=place(t, "Hillbrook", "Hillbrook", HILLBROOK), confidence=0.6,
    )  # fmt: skip
    return make_doc("doc-e", t, "2024-03-13", [ev], source="Hillbrook Daily", title="Teachers march")


def truncated_copy() -> Document:
    """The first three sentences of article A, republished by an aggregator under its own id."""
    cut = ARTICLE_A.index("Emergency crews")
    text = ARTICLE_A[:cut].rstrip()
    civ = actor(text, "civilians", None, "RVL", "CVL")
    ev = shelling("copy-trunc", text, 0, "shelled", "2024-03-15", ("Riverton", "Riverton", RIVERTON), 4, civ)
    return make_doc("copy-trunc", text, "2024-03-16", [ev], source="Aggregator", title="Market shelled")


def spun_copy() -> Document:
    """Article A with a few words swapped, as content farms do."""
    text = (ARTICLE_A.replace("killing", "leaving").replace("four civilians", "four civilians dead")
            .replace("loud", "deafening").replace("thick", "dense").replace("promised", "pledged"))  # fmt: skip
    civ = actor(text, "civilians", None, "RVL", "CVL")
    ev = shelling("copy-spun", text, 0, "shelled", "2024-03-15", ("Riverton", "Riverton", RIVERTON), 4, civ)
    return make_doc("copy-spun", text, "2024-03-17", [ev], source="Content Farm", title="Riverton market hit")


def corpus() -> list[Document]:
    return [doc_a(), doc_b(), doc_c(), doc_d(), doc_e()]
