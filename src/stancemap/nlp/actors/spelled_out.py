"""A body the tables name by its acronym, written out in full by the article (branch spk5).

"The United Nations Children's Fund said ..." was named "UNICEF", the table's name, though the
article introduced it by its full name. The project names a body the article writes both ways by its full
name (:func:`.state.article_form`: one canonical name, the full one); this does the same for the
bodies whose table name is itself the acronym (UNICEF, NATO, OPEC, ASEAN, ...): the full form,
when the article introduces the body by it (its first mention). Id, code and sector stay the table's.
"""

from __future__ import annotations

from .state import ActorDraft, is_acronym

_TYPES = frozenset({"igo", "organisation", "media"})


def spelled_out_form(draft: ActorDraft, names: list[str]) -> str | None:
    """The full name the article first writes for a body whose table name is an acronym, or None.
    ``names`` are the texts of the body's name and acronym mentions, in text order."""
    if draft.type not in _TYPES or draft.plural or draft.members or not is_acronym(draft.name):
        return None
    forms = []
    for t in names[:1]:  # only a body the article introduces in full ("RT ... formerly Russia Today" keeps RT)
        words = t.split()
        while words and words[0].lower() == "the":
            words = words[1:]
        if len(words) < 2 or "(" in t or any(is_acronym(w) for w in words) \
                or not all(w[:1].isupper() or w.lower() in _LINKS for w in words):
            continue
        forms.append(" ".join(words))
    return forms[0] if forms else None


#: lower-case words inside a body's full name ("Organization of the Petroleum Exporting Countries")
_LINKS = frozenset({"of", "the", "for", "and", "on", "in", "to", "de", "du", "des", "la", "le"})
