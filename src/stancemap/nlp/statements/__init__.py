"""Stage 2, statements: who said what (direct, mixed and indirect speech; beliefs apart).

In: a ``Doc`` that has been through the actors stage (``doc._.sm_actors``).
Out: ``doc._.sm_statements`` (:class:`stancemap.records.Statement`: speaker mention and actor,
cue, content spans, kind), through the ``stancemap_statements`` component; the
``stancemap_quote_speakers`` component (:mod:`.speakers`) then links
pronoun speakers across quotations (``chain``, ``speaker_links``).

Modules: ``component`` (the factory and ``extract_statements``), ``marks`` (quotation marks),
``content`` (content spans), ``region`` / ``candidates`` / ``inverted`` / ``nouns`` (cue rules),
``speaker`` (speaker spans), ``lexicon`` (the cue lexicon loader).
"""

from .component import StatementExtractor, extract_statements
from .speakers import QuoteSpeakerLinker

__all__ = ["extract_statements", "StatementExtractor", "QuoteSpeakerLinker"]
