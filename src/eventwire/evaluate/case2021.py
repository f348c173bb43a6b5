"""Scorer for ACLED sub-event types against the CASE 2021 task 2 snippets (fine-grained event classes).

``snippets.tsv`` has columns id, EventSnippet, SubType. CASE 2021 task 2 defines 25 sub-types taken from
the ACLED taxonomy (its labels are mapped here to ``records.ACLED_SUBTYPES`` by ``LABELS``); the test file
also holds five labels outside ACLED (DIPLO, ATTRIB, ORG_CRIME, MAN_MADE_DISASTER, NATURAL_DISASTER), which
the product does not predict (``acled`` only takes ACLED sub-types).

What is scored: the headline ``weighted_f1``, ``macro_f1`` and ``accuracy`` are over the snippets whose gold
label is one of the 25 ACLED sub-types (the 25-type task); ``*_all`` are over every snippet, with the five
non-ACLED labels as classes the product never predicts (so always wrong). The prediction for a snippet is
the ``acled`` of its most confident event that has one, exactly as the pipeline's records give it (the
scorer adds no rule of its own); a snippet with no such event predicts no class and counts as wrong. F1 is
per gold class; weighted F1 weights each class's F1 by its gold support.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..pipeline import make_doc
from ..read.article import Article

LABELS: dict[str, str] = {
    "ARMED_CLASH": "Armed clash",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "CHEM_WEAP": "Chemical weapon",
    "AIR_STRIKE": "Air/drone strike",
    "SUIC_BOMB": "Suicide bomb",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "GRENADE": "Grenade",
    "SEX_VIOL": "Sexual violence",
    "ATTACK": "Attack",
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "PEACE_PROTEST": "Peaceful protest",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "VIOL_DEMONSTR": "Violent demonstration",
    "MOB_VIOL": "Mob violence",
    "AGREEMENT": "Agreement",
    "ARREST": "Arrests",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "DISR_WEAP": "Disrupted weapons use",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "OTHER": "Other",
}
NON_ACLED: tuple[str, ...] = ("DIPLO", "ATTRIB", "ORG_CRIME", "MAN_MADE_DISASTER", "NATURAL_DISASTER")
NO_CLASS = "(no class)"


def read_snippets(path: Path, limit: int | None = None) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None:
            return rows
        for cols in reader:
            if len(cols) < 3:
                continue
            rows.append((cols[0], cols[1], cols[2].strip()))
            if limit is not None and len(rows) >= limit:
                break
    return rows


def predict(texts: list[str], nlp: Language) -> list[str]:
    out: list[str] = []
    with nlp.memory_zone():
        docs = nlp.pipe(make_doc(nlp, Article(text=t, origin="case2021")) for t in texts)
        for doc in docs:
            labelled = [e for e in doc._.events or [] if e.acled]
            best = max(labelled, key=lambda e: e.confidence) if labelled else None
            out.append(best.acled if best and best.acled else NO_CLASS)
    return out


def f1_table(gold: list[str], pred: list[str]) -> dict[str, Any]:
    support = Counter(gold)
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        if g == p:
            tp[g] += 1
        else:
            fp[p] += 1
    per: dict[str, dict[str, float]] = {}
    for label, n in support.items():
        prec = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
        rec = tp[label] / n
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per[label] = {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4), "support": n}
    total = len(gold)
    weighted = sum(per[lab]["f1"] * support[lab] for lab in per) / total if total else 0.0
    macro = sum(p["f1"] for p in per.values()) / len(per) if per else 0.0
    acc = sum(tp.values()) / total if total else 0.0
    return {"weighted_f1": round(weighted, 4), "macro_f1": round(macro, 4), "accuracy": round(acc, 4), "per_class": per}


def score(path: Path, nlp: Language, limit: int | None = None) -> dict[str, Any]:
    rows = read_snippets(path, limit)
    preds = predict([text for _, text, _ in rows], nlp)
    gold_all = [LABELS.get(label, label) for _, _, label in rows]
    acled_idx = [i for i, (_, _, label) in enumerate(rows) if label in LABELS]
    main = f1_table([gold_all[i] for i in acled_idx], [preds[i] for i in acled_idx])
    every = f1_table(gold_all, preds)
    confusion: dict[str, Counter[str]] = {}
    for g, p in zip(gold_all, preds, strict=True):
        confusion.setdefault(g, Counter())[p] += 1
    return {
        "snippets": len(rows),
        "scored_acled_snippets": len(acled_idx),
        "weighted_f1": main["weighted_f1"],
        "macro_f1": main["macro_f1"],
        "accuracy": main["accuracy"],
        "weighted_f1_all": every["weighted_f1"],
        "macro_f1_all": every["macro_f1"],
        "accuracy_all": every["accuracy"],
        "no_class": sum(1 for p in preds if p == NO_CLASS),
        "label_map": dict(LABELS),
        "not_predicted_labels": list(NON_ACLED),
        "per_class": main["per_class"],
        "confusion": {g: dict(c.most_common()) for g, c in sorted(confusion.items())},
    }
