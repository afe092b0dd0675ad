from __future__ import annotations

import pytest

from stancemap.nlp.statements.component import extract_statements


@pytest.fixture(scope="module")
def parse(nlp_base):
    """Parse a text with the plain model and run only the statement rules (no actors)."""
    def _parse(text: str):
        doc = nlp_base(text)
        doc._.sm_mentions = []
        doc._.sm_actors = []
        return doc, extract_statements(doc)
    return _parse


def contents(doc, st) -> list[str]:
    """The content spans of a statement as text."""
    return [doc.text[s:e] for s, e in st.content.spans]


@pytest.fixture(scope="module")
def actors_by_id(nlp_base):
    """text -> {actor id: Actor} from the actors stage alone (for the actor-resolution tests)."""
    from stancemap.nlp.actors.component import extract_actors

    def _run(text: str):
        actors, _ = extract_actors(nlp_base(text))
        return {a.id: a for a in actors}

    return _run


def event_rows(nlp, text: str) -> list[tuple[str | None, str | None, str | None, str]]:
    """(source code, target's first mention, target code, CAMEO code) of each event of a text."""
    doc = nlp(text)
    acts = {a.id: a for a in doc._.sm_actors}
    out = []
    for e in doc._.sm_events:
        t = acts.get(e.target)
        out.append((e.source_code, t.mentions[0].text if t else None, e.target_code, e.cameo))
    return out


@pytest.fixture(scope="module")
def speaker_codes(nlp):
    """text -> [(speaker text, speaker actor name or None, speaker actor code or None)] of the
    statements (the speaker tests of the fresh quote files)."""
    def _run(text: str) -> list[tuple[str | None, str | None, str | None]]:
        doc = nlp(text)
        acts = {a.id: a for a in doc._.sm_actors}
        out = []
        for s in doc._.sm_statements:
            sp = s.speaker
            a = acts.get(sp.actor) if sp and sp.actor else None
            out.append((sp.text if sp else None, a.name if a else None, a.code if a else None))
        return out
    return _run
