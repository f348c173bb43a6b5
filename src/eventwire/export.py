"""Exports of stored events: JSONL, CSV, Parquet, GeoJSON, and ACLED- and GDELT-style tables.

``export(store, format, out, **filters)`` takes the filters of :meth:`Store.events`. ``jsonl``, ``csv``,
``parquet`` and ``geojson`` write one row per event (copies of near-duplicate articles are left out, as in
every count); ``acled`` and ``gdelt`` write one row per incident, the way those datasets count events, with
the number of reports, articles and sources behind it. Columns are documented in ``docs/schema.md``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any

from .link import period
from .store import Store

FORMATS = ("jsonl", "csv", "parquet", "geojson", "acled", "gdelt")

# ---------------------------------------------------------------------------------------------------------
# One flat row per event (csv, parquet, geojson properties)

FLAT_COLUMNS: tuple[str, ...] = (
    "id", "incident", "document_id", "document_title", "published", "source", "url",
    "type", "mode", "context", "acled", "status", "date", "date_text", "date_shift",
    "actor", "actor_entity", "actor_country", "actor_sector",
    "recipient", "recipient_entity", "recipient_country", "recipient_sector",
    "place", "place_country", "latitude", "longitude", "geonameid",
    "fatalities", "injured", "trigger", "trigger_start", "trigger_end",
    "sentence", "sentence_start", "sentence_end", "reported_by", "confidence",
)  # fmt: skip
_INT_COLUMNS = {"geonameid", "fatalities", "injured", "trigger_start", "trigger_end", "sentence_start", "sentence_end"}
_FLOAT_COLUMNS = {"latitude", "longitude", "confidence"}


def _join(values: Iterable[Any]) -> str | None:
    items = [str(v) for v in values if v]
    return "; ".join(dict.fromkeys(items)) if items else None


def flat_event(ev: dict[str, Any]) -> dict[str, Any]:
    """An event record as one flat row; several actors or recipients are joined with ``; ``."""
    place = ev.get("place") or {}
    actors, recips = ev.get("actor") or [], ev.get("recipient") or []
    trigger, sentence = ev.get("trigger") or {}, ev.get("sentence") or {}
    return {
        "id": ev["id"], "incident": ev.get("incident"), "document_id": ev.get("document_id"),
        "document_title": ev.get("document_title"), "published": ev.get("published"), "source": ev.get("source"),
        "url": ev.get("url"), "type": ev["type"], "mode": ev.get("mode"), "context": _join(ev.get("context") or []),
        "acled": ev.get("acled"), "status": ev.get("status"), "date": ev.get("date"), "date_text": ev.get("date_text"),
        "date_shift": (ev.get("date_shift") or {}).get("text"),
        "actor": _join(a.get("text") for a in actors), "actor_entity": _join(a.get("entity") for a in actors),
        "actor_country": _join(a.get("country") for a in actors),
        "actor_sector": _join(a.get("sector") for a in actors),
        "recipient": _join(a.get("text") for a in recips), "recipient_entity": _join(a.get("entity") for a in recips),
        "recipient_country": _join(a.get("country") for a in recips),
        "recipient_sector": _join(a.get("sector") for a in recips),
        "place": place.get("name"), "place_country": place.get("country"), "latitude": place.get("lat"),
        "longitude": place.get("lon"), "geonameid": place.get("geonameid"),
        "fatalities": ev.get("fatalities"), "injured": ev.get("injured"), "trigger": trigger.get("text"),
        "trigger_start": trigger.get("start"), "trigger_end": trigger.get("end"), "sentence": sentence.get("text"),
        "sentence_start": sentence.get("start"), "sentence_end": sentence.get("end"),
        "reported_by": (ev.get("reported_by") or {}).get("text"), "confidence": ev.get("confidence"),
    }  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# ACLED-style rows (one per incident)

ACLED_EVENT_TYPE: dict[str, str] = {
    "Armed clash": "Battles", "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence", "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence", "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence", "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians", "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests", "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots", "Mob violence": "Riots",
    "Agreement": "Strategic developments", "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments", "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments", "Other": "Strategic developments",
}  # fmt: skip
DISORDER_TYPE: dict[str, str] = {
    "Battles": "Political violence", "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence", "Riots": "Political violence; Demonstrations",
    "Protests": "Demonstrations", "Strategic developments": "Strategic developments",
}  # fmt: skip
# ACLED actor types ("inter" codes) from PLOVER sectors
INTER_NAMES = {1: "State forces", 2: "Rebel groups", 3: "Political militias", 4: "Identity militias",
               5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/Other forces"}  # fmt: skip
_STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "ELI"}
_REBEL_SECTORS = {"REB", "INS", "SEP"}
_MILITIA_SECTORS = {"PRM", "UAF", "PTY", "OPP"}
_IDENTITY_SECTORS = {"ETH", "REL"}
_CIVILIAN_SECTORS = {"CVL", "MED", "EDU", "BUS", "LAB", "AGR", "REF", "HLH", "JRN", "NGO", "HRI"}

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "country", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    "incident", "plover_type", "reports", "articles",
)  # fmt: skip


def inter_code(ref: dict[str, Any] | None, event_country: str | None, sub_event_type: str | None) -> int | None:
    """ACLED actor type of a participant from its PLOVER sector (and, for state forces, its country)."""
    if ref is None:
        return None
    if sub_event_type in {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"} \
            and ref.get("sector") not in _STATE_SECTORS:  # fmt: skip
        return 6
    if sub_event_type in {"Violent demonstration", "Mob violence"} and ref.get("sector") not in _STATE_SECTORS:
        return 5
    sector = ref.get("sector")
    if sector in _STATE_SECTORS or (sector is None and ref.get("country") and not ref.get("entity")):
        country = ref.get("country")
        return 8 if event_country and country and country != event_country else 1
    if sector in _REBEL_SECTORS:
        return 2
    if sector in _MILITIA_SECTORS:
        return 3
    if sector in _IDENTITY_SECTORS:
        return 4
    if sector in _CIVILIAN_SECTORS:
        return 7
    if sector in {"IGO", "UN"} or ref.get("country") in {"IGO", "NGO", "UNO"}:
        return 8
    return None


def _time_precision(value: str | None) -> int | None:
    p = period(value)
    if p is None:
        return None
    days = (p[1] - p[0]).days
    return 1 if days == 0 else 2 if days <= 7 else 3


def _geo_precision(place: dict[str, Any]) -> int | None:
    if not place or place.get("lat") is None:
        return None
    feature = (place.get("feature") or "").upper()
    if feature.startswith("PCL"):
        return 3
    if feature.startswith("ADM") and feature != "ADM3":
        return 2
    return 1


def _country_name(code: str | None) -> tuple[str | None, int | None]:
    if not code:
        return None, None
    try:
        import pycountry

        c = pycountry.countries.get(alpha_3=code)
    except (ImportError, LookupError, KeyError):
        c = None
    if c is None:
        return code, None
    return str(c.name), int(c.numeric)


def _actor_name(ref: dict[str, Any], names: dict[str, str]) -> str:
    if ref.get("entity") and ref["entity"] in names:
        return names[ref["entity"]]
    return str(ref.get("text") or "")


def _representative(events: list[dict[str, Any]]) -> dict[str, Any]:
    """The report that stands for its incident: an occurred event first, then the most confident."""
    return sorted(events, key=lambda e: (e.get("status") != "occurred", -(e.get("confidence") or 0.0),
                                         e.get("published") or "9999", e["id"]))[0]  # fmt: skip


def acled_row(inc: dict[str, Any], events: list[dict[str, Any]], names: dict[str, str]) -> dict[str, Any]:
    rep = _representative(events)
    sub = inc.get("acled") or rep.get("acled")
    etype = ACLED_EVENT_TYPE.get(sub or "")
    place = rep.get("place") or {}
    country_code = inc.get("place_country") or place.get("country") or next(
        (a.get("country") for a in rep.get("actor") or [] if _country_name(a.get("country"))[1]), None
    )  # an actor's country stands in only when it is a real country (not a group code such as IGO)
    country, iso = _country_name(country_code)
    actors, recips = rep.get("actor") or [], rep.get("recipient") or []
    a1 = actors[0] if actors else None
    a2 = recips[0] if recips else None
    inter1, inter2 = inter_code(a1, country_code, sub), inter_code(a2, country_code, sub)
    interaction = int("".join(str(c) for c in sorted(x for x in (inter1, inter2) if x))) if inter1 or inter2 else None
    violent = DISORDER_TYPE.get(etype or "", "").startswith("Political violence")
    best_date = inc.get("date") or rep.get("date")
    p = period(best_date) or period(rep.get("published"))
    notes = " ".join(s for s in [(rep.get("sentence") or {}).get("text")] if s)
    sources = _join(e.get("source") or e.get("document_id") for e in events)
    return {
        "event_id_cnty": f"{country_code or 'XXX'}{int(inc['id'].removeprefix('inc-'), 16) % 10**9}",
        "event_date": p[0].isoformat() if p else None, "year": p[0].year if p else None,
        "time_precision": _time_precision(best_date) or 3,
        "disorder_type": DISORDER_TYPE.get(etype or ""), "event_type": etype, "sub_event_type": sub,
        "actor1": _actor_name(a1, names) if a1 else None,
        "assoc_actor_1": _join(_actor_name(a, names) for a in actors[1:]),
        "inter1": inter1, "actor2": _actor_name(a2, names) if a2 else None,
        "assoc_actor_2": _join(_actor_name(a, names) for a in recips[1:]), "inter2": inter2,
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if inter2 == 7 and violent else None,
        "iso": iso, "country": country, "location": inc.get("place_name") or place.get("name"),
        "latitude": inc.get("lat") if inc.get("lat") is not None else place.get("lat"),
        "longitude": inc.get("lon") if inc.get("lon") is not None else place.get("lon"),
        "geo_precision": _geo_precision(place), "source": sources, "source_scale": None, "notes": notes,
        "fatalities": inc.get("fatalities") if inc.get("fatalities") is not None else 0,
        "tags": _join([f"status={rep.get('status')}"] if rep.get("status") != "occurred" else []),
        "timestamp": int(datetime.now(UTC).timestamp()),
        "incident": inc["id"], "plover_type": rep["type"], "reports": inc.get("reports"),
        "articles": inc.get("documents"),
    }  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# GDELT-style rows (one per incident)

# PLOVER type -> CAMEO root code, after the CAMEO-to-PLOVER table of the PLOVER manual (read the other way)
CAMEO_ROOT: dict[str, str] = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07", "CONCEDE": "08",
    "RETREAT": "08", "ACCUSE": "11", "REQUEST": "10", "REJECT": "12", "THREATEN": "13", "PROTEST": "14",
    "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17", "ASSAULT": "18",
}  # fmt: skip
# A finer CAMEO code where the ACLED sub-event type says which kind of violence it was
CAMEO_BY_ACLED: dict[str, str] = {
    "Armed clash": "190", "Air/drone strike": "195", "Shelling/artillery/missile attack": "194",
    "Chemical weapon": "2041", "Suicide bomb": "1831", "Remote explosive/landmine/IED": "1833",
    "Grenade": "183", "Sexual violence": "1821", "Attack": "180", "Abduction/forced disappearance": "181",
    "Peaceful protest": "141", "Protest with intervention": "141", "Violent demonstration": "145",
    "Mob violence": "145", "Excessive force against protesters": "175", "Arrests": "173",
    "Looting/property destruction": "1711", "Agreement": "057", "Government regains territory": "190",
    "Non-state actor overtakes territory": "190",
}  # fmt: skip

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "NumMentions", "NumSources", "NumArticles",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
    "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
    "PLOVERType", "PLOVERMode", "ACLEDSubEventType", "IncidentID",
)  # fmt: skip


def cameo_codes(plover_type: str, acled: str | None) -> tuple[str, str, str]:
    """(EventCode, EventBaseCode, EventRootCode) for a PLOVER type and its ACLED sub-event type."""
    root = CAMEO_ROOT.get(plover_type, "")
    code = CAMEO_BY_ACLED.get(acled or "", "")
    if plover_type == "ASSAULT" and code[:2] in {"18", "19", "20"}:
        root = code[:2]
    elif code[:2] != root:
        code = root + "0" if root else ""
    return code, code[:3], root


def quad_class(root: str) -> int | None:
    if not root:
        return None
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def _gdelt_actor(ref: dict[str, Any] | None, names: dict[str, str]) -> tuple[str | None, ...]:
    if ref is None:
        return None, None, None, None
    country, sector = ref.get("country"), ref.get("sector")
    code = f"{country or ''}{sector or ''}" or None
    return code, _actor_name(ref, names).upper() or None, country, sector


def gdelt_row(inc: dict[str, Any], events: list[dict[str, Any]], names: dict[str, str]) -> dict[str, Any]:
    rep = _representative(events)
    actors, recips = rep.get("actor") or [], rep.get("recipient") or []
    a1 = _gdelt_actor(actors[0] if actors else None, names)
    a2 = _gdelt_actor(recips[0] if recips else None, names)
    code, base, root = cameo_codes(rep["type"], inc.get("acled") or rep.get("acled"))
    p = period(inc.get("date") or rep.get("date")) or period(rep.get("published"))
    d: date | None = p[0] if p else None
    place = rep.get("place") or {}
    lat = inc.get("lat") if inc.get("lat") is not None else place.get("lat")
    lon = inc.get("lon") if inc.get("lon") is not None else place.get("lon")
    feature = (place.get("feature") or "").upper()
    geo_type = None if lat is None else 1 if feature.startswith("PCL") else 2 if feature.startswith("ADM1") else 4
    first = sorted(events, key=lambda e: (e.get("published") or "9999", e["id"]))[0]
    added = (inc.get("first_reported") or first.get("published") or "").replace("-", "")
    return {
        "GLOBALEVENTID": int(inc["id"].removeprefix("inc-"), 16),
        "SQLDATE": int(d.strftime("%Y%m%d")) if d else None, "MonthYear": int(d.strftime("%Y%m")) if d else None,
        "Year": d.year if d else None,
        "FractionDate": round(d.year + (d.timetuple().tm_yday - 1) / 365.0, 4) if d else None,
        "Actor1Code": a1[0], "Actor1Name": a1[1], "Actor1CountryCode": a1[2], "Actor1Type1Code": a1[3],
        "Actor2Code": a2[0], "Actor2Name": a2[1], "Actor2CountryCode": a2[2], "Actor2Type1Code": a2[3],
        "IsRootEvent": 1, "EventCode": code or None, "EventBaseCode": base or None, "EventRootCode": root or None,
        "QuadClass": quad_class(root),
        "NumMentions": inc.get("reports") or len(events), "NumSources": inc.get("sources") or 1,
        "NumArticles": inc.get("documents") or 1,
        "ActionGeo_Type": geo_type, "ActionGeo_FullName": inc.get("place_name") or place.get("name"),
        "ActionGeo_CountryCode": inc.get("place_country") or place.get("country"),
        "ActionGeo_Lat": lat, "ActionGeo_Long": lon, "ActionGeo_FeatureID": place.get("geonameid"),
        "DATEADDED": int(added) if added.isdigit() else None, "SOURCEURL": first.get("url") or first.get("source"),
        "PLOVERType": rep["type"], "PLOVERMode": rep.get("mode"), "ACLEDSubEventType": rep.get("acled"),
        "IncidentID": inc["id"],
    }  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# Writing


def _by_incident(store: Store, filters: dict[str, Any]) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Matching events grouped by incident, with the incident's stored summary, in date order."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for ev in store.iter_events(**filters):
        if ev.get("incident"):
            groups.setdefault(ev["incident"], []).append(ev)
    ids = list(groups)
    for i in range(0, len(ids), 500):
        rows = store.incident_rows(ids[i : i + 500])
        for iid in ids[i : i + 500]:
            yield rows.get(iid) or {"id": iid}, groups[iid]


def _entity_names(store: Store) -> dict[str, str]:
    with store._lock:
        return {r[0]: r[1] for r in store.db.execute("SELECT id, name FROM entities")}


def rows(store: Store, format: str, **filters: Any) -> Iterator[dict[str, Any]]:
    """The rows a tabular format writes (``csv``, ``parquet``, ``acled``, ``gdelt``)."""
    if format in ("csv", "parquet", "geojson"):
        for ev in store.iter_events(**filters):
            yield flat_event(ev)
    elif format == "acled":
        names = _entity_names(store)
        for inc, events in _by_incident(store, filters):
            if any(e.get("acled") for e in events):  # ACLED has no category for the others
                yield acled_row(inc, [e for e in events if e.get("acled")], names)
    elif format == "gdelt":
        names = _entity_names(store)
        for inc, events in _by_incident(store, filters):
            yield gdelt_row(inc, events, names)
    else:
        raise ValueError(f"[E005] bad value for format: {format!r} (known: {', '.join(FORMATS)}).")


def columns(format: str) -> tuple[str, ...]:
    return {"csv": FLAT_COLUMNS, "parquet": FLAT_COLUMNS, "geojson": FLAT_COLUMNS, "acled": ACLED_COLUMNS,
            "gdelt": GDELT_COLUMNS}.get(format, ())  # fmt: skip


def export(store: Store, format: str, out: str | Path | IO[Any], **filters: Any) -> int:
    """Write the events matching ``filters`` in ``format`` to ``out`` (a path or an open file); returns rows."""
    if format not in FORMATS:
        raise ValueError(f"[E005] bad value for format: {format!r} (known: {', '.join(FORMATS)}).")
    store.count_events(**filters)  # checks the filters before anything is written
    if format == "parquet":
        return _write_parquet(store, out, filters)
    if isinstance(out, str | Path):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            return _write_text(store, format, fh, filters)
    return _write_text(store, format, out, filters)


def _write_text(store: Store, format: str, out: IO[Any], filters: dict[str, Any]) -> int:
    n = 0
    if format == "jsonl":
        for ev in store.iter_events(**filters):
            out.write(json.dumps(ev, ensure_ascii=False) + "\n")
            n += 1
        return n
    if format == "geojson":
        out.write('{"type": "FeatureCollection", "features": [\n')
        for ev in store.iter_events(**filters):
            row = flat_event(ev)
            if row["latitude"] is None or row["longitude"] is None:
                continue
            feature = {"type": "Feature", "id": ev["id"],
                       "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
                       "properties": row}  # fmt: skip
            out.write(("," if n else "") + json.dumps(feature, ensure_ascii=False) + "\n")
            n += 1
        out.write("]}\n")
        return n
    writer = csv.DictWriter(out, fieldnames=list(columns(format)), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows(store, format, **filters):
        writer.writerow(row)
        n += 1
    return n


def _write_parquet(store: Store, out: str | Path | IO[Any], filters: dict[str, Any]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    def kind(name: str) -> pa.DataType:
        if name in _INT_COLUMNS:
            return pa.int64()
        if name in _FLOAT_COLUMNS:
            return pa.float64()
        return pa.string()

    schema = pa.schema([(c, kind(c)) for c in FLAT_COLUMNS])
    data = list(rows(store, "parquet", **filters))
    table = pa.Table.from_pylist(data, schema=schema)
    if isinstance(out, io.TextIOBase):
        raise ValueError("[E005] bad value for output: parquet is binary; give a file path or a binary file.")
    pq.write_table(table, out if isinstance(out, str | Path) else pa.PythonFile(out, mode="w"))
    return len(data)
