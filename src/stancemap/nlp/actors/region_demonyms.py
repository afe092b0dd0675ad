"""A region's government named by the region's adjective (issue 9 item 4, sideb4).

"The Tyrolean government", "the Welsh executive", "the Catalan regional government", "the
Flemish government": the government of a region below the state, named by the region's adjective
rather than its name, is its own actor of the state's country (README section 4, as for "the Ontario
government" in :mod:`.local_bodies`), not the state's government. It needs no dateline: the
adjective names the region, and the region its state.

Left alone: a country's adjective ("the German government": the state's), an adjective of a people
or a party that no region's government follows ("Basque separatists", "Scottish fishermen"), and
"federal"/"national"/"central" governments.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...actors.codes import collective_id, compose_code, slug
from ...actors.tables import Tables
from .local_bodies import LOCAL_MARK
from .state import ActorDraft, DocActors

__all__ = ["REGION_ADJECTIVES", "region_adjective_governments"]

#: adjectives of regions that have governments of their own -> (the region, its state)
REGION_ADJECTIVES: dict[str, tuple[str, str]] = {
    "Scottish": ("Scotland", "GBR"), "Welsh": ("Wales", "GBR"),
    "Catalan": ("Catalonia", "ESP"), "Basque": ("Basque Country", "ESP"), "Andalusian": ("Andalusia", "ESP"),
    "Galician": ("Galicia", "ESP"), "Valencian": ("Valencia", "ESP"), "Canarian": ("Canary Islands", "ESP"),
    "Bavarian": ("Bavaria", "DEU"), "Saxon": ("Saxony", "DEU"), "Hessian": ("Hesse", "DEU"),
    "Flemish": ("Flanders", "BEL"), "Walloon": ("Wallonia", "BEL"),
    "Sicilian": ("Sicily", "ITA"), "Sardinian": ("Sardinia", "ITA"), "Venetian": ("Veneto", "ITA"),
    "Corsican": ("Corsica", "FRA"), "Tyrolean": ("Tyrol", "AUT"), "Tasmanian": ("Tasmania", "AUS"),
    "Albertan": ("Alberta", "CAN"), "Quebecois": ("Quebec", "CAN"),
    "Greenlandic": ("Greenland", "DNK"), "Faroese": ("Faroe Islands", "DNK"),
}  # (no "Victorian": an era as often as a state)
_GOV_HEADS = frozenset({"government", "administration", "executive"})
_NATIONAL_MODS = frozenset({"federal", "national", "central"})


def region_adjective_governments(doc: Doc, acts: DocActors, t: Tables) -> None:
    """Add the governments ``doc`` names by a region's adjective (see the module's doc)."""
    for tok in doc:
        if tok.lower_ not in _GOV_HEADS or tok.pos_ != "NOUN":
            continue
        mods = [c for c in tok.children if c.i < tok.i and c.dep_ in ("amod", "compound", "nmod")]
        if any(c.lower_ in _NATIONAL_MODS for c in mods) or any(c.dep_ == "poss" for c in tok.children):
            continue
        adj = next((c for c in mods if c.text in REGION_ADJECTIVES), None)
        if adj is None:
            continue
        region, country = REGION_ADJECTIVES[adj.text]
        if country not in t.countries:
            continue
        lo = min([adj.i, *[c.i for c in mods]])
        if lo > 0 and doc[lo - 1].lower_ == "the":
            lo -= 1
        if not acts.free(lo, tok.i + 1):
            continue
        cameo = t.countries[country].cameo
        name = f"{region} government"
        d = acts.ensure(ActorDraft(id=f"{collective_id(cameo, 'GOV')}{LOCAL_MARK}{slug(region)}", name=name,
                                   type="organisation", country=country, code=compose_code(cameo, "GOV"),
                                   sector="GOV", plural=True, origin="collective"))
        acts.add(lo, tok.i + 1, d.id, "nominal")
