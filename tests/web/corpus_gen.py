"""A synthetic analysed corpus for the web tests and benchmarks/web.py: articles of the JSON
contract built from sentence templates written for the project, with every record's offsets
computed from the generated text. No model is needed; ``seed`` makes it reproducible.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

STATES = [("NOR", "Norway"), ("CHL", "Chile"), ("KEN", "Kenya"), ("PER", "Peru"), ("VNM", "Vietnam"),
          ("GHA", "Ghana"), ("FIN", "Finland"), ("URY", "Uruguay"), ("MNG", "Mongolia"), ("NPL", "Nepal"),
          ("SEN", "Senegal"), ("ISL", "Iceland")]
FIRST = ["Ana", "Lars", "Amina", "Tomas", "Mei", "Kofi", "Ines", "Oskar", "Nadia", "Ravi", "Sofia", "Juan"]
LAST = ["Berg", "Okafor", "Lindqvist", "Moreno", "Tran", "Mensah", "Duarte", "Halvorsen", "Suri", "Batbayar"]
#: issue id -> (label, propositions)
ISSUES = {
    "auto:river-dispute": ("river dispute", ["a ceasefire along the river", "new border patrols",
                                             "the joint water commission", "talks in the capital"]),
    "auto:fishing-quotas": ("fishing quotas", ["lower catch limits", "a ban on trawling",
                                               "monthly catch reports"]),
    "auto:grain-trade": ("grain trade", ["tariffs on grain imports", "a regional grain reserve",
                                         "export subsidies for farmers"]),
}
FOR = ["supports", "backs", "welcomes"]
AGAINST = ["opposes", "rejects", "condemns"]
EVENTS = [("met officials of", "040", "CONSULT", 1.0), ("signed a trade deal with", "057", "AGREE", 8.0),
          ("sent aid to", "073", "AID", 7.4), ("threatened", "130", "THREATEN", -4.4),
          ("accused", "112", "ACCUSE", -2.0)]


class _Text:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0

    def add(self, s: str) -> tuple[int, int]:
        start = self.n
        self.parts.append(s)
        self.n += len(s)
        return start, self.n

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _span(text: str, start: int, part: str) -> dict[str, Any]:
    i = text.index(part, start)
    return {"text": part, "start": i, "end": i + len(part)}


def synthetic_article(i: int, rng: random.Random, *, start_year: int = 2023, years: int = 3) -> dict[str, Any]:
    """One analysed article: 4-8 sentences with stances, alignments and events between states."""
    states = rng.sample(STATES, 3)
    people = {code: f"{rng.choice(FIRST)} {rng.choice(LAST)}" for code, _ in states}
    issue = rng.choice(list(ISSUES))
    label, props = ISSUES[issue]
    date = f"{start_year + rng.randrange(years)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    title = f"{states[0][1]} and {states[1][1]} discuss the {label}"
    t = _Text()
    t.add(title + "\n\n")
    actors: dict[str, dict[str, Any]] = {}
    stances, aligns, events, statements = [], [], [], []

    def mention(aid: str, name: str, kind: str, start: int, text: str, **extra: Any) -> None:
        a = actors.setdefault(aid, {"id": aid, "name": name, "mentions": [], "members": [], "is_source": False,
                                    **extra})
        s = _span(text, start, name)
        a["mentions"].append({**s, "kind": kind})

    plan = [rng.choice(["stance", "stance", "stance", "quote", "align", "event"]) for _ in range(rng.randrange(4, 9))]
    sentences: list[tuple[str, dict[str, Any]]] = []
    for kind in plan:
        code, name = rng.choice(states)
        other_code, other = rng.choice([s for s in states if s[0] != code])
        prop = rng.choice(props)
        pol = 1 if rng.random() < 0.6 else -1
        verb = rng.choice(FOR if pol > 0 else AGAINST)
        if kind == "stance":
            sentences.append((f"{name} {verb} {prop}. ", {"kind": kind, "actor": code, "who": name, "verb": verb,
                                                           "prop": prop, "pol": pol}))
        elif kind == "quote":
            person = people[code]
            sentences.append((f"\"We {verb.rstrip('s')} {prop},\" said {person}, the foreign minister of {name}. ",
                              {"kind": kind, "actor": code, "who": name, "person": person, "verb": verb.rstrip("s"),
                               "prop": prop, "pol": pol}))
        elif kind == "align":
            cue = "shares the view of" if pol > 0 else "criticised"
            sentences.append((f"{name} {cue} {other} on the {label}. ",
                              {"kind": kind, "actor": code, "who": name, "other": other_code, "other_name": other,
                               "cue": cue, "pol": pol}))
        else:
            phrase, cameo, plover, gold = rng.choice(EVENTS)
            sentences.append((f"{name} {phrase} {other} on day {rng.randrange(1, 400)}. ",
                              {"kind": kind, "actor": code, "who": name, "other": other_code, "other_name": other,
                               "phrase": phrase, "cameo": cameo, "plover": plover, "gold": gold}))
    t.add("".join(s for s, _ in sentences).rstrip() + f" Reported by desk {i}.")
    text = t.text
    pos = len(title) + 2
    for sent, p in sentences:
        ev = {"text": sent.strip(), "start": pos, "end": pos + len(sent.strip())}
        name_at = text.index(p["who"], pos)
        mention(p["actor"], p["who"], "name", name_at, text, type="state", country=p["actor"], role=None,
                code=p["actor"], sector=None)
        if p["kind"] in ("stance", "quote"):
            actor = p["actor"]
            if p["kind"] == "quote":
                pid = "person:" + p["person"].lower().replace(" ", "-")
                mention(pid, p["person"], "name", pos, text, type="person", country=p["actor"],
                        role="foreign minister", code=p["actor"] + "GOV", sector="GOV")
                actor = pid
                q0 = pos + 1
                content_end = text.index(",\"", q0)
                sp = _span(text, pos, p["person"])
                statements.append({"id": f"s{len(statements) + 1}", "speaker": {**sp, "actor": pid},
                                   "cue": _span(text, content_end, "said"),
                                   "content": {"text": text[q0:content_end], "spans": [[q0, content_end]]},
                                   "kind": "direct", "is_speech": True, "cue_lemma": "say"})
            stances.append({"id": f"st{len(stances) + 1}", "actor": actor, "issue": issue, "issue_label": label,
                            "proposition": p["prop"], "polarity": p["pol"], "strength": 1.0,
                            "cue": _span(text, pos, p["verb"]), "evidence": ev, "statement": None,
                            "target": p["prop"], "proposition_id": None})
        elif p["kind"] == "align":
            mention(p["other"], p["other_name"], "name", text.index(p["other_name"], name_at + len(p["who"])), text,
                    type="state", country=p["other"], role=None, code=p["other"], sector=None)
            aligns.append({"id": f"al{len(aligns) + 1}", "a": p["actor"], "b": p["other"], "issue": issue,
                           "polarity": p["pol"], "claimed_by": p["actor"], "cue": _span(text, pos, p["cue"]),
                           "evidence": ev, "statement": None})
        else:
            mention(p["other"], p["other_name"], "name", text.index(p["other_name"], name_at + len(p["who"])), text,
                    type="state", country=p["other"], role=None, code=p["other"], sector=None)
            events.append({"id": f"e{len(events) + 1}", "source": p["actor"], "target": p["other"],
                           "source_code": p["actor"], "target_code": p["other"], "cameo": p["cameo"],
                           "cameo_root": p["cameo"][:2], "plover": p["plover"], "goldstein": p["gold"],
                           "evidence": ev, "negated": False, "hypothetical": False, "reported": False})
        pos += len(sent)
    return {"schema_version": "1.0", "id": f"syn-{i:06d}", "title": title, "date": date, "source": "synthetic wire",
            "url": None, "text": text, "actors": list(actors.values()), "statements": statements, "events": events,
            "stances": stances, "alignments": aligns, "convergence": [], "meta": {"words": len(text.split())}}


def synthetic_corpus(n: int, *, seed: int = 7) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    for i in range(n):
        yield synthetic_article(i, rng)


def write_store(path: str, articles: Any, *, batch: int = 500) -> None:
    """Write analysed articles into a new store file, in batches."""
    from stancemap.store import Store

    buf: list[dict[str, Any]] = []
    with Store(path) as st:
        for a in articles:
            buf.append(a)
            if len(buf) >= batch:
                st.write_batch(buf)
                buf = []
        if buf:
            st.write_batch(buf)
