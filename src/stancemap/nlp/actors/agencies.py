"""Bodies of a state that the organisation and collective rules misread (sideb2, issue 9 item 4).

* A state agency named by its field ("the Environment Agency", "the Food Standards Agency", "the
  National Police Agency") is no news agency. The organisation rules take any name with "Agency" in
  it for a news agency (a medium: a source of reports, never a holder or a second side); a name
  whose other words name a field a state regulates or serves is the state's agency instead (a news
  agency's name has no such word: "Anadolu Agency"; "Xinhua News Agency" keeps "news" anyway).
* "national" before a noun ("Haiti's national police") is an adjective, no national of a country.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

__all__ = ["state_agency", "adjective_national"]

#: fields of a state's agencies ("Environment Agency", "Medicines Agency", "Space Agency")
_FIELDS = frozenset("""environment environmental food standards drug drugs medicines medicine health energy space
    nuclear atomic security intelligence police revenue tax customs border maritime aviation transport road roads
    water forestry fisheries statistics meteorological weather regulatory competition consumer cyber migration
    immigration refugee disaster emergency defence defense procurement housing investment development protection
    safety chemicals railway railways highways financial""".split())
_NEWS = frozenset({"news", "press", "times", "post", "journal", "tribune", "herald", "gazette", "daily", "magazine",
                   "television", "tv", "radio", "newspaper"})


def state_agency(name: Span) -> bool:
    """Whether a name with "Agency" is a state's agency named by its field, not a news agency."""
    words = [t.lower_ for t in name]
    if "agency" not in words or any(w in _NEWS for w in words):
        return False
    return any(w in _FIELDS for w in words)


def adjective_national(doc: Doc, start: int, end: int) -> bool:
    """Whether the collective word over [start, end) is "national" as an adjective before a noun
    ("Haiti's national police", "the national carrier"): no national of a country (a citizen, the
    collective's CVL sense), so the noun after it is read as the body it names."""
    if end - start != 1 or doc[start].text != "national" or end >= len(doc):
        return False  # (capitalised, "the Libyan National Army" is a name: the name rules read it)
    nxt = doc[end]
    return nxt.pos_ in ("NOUN", "PROPN", "ADJ") and doc[start].dep_ in ("amod", "compound", "nmod")
