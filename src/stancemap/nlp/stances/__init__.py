"""Stage 4, stances and alignments: where each actor stands on each issue, and who says they
agree or disagree with whom.

In: a ``Doc`` with actors and statements; the issue catalogue of :mod:`stancemap.issues`.
Out: ``doc._.sm_stances`` (:class:`stancemap.records.Stance`) and ``doc._.sm_alignments``
(:class:`stancemap.records.Alignment`), through the ``stancemap_stances`` component.

Modules: ``component`` (the factory), ``extract`` (the stage's driver), ``rules`` / ``nouns``
(verbal and nominal stance cues), ``align`` (alignment statements), ``resolve`` (holders),
``raw`` (raw stance records), ``syntax`` (parse helpers), ``lexicon`` (the cue lexicon loader).
"""

from .component import StanceExtractor
from .extract import extract_stances

__all__ = ["extract_stances", "StanceExtractor"]
