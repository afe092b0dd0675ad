"""Project-written articles and record builders for the store tests (no model needed)."""

from __future__ import annotations

from stancemap.records import Actor, Alignment, Article, Event, Mention, Stance, TextSpan

WIRE = ("Ministers of Chile and Peru met in Lima on Tuesday to discuss a shared plan for the fishing waters "
        "off their coast. The Chilean minister said both governments wanted quotas that protect the anchovy "
        "stock. Peru's delegation agreed to publish catch figures every month. Fishermen's unions in both "
        "countries have complained for years that the rules changed too often. A further round of talks is "
        "planned for the spring in Santiago, officials said.")
OTHER = ("Heavy rain closed three mountain roads in northern Norway on Sunday, and the ferry between two "
         "islands was cancelled. Local councils opened school halls for travellers who could not reach home. "
         "Forecasters expect the weather to improve by Wednesday, when crews will clear the fallen rocks.")


def span(text: str, part: str) -> TextSpan:
    i = text.index(part)
    return TextSpan(part, i, i + len(part))


def article(aid: str, text: str = WIRE, *, date: str = "2021-03-02", source: str = "wire", title: str | None = "Talks",
            stance_polarity: int = 1) -> Article:
    """A hand-built analysed article: two states, an event, a stance each, an alignment."""
    chl = Actor(id="CHL", name="Chile", type="state", country="CHL", code="CHL",
                mentions=(Mention("Chile", text.index("Chile"), text.index("Chile") + 5, "name"),) if "Chile" in text else ())
    per = Actor(id="PER", name="Peru", type="state", country="PER", code="PER")
    minister = Actor(id="person:test-minister", name="Ana Test", type="person", country="CHL", role="minister",
                     code="CHLGOV", sector="GOV")
    ev_text = text.split(".")[0]
    ev = Event(id="ev1", source="CHL", target="PER", source_code="CHL", target_code="PER", cameo="040", cameo_root="04",
               plover="CONSULT", goldstein=1.0, evidence=TextSpan(ev_text, 0, len(ev_text)))
    st1 = Stance(id="st1", actor="person:test-minister", issue="auto:fishing-quotas", issue_label="fishing quotas",
                 proposition="quotas that protect the anchovy stock", polarity=stance_polarity, strength=1.0,
                 cue=None, evidence=TextSpan(ev_text, 0, len(ev_text)))
    st2 = Stance(id="st2", actor="PER", issue="auto:fishing-quotas", issue_label="fishing quotas",
                 proposition="quotas that protect the anchovy stock", polarity=1, strength=1.0, cue=None,
                 evidence=TextSpan(ev_text, 0, len(ev_text)))
    al = Alignment(id="al1", a="CHL", b="PER", issue="auto:fishing-quotas", polarity=1, claimed_by="CHL", cue=None,
                   evidence=TextSpan(ev_text, 0, len(ev_text)))
    return Article(id=aid, text=text, title=title, date=date, source=source, actors=(chl, per, minister),
                   events=(ev,), stances=(st1, st2), alignments=(al,), meta={"words": len(text.split())})
