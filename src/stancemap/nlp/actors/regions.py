"""CAMEO region codes of the region adjectives that name groupings of states (issue 15, evfresh12).

"talks with European diplomats in Cairo", "African leaders met in Addis Ababa": a grouping named by a
region adjective (:func:`stancemap.nlp.actors.groups.regional_groupings`) is coded with the region's
CAMEO code (the codes of ``regions`` in ``data/cameo/participants.yaml``), so that an event with it has
a coded party and the venue named after it is not taken for the other side. Adjectives of no single
region ("Arab", "Muslim", "world", "Pacific island", pairs of regions) keep no code.
"""

from __future__ import annotations

REGION_CODES: dict[str, str] = {
    "african": "AFR", "asian": "ASA", "european": "EUR", "western european": "EUR", "caribbean": "CRB",
    "balkan": "BLK", "scandinavian": "SCN", "mediterranean": "MDT", "gulf": "PGS", "gulf arab": "PGS",
    "sahel": "WAF", "sahelian": "WAF", "west african": "WAF", "east african": "EAF", "north african": "NAF",
    "southern african": "SAF", "latin american": "LAM", "central american": "LAM", "south american": "SAM",
    "southeast asian": "SEA", "south asian": "SAS", "central asian": "CAS", "middle eastern": "MEA",
    "eastern european": "EEU", "central european": "CEU",
}
