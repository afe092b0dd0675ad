""""The regulator", "the watchdog" for the public body named before it (branch spk6).

"The Water Services Commission fined two utilities ... the regulator said": the coreference rules had no
body noun for a regulator, so the speaker stayed unresolved. The nouns stand for a public body
the article named whose name says it is an office of oversight (an authority, commission,
administration, agency, board, bureau, directorate, inspectorate, office or council, or a name
with "regulatory" in it), never a company, party, union, charity or news outlet. Known limit:
a body named like an office but that is none (a meat processor called "... Meat Commission") fits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .state import ActorDraft

#: body nouns that stand for an oversight body named before them
REGULATOR_NOUNS = frozenset({"regulator", "watchdog"})
#: words of the names of oversight bodies
_HEADS = frozenset({"authority", "commission", "administration", "agency", "board", "bureau", "directorate",
                    "inspectorate", "office", "council", "regulator", "watchdog"})
#: sectors of bodies that are no regulator
_NOT_SECTORS = frozenset({"BUS", "PTY", "LAB", "NGO", "MED", "REB", "OPP"})


def regulator_fits(d: ActorDraft) -> bool:
    """Whether "the regulator" / "the watchdog" can stand for the body ``d`` (module doc)."""
    if d.type not in ("organisation", "igo") or d.is_source or d.plural or d.members:
        return False
    if (d.sector or "") in _NOT_SECTORS or (d.code or "").startswith("NGO"):
        return False
    words = [w.strip(".,'’").lower() for w in d.name.split()]
    return bool(set(words) & _HEADS) or any(w.startswith("regulat") for w in words)
