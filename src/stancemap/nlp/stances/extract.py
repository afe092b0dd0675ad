"""Stances and alignments (stage 4): who stands where on which issue, who agrees with whom.

The component ``stancemap_stances`` calls :func:`extract_stances` and writes
``doc._.sm_stances`` and ``doc._.sm_alignments``. The logic:

1. :mod:`.stance_rules` finds stance cues on the dependency parse of every sentence;
   :mod:`.stance_align` finds explicit agreement/disagreement statements;
2. :mod:`.stance_resolve` maps holders and partners to actors of the actors stage (never
   inventing one), statements give first-person holders and statement ids;
3. :mod:`stancemap.issues` picks the issue (catalogue, context, or a discovered issue) and
   matches propositions across actors (``proposition_id``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ...actors.rollup import state_name
from ...issues.catalogue import IssueCatalogue, default_catalogue
from ...issues.detect import ContextTracker, choose_issue
from ...issues.propositions import PropositionMatcher, normalise_proposition, similarity
from ...records import Actor, Alignment, Stance, TextSpan
from ..common.courts import is_court
from ..common.extensions import register_extensions
from ..common.guard import isolated
from ..common.parse_repair import repair_trailing_summary
from ..common.text import doc_text, forget_words
from .align import RawAlignment, find_raw_alignments
from .backoff import POLICY_NOUNS
from .frames import prefer_phrases, undone_target
from .lexicon import AlignLexicon, Lexicon, align_lexicon, lexicon
from .nouns import late_from
from .plural_holders import described_company
from .recall11 import repair_ruling_summary
from .recall13 import (
    attempt_author,
    authoring_body,
    repair_absolute_pair,
    repair_pressed_infinitive,
    repair_summary_read_as_object,
)
from .recall15 import (
    repair_capital_read_as_adverb,
    repair_conjunct_in_relative,
    repair_cue_read_as_modifier,
    repair_need_read_as_noun,
    state_and_own_government,
)
from .recall17 import (
    describes_the_object,
    repair_cue_conjunct_of_reported_thing,
    repair_label_on_object,
    repair_label_participle_on_judgement,
    repair_noun_read_as_verb_before_as,
)
from .repair import (
    repair_adverbial_label,
    repair_agent_of_named,
    repair_bare_relative,
    repair_cue_read_as_auxiliary,
    repair_cue_verb_arguments,
    repair_finite_conjunct,
    repair_fronted_label,
    repair_gapped_object,
    repair_lemmas,
    repair_made_clear,
    repair_participle_read_as_conjunct,
    repair_speaker_read_as_apposition,
    repair_stranded_complements,
    repair_subject_read_as_conjunct,
    repair_told_clause_read_as_relative,
    repair_trailing_attribution,
)
from .resolve import RELATIONAL, Resolver
from .reword11 import fronted_clause_anaphor
from .rules import ACT_NOUNS, RawStance, authors_of, find_raw_stances
from .sides import aligned_actor
from .syntax import child, compact_span, coordinated_modifiers, expand_conj, is_negated, is_time

__all__ = ["extract_stances", "StanceExtractor"]

#: the stage name in failure warnings (common.guard)
_STAGE = "stancemap_stances"

# action nouns whose "of X" is the one acted upon, not the actor ("the invasion of Ukraine")
#: nouns whose possessor undergoes them ("Lai's trial", "whose conviction"), unlike "Russia's
#: detention of X": no act of the possessor to align with
_UNDERGONE = frozenset({"trial", "conviction", "sentence", "death", "killing", "murder", "assassination",
                        "plight", "ordeal", "suffering", "prosecution", "persecution", "mistreatment"})
#: nouns of a status the possessor holds ("Chile's membership of the bloc"): no act of it either
_STATUS = frozenset({"membership"})
_OF_PATIENT = frozenset("""invasion occupation annexation bombing shelling bombardment blockade attack assault
    raid strike airstrike intervention crackdown isolation recognition partition deployment treatment arrest
    detention expulsion killing murder execution""".split())
# -ing nouns naming a gathering or session: a place name compounded on them is where it is held
_GATHERINGS = frozenset({"meeting", "hearing", "briefing", "gathering", "sitting", "proceeding", "screening",
                         "opening", "signing", "swearing", "meet"})
_LEAD = frozenset({"the", "a", "an", "any", "such", "that", "its", "their", "this", "these", "those"})


def _tspan(text: str, toks: Sequence[Token]) -> TextSpan | None:
    """The character span covering ``toks`` (``text`` is ``doc.text``, computed once:
    spaCy rebuilds it on every access)."""
    if not toks:
        return None
    s = min(t.idx for t in toks)
    e = max(t.idx + len(t.text) for t in toks)
    return TextSpan(text[s:e], s, e)


def _sent_span(text: str, sent: Span) -> TextSpan:
    return TextSpan(text[sent.start_char:sent.end_char], sent.start_char, sent.end_char)


def _proposition(text: str) -> str:
    words = text.strip(" ,.;:\"'“”‘’").split()
    while words and words[0].lower() in _LEAD:
        words = words[1:]
    return " ".join(words)


def _with_ids(stances: list[Stance], ids: Collection[str]) -> list[Stance]:
    """The stances with these ids, in list order, read from the end (new stances are the last ones):
    not a scan of every stance of the article for every new one."""
    want = set(ids)
    found: list[Stance] = []
    for st in reversed(stances):
        if not want:
            break
        if st.id in want:
            found.append(st)
            want.discard(st.id)
    found.reverse()
    return found


def _target_states(doc: Doc, res: Resolver, lo: int, hi: int) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if hi <= lo:
        return out
    s, e = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    owners = {t.idx for t in doc[lo:hi] if t.dep_ == "poss"}  # "Egypt's proposal": the author, not the scope
    mentions = doc._.sm_mentions or []  # sorted: only those starting in [s, e) are read
    for ms, me, aid in mentions[bisect_left(mentions, (s, -1, "")):bisect_left(mentions, (e, -1, ""))]:
        if ms >= s and me <= e and not any(ms <= o < me for o in owners):
            a = res.actor(aid)
            if a is not None and a.type == "state" and (aid, a.name) not in out:
                out.append((aid, a.name))
            elif a is not None and a.country and a.sector in ("GOV", "MIL", "LEG", "SPY") and \
                    a.type in ("organisation", "person") and all(c != a.country for c, _ in out):
                out.append((a.country, state_name(a.country)))  # "sanctions on Iranian officials"
    return out



def _company(a: Actor | None) -> bool:
    """A named company ("ExxonMobil", "Gazprom"): an organisation of the business sector (not a
    central bank or a lenders' group, which the actors stage types as groups). README section 6: no
    alignment with a company as B, in every path that aligns a holder with a partner. A company the
    actors stage does not type (a name its tables leave out on purpose, such as "Shell") is not seen."""
    return a is not None and a.type == "organisation" and a.sector == "BUS"


def _person(a: Actor | None) -> bool:
    return a is not None and a.type == "person"


class _Builder:
    def __init__(self, doc: Doc, catalogue: IssueCatalogue,
                 embed_similarity: Callable[[str, str], float] | None = None) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.catalogue = catalogue
        self.res = Resolver(doc)
        self.matcher = PropositionMatcher(embed_similarity=embed_similarity)
        self.stances: list[Stance] = []
        self.alignments: list[Alignment] = []
        self._seen_st: set[tuple[str, int, int, int]] = set()
        self._seen_al: set[tuple[int, frozenset[str], int]] = set()
        self._auto: list[tuple[str, str, frozenset[str]]] = []
        self.ctx: ContextTracker | None = None

    # -- issues ---------------------------------------------------------------------------
    def issue_for(self, sent: Span, rng: tuple[int, int] | None, context: str | None, text: str,
                  explicit_topic: bool = False) -> tuple[str, str]:
        states = _target_states(self.doc, self.res, *rng) if rng else []
        sent_text = self.text[sent.start_char:sent.end_char]
        ch = choose_issue(self.catalogue, text, sent_text, context=context, target_states=states,
                          explicit_topic=explicit_topic)
        if ch.how == "auto" and self.ctx is not None and self.res.author is None:
            # nothing nearer names an issue: the article's running topic, before discovering one
            # (news stay on one story; a speech or statement goes from issue to issue, so its
            # running topic says nothing about the sentence at hand)
            ch = choose_issue(self.catalogue, text, sent_text, context=context, target_states=states,
                              paragraph_theme=self.ctx.last_theme(), article=self.ctx.article())
        if ch.how != "auto":
            return ch.id, ch.label
        # discovered issues: targets of one article that share key words form one issue
        key = frozenset(w for w in normalise_proposition(text) if w != "END")
        for iid, label, other in self._auto:
            if similarity(key, other) >= 0.5 or (key & other and min(len(key), len(other)) <= 2):
                return iid, label
        self._auto.append((ch.id, ch.label, key))
        return ch.id, ch.label

    # -- stances --------------------------------------------------------------------------
    def holders_of(self, raw: RawStance) -> list[str]:
        ids: list[str] = []
        if raw.holder_is_speaker and not raw.holders:
            aid = self.res.speaker_holder(raw.cue[0])
            if aid is not None:
                ids.append(aid)
        for tok in sorted(raw.holders, key=lambda t: t.i):  # text order
            if is_court(tok):
                continue  # a court's ruling or rejection is a judicial decision, no position
            aid = self.res.holder(tok)
            if aid is not None and aid not in ids:
                ids.append(aid)
            if aid is not None:  # "A and B said they backed X": B too
                ids.extend(x for x in self.res.they_conjuncts(tok) if x not in ids)
        out: list[str] = []
        for aid in ids:
            a = self.res.actor(aid)
            if a is not None and a.is_source:
                continue  # media are reporting sources, never holders
            for m in self.res.expand(aid):
                if m not in out:
                    out.append(m)
        return out

    def add_stance(self, raw: RawStance, context: str | None, holders: list[str] | None = None) -> list[str]:
        """Stance records for a raw stance (one per holder actor); returns their ids."""
        holders = self.holders_of(raw) if holders is None else holders
        target = raw.target_text
        if not holders or len(target) < 2:
            return []
        first = self.doc[raw.target[0]]
        if raw.target[1] - raw.target[0] == 1 and first.lower_ in _PERSON_PRONOUNS:
            # a stance on a person named by a pronoun: that person as named before, else nothing
            # (an object pronoun is never the holder: "praised him" is not "praised himself")
            aid = self.res.smallest_at(first.idx, first.idx + len(first.text))
            if aid is None or aid in holders:
                aid = self.res.antecedent(first, exclude=holders)
            name = self.res.mention_text(aid, first.idx) if aid is not None else None
            if not name:
                return []
            target = name
        elif (raw.kind == "accuse" or (raw.kind == "evaluative" and raw.polarity < 0)) and first.pos_ == "PRON" \
                and first.lower_ in ("it", "them", "they", "him", "her", "he", "she"):
            # "accusing them of X": the accused as named before ("Houthi rebels stealing X")
            aid = self.res.smallest_at(first.idx, first.idx + len(first.text))
            if aid is None or aid in holders:
                aid = self.res.antecedent(first, exclude=holders)
            name = self.res.mention_text(aid, first.idx) if aid is not None else None
            if name and target.startswith(first.text):
                target = name + target[len(first.text):]
        elif raw.target[1] - raw.target[0] == 2 and first.lower_ == "the":
            aid = self.res.igo_anaphor(self.doc[raw.target[0] + 1])  # "withdraw from the agency": the body named
            a = self.res.actor(aid)
            if a is not None and aid not in holders:
                target = a.name
        issue, label = self.issue_for(raw.sent, raw.target, context, target)
        prop = _proposition(target)
        cue = _tspan(self.text, raw.cue)
        st = self.res.statement_at(raw.cue[0].idx)
        ids = []
        for aid in holders:
            key = (aid, raw.target[0], raw.target[1], raw.polarity)
            if key in self._seen_st:
                continue
            self._seen_st.add(key)
            pid, _ = self.matcher.assign(self.catalogue.root(issue), prop, raw.polarity,
                                         ignore=self.catalogue.scope_words(issue))
            sid = f"st{len(self.stances) + 1}"
            self.stances.append(Stance(
                id=sid, actor=aid, issue=issue, issue_label=label, proposition=prop, polarity=raw.polarity,
                strength=raw.strength, cue=cue, evidence=_sent_span(self.text, raw.sent),
                statement=st.id if st is not None else None, target=target, proposition_id=pid,
            ))
            ids.append(sid)
        return ids

    # -- alignments -----------------------------------------------------------------------
    def _member(self, a: str, group: str) -> bool:
        """Is ``a`` a member of the group actor ``group`` ("Hungary" of "Hungary and Slovakia")?"""
        g = self.res.actor(group)
        return g is not None and a in (g.members or ())

    def _add_alignment(self, a: str, b: str, pol: int, issue: str | None, cue: TextSpan | None, sent: Span,
                       claimed_by: str | None, where: tuple[Token | None, Token | None] = (None, None),
                       cue_tok: Token | None = None) -> None:
        """``where``: the tokens the two sides were read from (None: the speaker of the statement)."""
        if self.res.same_side(a, b) or self.res.same_side(b, a) or self._member(a, b) or self._member(b, a):
            return
        key = (sent.start, frozenset((a, b)), pol)
        if key in self._seen_al:
            return
        self._seen_al.add(key)
        st = self.res.statement_at(cue.start if cue else sent.start_char)
        self.alignments.append(Alignment(
            id=f"al{len(self.alignments) + 1}", a=a, b=b, issue=issue, polarity=pol,
            claimed_by=claimed_by, cue=cue, evidence=_sent_span(self.text, sent), statement=st.id if st else None,
            actors=(aligned_actor(self.res, self.text, a, where[0], sent, cue_tok),
                    aligned_actor(self.res, self.text, b, where[1], sent, cue_tok)),
        ))

    def partner_actors(self, raw: RawStance, holders: Sequence[str] = (),
                       where: dict[str, Token] | None = None) -> list[str]:
        """Actors a stance's holder aligns with: the evaluated actor itself ("rejected
        Poroshenko") or the author of the evaluated proposal/decision/action. ``where`` gets
        the token each partner was read from."""
        out: list[str] = []
        lex = lexicon()
        for p in raw.partners:
            lemma = p.lemma_.lower()
            authored = lemma in lex.speech_act_nouns or lemma in lex.authored_nouns
            # "his successor": the possessor of a relational noun is someone else, not an author
            cand = [] if lemma in RELATIONAL else authors_of(p, explicit_only=not authored,
                                                             of_author=authored and lemma not in _OF_PATIENT)
            if cand and p.pos_ == "PROPN" and _person(self.res.actor(self.res.named(p))):
                cand = [p]  # "praised Colombia's Gustavo Petro": the person, not the state before him
            if not cand and (late := late_from(p)) is not None:
                cand = expand_conj(late)  # "dismissed criticism of the ban from Brazil": the critic
            if lemma in _STATUS or (lemma in _UNDERGONE
                                    and not any(c.dep_ == "prep" and c.lower_ == "of" for c in p.children)):
                continue  # "condemned his trial", "whose trial was condemned": the possessor undergoes it
            if not cand and lemma in ("offer", "promise", "pledge"):
                given = next((c for c in p.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                gobj = child(given, "pobj") if given is not None else None
                if gobj is not None and gobj.pos_ == "NOUN":
                    cand = authors_of(gobj)  # "an offer of German mediation": the one who would give it
            if not cand and (p.tag_ == "VBG" or (p.pos_ == "NOUN" and p.lower_.endswith("ing"))):
                # "objects to Berlin mediating": the doer of an -ing act (parsed as subject or compound)
                # a name compounded on an -ing noun is its doer only on an act, not on a gathering
                # ("the Geneva meeting", "the Ankara hearing": the place it is held)
                doer = p.tag_ == "VBG" or lemma not in _GATHERINGS
                cand = [c for c in p.children if (c.dep_ in ("nsubj", "compound") and c.pos_ == "PROPN" and doer)
                        or (c.dep_ == "amod" and c.ent_type_ == "NORP")]  # ("the Turkish drilling")
            if not cand and p.i < raw.sent.start and p.dep_ == "dobj" and p.head.lemma_.lower() in _PUT_FORWARD_VERBS:
                # "India announced the suspension of Y. X condemned it": the pronoun's antecedent in
                # the sentence before was put forward by that verb's named subject
                cand = [c for c in p.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
            content_named = not cand and (authored or lemma in POLICY_NOUNS) and p.pos_ == "NOUN"
            if not cand:
                # "rebuked Spain, Ireland and Norway": each named conjunct
                cand = [*(expand_conj(p) if p.pos_ == "PROPN" else [p]),
                        *[c for c in p.children if c.dep_ == "appos" and not content_named]]
            for tok in cand:
                if content_named and tok.i == p.i:
                    # a proposal's apposition names its content ("any plan to resettle X"), no author
                    gov = next((c for c in tok.children if c.dep_ == "compound" and c.lower_ == "government"
                                and c.i == tok.i - 1), None)
                    aid = self._partner_actor(gov, holders) if gov is not None else None
                    aid = aid or self.res.seated(tok) or self.res.smallest_at(tok.idx, tok.idx + len(tok.text))
                    if aid is None and lemma in self._COLLECTIVE:
                        # "accused the government of X": a body noun with no author of its own is
                        # the partner itself (the events stage's actor for it)
                        aid = self._partner_actor(tok, holders)
                else:
                    aid = self._partner_actor(tok, holders)
                nats = _nationals(tok)
                ids = [aid] if aid is not None and len(nats) < 2 else [
                    x for x in (self._partner_actor(n, holders) for n in nats) if x is not None] or (
                    [aid] if aid is not None else [])
                for aid in ids:  # (a body of people named by its nationality: "Egyptian and Qatari mediators")
                    a = self.res.actor(aid)
                    if aid in out or (a is not None and a.type == "media") or _company(a):
                        continue  # (README section 6: no alignment with a media outlet or a company)
                    out.append(aid)
                    if where is not None:
                        where[aid] = tok
            if out:
                break
        return out

    _PARTS = frozenset({"remnant", "remnants", "member", "leader", "supporter", "fighter", "unit", "wing",
                        "faction", "official", "representative", "delegation", "loyalist", "ally", "envoy"})
    _COLLECTIVE = frozenset({"government", "authorities", "military", "forces", "troops", "army", "police",
                             "officials", "administration", "parliament", "ministry", "rebels", "militants"})

    def _own_forces(self, partner: str, holders: Sequence[str]) -> bool:
        """Whether an events-stage body read as side B belongs to a holder that is its state ("Chile
        praised the soldiers who ..."): README section 6.3, no alignment with one's own state."""
        b = self.res.actor(partner)
        if b is None or not b.country:
            return False
        return any((h := self.res.actor(x)) is not None and h.type == "state" and h.id == b.country for x in holders)

    def _partner_actor(self, tok: Token, holders: Sequence[str] = ()) -> str | None:
        at = self.res.smallest_at
        if tok.pos_ == "PRON":
            # coreference from the actors stage, else the nearest fitting actor before it
            aid = at(tok.idx, tok.idx + len(tok.text))
            if aid is None or (aid in holders and tok.lower_ not in ("himself", "herself", "itself", "themselves")):
                aid = self.res.antecedent(tok, exclude=holders)
            return aid
        aid = self.res.seated(tok) or self.res.named(tok)  # ("the government in Taipei": its seat first)
        if tok.pos_ == "PROPN" and described_company(tok):
            a = self.res.actor(aid or self.res.unindexed_name(tok))
            if a is None or a.sector in (None, "BUS"):
                return None  # "plans by the state-owned miner Nordmalm": a company (README section 6)
        if aid is not None:
            return aid
        if tok.pos_ == "PROPN" or tok.lemma_.lower() in self._COLLECTIVE:
            aid = self.res.holder(tok)
            if aid is None and tok.pos_ == "NOUN":
                aid = self.res.group_partner(tok)  # "accused the army of X" (plural_holders.py)
                if aid is not None and self._own_forces(aid, holders):
                    return None
            if aid is None and tok.dep_ == "compound" and tok.lower_ == "government" and tok.head.pos_ == "NOUN":
                aid = self.res.only_state()  # "criticised a government plan": the one state of the text
            return aid
        if tok.pos_ == "NOUN" and (group := self.res.group_partner(tok)) is not None:
            return None if self._own_forces(group, holders) else group
            # ("a call by Anglican clergy": the events stage's body, plural_holders.py)
        if authoring_body(tok):
            return self.res.holder(tok)  # "claims by a parliamentary audit panel"
        if tok.lemma_.lower() not in self._PARTS:
            return None
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None and pobj.pos_ == "PROPN":  # "remnants of Seleka"
            return at(pobj.idx, pobj.idx + len(pobj.text))
        return None

    def stance_alignments(self, raw: RawStance, holders: list[str], issue: str | None) -> None:
        if raw.kind not in ("evaluative", "accuse", "refuse") or not holders or not raw.partners:
            return
        where: dict[str, Token] = {}
        partners = self.partner_actors(raw, holders, where)
        cue = _tspan(self.text, raw.cue)
        held = self._holder_tokens(raw)
        for a in holders:
            for b in partners:
                if b in holders:
                    continue
                src = where.get(b)
                if src is not None and attempt_author(src) and self._own_state(a, b):
                    continue  # ("Brazil criticised X, calling it a bid by the government to ..."): itself
                if state_and_own_government(self.res.actor(a), self.res.actor(b), held.get(a)):
                    continue  # ("Chile's minister defended the government's plan"): itself (recall15)
                self._add_alignment(a, b, raw.polarity, issue, cue, raw.sent, a, (held.get(a), where.get(b)),
                                    raw.cue[0])

    def _own_state(self, a: str, b: str) -> bool:
        """Whether one side is a state and the other that state or one of its own bodies
        (README 6.3: no alignment of a holder with itself or its own state)."""
        sa, sb = self.res.actor(a), self.res.actor(b)
        if sa is None or sb is None or "state" not in (sa.type, sb.type):
            return False
        return self.res.state_of(a) is not None and self.res.state_of(a) == self.res.state_of(b)

    def _holder_tokens(self, raw: RawStance) -> dict[str, Token]:
        """The holder token each holder actor of a raw stance was read from (none for the speaker)."""
        out: dict[str, Token] = {}
        for tok in sorted(raw.holders, key=lambda t: t.i):
            aid = self.res.holder(tok)
            if aid is not None:
                for m in self.res.expand(aid):
                    out.setdefault(m, tok)
        return out

    def explicit_alignments(self, ra: RawAlignment, context: str | None) -> None:
        res = self.res

        where: dict[str, Token] = {}

        def side(toks: list[Token]) -> list[str]:
            ids: list[str] = []
            for t in toks:
                aid = res.holder(t)
                if aid is None:
                    continue
                for m in res.expand(aid):
                    if m not in ids:
                        ids.append(m)
                        where.setdefault(m, t)
            return ids

        a_ids = side(ra.side_a)
        b_ids = side(ra.side_b) if ra.side_b else []
        pairs: list[tuple[str, str]] = []
        if b_ids:
            pairs = [(a, b) for a in a_ids for b in b_ids if a != b and not _company(res.actor(b))]
        else:
            pairs = [(a_ids[i], a_ids[j]) for i in range(len(a_ids)) for j in range(i + 1, len(a_ids))]
        if not pairs:
            return
        topic_text = self.doc[slice(*ra.topic)].text if ra.topic else ""
        issue, _ = self.issue_for(ra.sent, ra.topic, context, topic_text or self.text[ra.sent.start_char:ra.sent.end_char],
                                  explicit_topic=bool(topic_text))
        cue = _tspan(self.text, ra.cue)
        claimed = res.speaker_holder(ra.cue[0])
        for a, b in pairs:
            self._add_alignment(a, b, ra.polarity, issue, cue, ra.sent, claimed or a, (where.get(a), where.get(b)),
                                ra.cue[0])
        if ra.stance_target is not None:  # "A and B agreed to X": both +1 on X
            members = list(dict.fromkeys(x for pair in pairs for x in pair))
            pol = -1 if ra.extra.get("stance_polarity") == -1 else 1  # ("traded accusations over X": -1)
            first = ra.sent.doc[ra.stance_target[0]]
            act = first.tag_ == "VB" or (first.lower_ == "to" and first.dep_ == "aux")  # ("agreed to reopen X")
            target, cue_toks = ra.stance_target, ra.cue
            inner = _evaluative_gerund(first, target)
            if inner is not None:  # "shared the same position in rejecting X": -1 on X
                pol, target, cue_toks, act = pol * inner[0], inner[1], [*ra.cue, first], False
            raw = RawStance(ra.sent, [], cue_toks, target, pol, "evaluative", 0.9, [], gerund=act)
            self.add_stance(raw, context, holders=members)


def _evaluative_gerund(first: Token, target: tuple[int, int]) -> tuple[int, tuple[int, int]] | None:
    """A shared position's content that opens with an evaluative -ing verb and its object ("in
    rejecting any new levy", "in backing the plan"): the verb's polarity and its object's span, for
    the stance to be on the object as the verb evaluates it."""
    if first.tag_ != "VBG" or first.i != target[0]:
        return None
    cue = lexicon().verbs.get(first.lemma_.lower())
    obj = child(first, "dobj")
    if cue is None or cue.kind != "evaluative" or obj is None or is_negated(first):
        return None
    lo, hi = compact_span(obj)
    return (cue.polarity, (lo, min(hi, target[1]))) if lo < hi <= target[1] else None


#: people and craft a nationality adjective can stand for: "Chinese vessels" are China's, "Qatari
#: mediators" Qatar's (not "Chinese goods" or "Egyptian cotton")
_AGENT_NOUNS = frozenset({"mediator", "negotiator", "vessel", "ship", "warship", "boat", "aircraft", "jet", "plane",
                          "drone", "helicopter", "warplane", "bomber", "submarine", "frigate", "destroyer", "missile",
                          "troop", "soldier", "force", "official", "diplomat", "lawmaker", "legislator",
                          "minister", "leader", "authority", "guard", "navy", "delegation", "delegate", "envoy",
                          "agent", "police", "policeman", "militia", "army"})
_CIVIL = frozenset({"fishing", "merchant", "cargo", "commercial", "container", "passenger", "private", "civilian",
                    "cruise", "tourist", "migrant", "refugee", "aid", "rescue", "trawler"})


def _nationals(tok: Token) -> list[Token]:
    """The nationality adjectives of a common noun for people or craft ("Egyptian and Qatari
    mediators", "Chinese coast guard vessels"), with their conjuncts; none for other nouns."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _AGENT_NOUNS or any(
            c.lemma_.lower() in _CIVIL for c in tok.children if c.dep_ in ("compound", "amod")):
        return []  # ("Indian fishing boats", "Greek merchant ships": private craft, not the state)
    coordinated = [m for m in coordinated_modifiers(tok) if m.ent_type_ in ("NORP", "GPE")]
    if coordinated:  # "Egyptian and Qatari mediators"
        return coordinated
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
    mods += [g for c in mods if c.pos_ == "NOUN" for g in c.children if g.dep_ in ("amod", "compound")]
    return [m for m in mods if m.ent_type_ in ("NORP", "GPE")]  # ("Chinese coast guard vessels")


def split_coordination(raw: RawStance) -> list[RawStance]:
    """One stance per coordinated object: "opposed to force or sanctions" gives a position on
    force and one on sanctions, so that propositions match across actors one by one."""
    doc = raw.sent.doc
    lo, hi = raw.target
    if hi - lo < 3 or raw.target_prefix:
        return [raw]
    root = doc[lo:hi].root
    conj = [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and lo <= c.i < hi]
    if root.pos_ not in ("NOUN", "PROPN") or not conj or any(c.pos_ == "PROPN" for c in [root, *conj]):
        return [raw]
    first_end = min(c.left_edge.i for c in conj)
    while first_end > lo and (doc[first_end - 1].dep_ == "cc" or doc[first_end - 1].is_punct):
        first_end -= 1
    parts = [(lo, first_end)]
    for c in conj:
        clo, chi = compact_span(c, cut=frozenset({"conj", "cc", "punct", "relcl", "appos"}))
        parts.append((clo, chi))
    if any(_phrase(doc, p) for p in parts):
        return [raw]  # "called for an immediate truce in Y and the release of Z": one demand, as worded
    return [replace(raw, target=p) for p in parts if p[1] > p[0]]


def _phrase(doc: Doc, part: tuple[int, int]) -> bool:
    """A conjunct that is a full phrase of its own: a noun with a determiner and a complement
    ("the release of all hostages"), not a bare or modified noun ("force", "economic sanctions")."""
    toks = doc[part[0]:part[1]]
    return len(toks) > 3 and toks[0].dep_ == "det" and any(t.dep_ == "prep" for t in toks)


_PERSON_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you", "he", "she", "they", "we", "i"})
#: texts put to a vote ("voting against it": the resolution)
_VOTED = frozenset({"resolution", "motion", "bill", "law", "amendment", "draft", "measure", "proposal", "text",
                    "declaration", "treaty", "budget"})
#: nouns that only take up something named before them in the sentence ("backed the idea")
_ANAPHORS = frozenset({"idea", "notion"})
_PRON_TARGETS = frozenset({"it", "this", "that", "them", "these", "those", "one"})


def resolve_pronoun_target(raw: RawStance) -> RawStance | None:
    """A target that is only a pronoun ("and would defend it") becomes its antecedent: the
    nearest noun object or subject before it in the sentence; None when there is none (a
    pronoun is no proposition)."""
    lo, hi = raw.target
    doc = raw.sent.doc
    if hi - lo == 2 and doc[lo].lower_ in ("the", "this", "that", "such") and doc[lo + 1].lemma_.lower() in _ANAPHORS:
        lo += 1  # "A opposed X, B backed the idea": the idea is X
    elif hi - lo != 1 or doc[lo].lower_ not in _PRON_TARGETS or doc[lo].pos_ not in ("PRON", "DET", "NUM"):
        return raw
    holders = {t.i for t in raw.holders}
    anaphor = doc[lo].pos_ == "NOUN"
    voted = [t for t in doc[raw.sent.start:lo] if t.lemma_.lower() in _VOTED and t.pos_ == "NOUN"]
    if voted and any(c.lemma_ == "vote" for c in raw.cue):  # "adopted a resolution on X, with Y voting
        t = voted[-1]  # against it": the text put to the vote, not the last noun of its content
        a, b = compact_span(t, cut=frozenset({"relcl", "advcl", "appos", "punct", "cc", "conj"}))
        content = next((c for c in t.head.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > t.i), None)
        skip: frozenset[int] = frozenset()
        if content is not None and b <= content.i:  # "adopted a resolution on Friday demanding X": its content
            skip = frozenset(x for x in range(b, content.left_edge.i) if x < lo)
            b = min(compact_span(content)[1], lo)
        comma = next((x.i for x in doc[a:b] if x.text == "," and x.i > t.i), None)
        b = comma if comma is not None else b
        return replace(raw, target=(a, b), gerund=False, skip=skip,
                       partners=[t if p.i == lo else p for p in raw.partners])
    for t in reversed(doc[raw.sent.start:lo]):
        if anaphor and (t.dep_ == "pobj" or any(a.dep_ in ("relcl", "acl") or a.pos_ in ("NOUN", "PROPN")
                                                for a in t.ancestors)):
            continue  # ("opposed X to fund Y, ... backed the idea": X, not Y; "a fund for Y": the fund)
        if t.dep_ in ("dobj", "pobj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t.i not in holders \
                and t.ent_type_ not in ("DATE", "TIME", "GPE", "NORP", "PERSON"):
            a, b = compact_span(t, cut=frozenset({"relcl", "advcl", "appos", "punct", "cc", "conj", "acl", "prep"}))
            # the pronoun stands for that thing: its partner is the thing's author, not whatever
            # actor the pronoun would name ("Chile rejected the plan and Peru opposed it": no Chile)
            partners = [t if p.i == lo else p for p in raw.partners]
            return replace(raw, target=(a, b), gerund=False, skip=frozenset(), partners=partners)
    prev = _previous_policy(doc[lo]) if not anaphor else None
    if prev is not None:  # "Creditors tabled a plan on Monday. Ghana rejected it.": the plan
        a, b = compact_span(prev, cut=frozenset({"relcl", "advcl", "appos", "punct", "cc", "conj", "acl", "prep"}))
        for c in prev.children:  # "its plan for a coastal highway", "an offer of joint drills": what it is of
            if c.dep_ == "prep" and c.i == b and c.lower_ in ("of", "for", "on", "to") and child(c, "pobj") is not None \
                    and not is_time(c):
                b = c.right_edge.i + 1
        return replace(raw, target=(a, b), gerund=False, skip=frozenset(),
                       partners=[prev if p.i == lo else p for p in raw.partners])
    return None


#: besides policies: offers, requests and reports put forward, and the suspension or withdrawal of
#: one ("Creditors tabled an offer. X rejected it", "India announced the suspension of Y. X condemned it")
_PUT_FORWARD = frozenset({"offer", "request", "demand", "report", "suspension", "withdrawal", "inquiry",
                          "investigation", "bid", "ultimatum", "recommendation", "declaration", "statement"})


#: verbs that put a plan, offer or measure forward: their subject is its author
_PUT_FORWARD_VERBS = frozenset({"announce", "table", "unveil", "publish", "issue", "propose", "present", "submit",
                                "impose", "declare", "introduce", "launch", "order", "make"})


def _previous_policy(pron: Token) -> Token | None:
    """For "it" / "them" with nothing to stand for in its own sentence, a plan, proposal, rule or
    deal (``POLICY_NOUNS``) put forward in the sentence just before, as its object or subject; the
    number must agree ("it": singular, "them": plural), and the last such noun is taken. Events,
    places and people are not looked for ("The army shelled the town. Chile condemned it.")"""
    low = pron.lower_
    if low not in ("it", "them") or pron.sent.start == 0:
        return None
    prev = pron.doc[pron.sent.start - 1].sent
    for t in reversed(prev):
        if t.dep_ in ("dobj", "nsubjpass", "nsubj") and t.pos_ == "NOUN" \
                and (t.lemma_.lower() in POLICY_NOUNS or t.lemma_.lower() in _PUT_FORWARD) \
                and (t.tag_ == "NNS") == (low == "them"):
            return t
    return None


def resolve_definite_target(raw: RawStance) -> RawStance:
    """A target that is only "the <noun>" repeating a noun named in full earlier in the sentence
    ("A praised Y's decision to cut X, while B criticised the decision") stands for that earlier
    mention: its text and its author (the partner), as a pronoun would ("... B criticised it")."""
    lo, hi = raw.target
    doc = raw.sent.doc
    if hi - lo != 2 or doc[lo].lower_ != "the" or doc[lo + 1].pos_ != "NOUN" or any(
            True for _ in doc[lo + 1].children if _.i != lo):
        return raw
    noun = doc[lo + 1]
    holders = {t.i for t in raw.holders}
    for t in reversed(doc[raw.sent.start:lo]):
        if t.pos_ == "NOUN" and t.lemma_ == noun.lemma_ and t.i not in holders and any(
                c.dep_ in ("poss", "acl", "prep", "amod", "compound") for c in t.children):
            a, b = compact_span(t, cut=frozenset({"relcl", "advcl", "appos", "punct", "cc", "conj"}))
            partners = [t if p.i == noun.i else p for p in raw.partners]
            return replace(raw, target=(a, b), gerund=False, skip=frozenset(), partners=partners)
    return raw


#: nouns that only sum up what the clause before did or named ("the move", "the measure")
_ACT_ANAPHORS = ACT_NOUNS | {"action"}  # (rules.ACT_NOUNS: the same nouns after a comma)
#: of those, the ones that name the act itself rather than the thing it produced
_ACT_ONLY = frozenset({"move", "step", "action"})


def _participle_main(cue: Token) -> Token | None:
    """The verb of the main clause a participial cue is attached to: an absolute "with X calling
    ..." (the "with" hung on the verb or on its object) or a bare participle ", calling ...";
    None when the cue is no such participle."""
    if cue.tag_ != "VBG":
        return None
    head = cue.head
    if cue.dep_ in ("pcomp", "acl") and head.lower_ == "with":  # "with X calling ..."
        head = head.head
    elif cue.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ == "with":  # "with the unions condemning"
        head = head.head.head
    elif cue.dep_ != "advcl":
        return None
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "pobj"):
        head = head.head if head.dep_ == "dobj" else head.head.head  # "with" hung on the main object
    return head if head.pos_ == "VERB" and head.i < cue.i else None


def resolve_act_anaphor(raw: RawStance, cue_verbs: Collection[str]) -> RawStance:
    """A target that is only "the move / the measure / the step / the decision" in a participle
    after a main clause ("A approved a bill on X, with B calling the measure a betrayal"; "A
    criticised Y's plan, with its leader calling the move a mistake") stands for what that clause
    named: the main verb's object (the thing evaluated, when the main verb is itself a cue; the
    thing approved or passed), or its act when the noun names only an act ("the move" after "A
    closed the border"). The object's author is no partner: the noun does not name it."""
    lo, hi = raw.target
    doc = raw.sent.doc
    if hi - lo != 2 or doc[lo].lower_ not in ("the", "this", "that") or doc[lo + 1].lemma_.lower() not in _ACT_ANAPHORS \
            or any(c.i != lo for c in doc[lo + 1].children) or not raw.cue:
        return raw
    main = _participle_main(raw.cue[0])
    if main is None:
        return raw
    obj = child(main, "dobj")
    if obj is None:  # "A and B clashed over a new law, with B calling the measure X"
        prep = next((c for c in main.children if c.dep_ == "prep" and c.lower_ in ("over", "on", "against", "about")
                     and c.i < raw.cue[0].i), None)
        obj = child(prep, "pobj") if prep is not None else None
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ in ("GPE", "NORP", "PERSON") \
            or obj.i >= lo or any(t.i == obj.i for t in raw.holders):
        return raw
    a, b = compact_span(obj, cut=frozenset({"advcl", "appos", "punct", "cc", "conj"}))
    b = min(b, raw.cue[0].left_edge.i)
    while b > a and (doc[b - 1].is_punct or doc[b - 1].lower_ == "with"):
        b -= 1
    if doc[lo + 1].lemma_.lower() in _ACT_ONLY and main.lemma_.lower() not in cue_verbs and obj.dep_ == "dobj":
        a = main.i  # "Peru closed the border, with Chile calling the move X": the closing
    return replace(raw, target=(a, b), gerund=False, skip=frozenset())


#: nouns of a quality whose sign passes to the thing it is the quality of ("the illegality of X")
_QUALITY_NOUNS = {"illegality": -1, "illegitimacy": -1, "unlawfulness": -1, "unfairness": -1, "injustice": -1,
                  "absurdity": -1, "futility": -1, "legality": 1, "legitimacy": 1, "lawfulness": 1, "validity": 1,
                  "fairness": 1, "importance": 1, "necessity": 1}


def quality_target(raw: RawStance) -> RawStance:
    """A target that is a quality of a thing ("insisted on the illegality of X", "questioned the
    legitimacy of X", "stressed the importance of X") is a position on the thing, signed by the
    quality: +1 on "the illegality of X" is -1 on X. A negative quality under a negative cue
    ("denounced the unfairness of X") is asserted, not denied: left as written."""
    lo, hi = raw.target
    doc = raw.sent.doc
    head = next((t for t in doc[lo:hi] if not lo <= t.head.i < hi or t.head.i == t.i), None)
    if head is None or head.pos_ != "NOUN" or raw.gerund:
        return raw
    sign = _QUALITY_NOUNS.get(head.lemma_.lower())
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    thing = child(of, "pobj") if of is not None else None
    if sign is None or thing is None or thing.pos_ not in ("NOUN", "PROPN") or (sign < 0 and raw.polarity < 0):
        return raw
    a, b = compact_span(thing)
    partners = [thing if p.i == head.i else p for p in raw.partners]
    return replace(raw, target=(a, b), polarity=raw.polarity * sign, skip=frozenset(), partners=partners)


#: documents whose content a participle on them states ("a resolution calling on X to Y")
_DOCUMENTS = frozenset({"resolution", "statement", "declaration", "motion", "communique", "text", "document"})


def _bare_document(raw: RawStance, raws: list[RawStance]) -> bool:
    """"passed a resolution calling on X to Y": a target that is only the document ("a resolution")
    when another candidate's cue is the participle on that document, which states its content."""
    span = raw.sent.doc[raw.target[0]:raw.target[1]]
    if not len(span):
        return False
    noun = span[-1] if len(span) <= 2 else span.root
    if noun.lemma_.lower() not in _DOCUMENTS:
        return False
    mine = {h.i for h in raw.holders}
    # (a longer target holds the participle too: "adopted a resolution demanding X" is the body's
    # demand of X, stated once, by the same holder)
    return any(o is not raw and o.cue and o.cue[0].i > noun.i and (len(span) <= 2 or (
        {h.i for h in o.holders} == mine and raw.target[0] <= o.cue[0].i < raw.target[1])) and (
        (o.cue[0].dep_ in ("acl", "relcl") and o.cue[0].head.i == noun.i)
        or (o.cue[0].dep_ == "advcl" and o.cue[0].tag_ == "VBG" and noun.dep_ == "dobj"
            and o.cue[0].head.i == noun.head.i))  # ("passed a resolution on Friday calling on X to Y")
        for o in raws)


#: words that open a condition clause ("would back Y provided (that) Z ...")
_PROVISO = frozenset({"provided", "providing"})


def _with_condition(raw: RawStance) -> RawStance:
    """"would back the treaty provided that Peru dropped its claim": the condition stays inside the
    target (README section 5, as "until" / "unless" clauses do), whether the parser hangs
    "provided" on the object, on the cue verb or on the verb that reports it; words between the
    object and the condition ("despite Y, provided that Z") are left out of the target's text."""
    doc = raw.sent.doc
    lo, hi = raw.target
    cue = raw.cue[0]
    if hi <= lo or cue.i >= lo:
        return raw
    prov = next((t for t in doc[lo:min(raw.sent.end, hi + 12)] if t.lower_ in _PROVISO and t.i >= lo + 1
                 and (t.head.i in (cue.i, cue.head.i) or lo <= t.head.i < hi)), None)
    if prov is None or (prov.i >= hi and any(t.dep_ == "ROOT" or t.text in (";", ".") for t in doc[hi:prov.i])):
        return raw
    clause = child(prov, "ccomp", "pcomp", "advcl")
    nxt = doc[prov.i + 1] if prov.i + 1 < len(doc) else None
    if clause is None and nxt is not None and nxt.lower_ == "that" and nxt.dep_ == "mark":
        clause = nxt.head  # ("provided | that Peru dropped its claim": the clause hung on the cue verb)
    if clause is None or clause.i < prov.i or clause.i >= raw.sent.end:
        return raw
    end = max(t.i for t in clause.subtree if not t.is_punct) + 1
    gap = [t.i for t in doc[hi:prov.i]]
    if gap and doc[gap[0]].is_punct and all(doc[i].is_punct for i in gap):
        gap = []  # ("the reform, providing Z": the comma stays, it carries the space)
    skip = raw.skip | frozenset(gap)
    return replace(raw, target=(lo, max(hi, end)), skip=skip)


def _dedupe(raws: list[RawStance]) -> list[RawStance]:
    """Drop candidates whose holder tokens and target duplicate or nest in another's."""
    raws = [r for r in raws if not _bare_document(r, raws)]
    out: list[RawStance] = []
    for r in sorted(raws, key=lambda r: (r.source == "author", r.target[0], -(r.target[1] - r.target[0]))):
        dup = False
        for o in out:
            same_holder = {t.i for t in r.holders} == {t.i for t in o.holders} or (
                r.holder_is_speaker and o.holder_is_speaker)
            overlap = min(r.target[1], o.target[1]) - max(r.target[0], o.target[0])
            similar = bool({t.i for t in r.cue} & {t.i for t in o.cue}) or r.target == o.target or (
                r.kind == o.kind and overlap >= 0.6 * (r.target[1] - r.target[0]))
            if same_holder and overlap > 0 and (r.polarity == o.polarity or r.cue[0].i == o.cue[0].i) and similar:
                dup = True
                if r.partners and not o.partners and r.kind in ("evaluative", "accuse"):
                    # "promised the bank's help for Peru's bid": the nested evaluation aligns
                    o.partners = list(r.partners)
                    o.kind = r.kind
                break
        if not dup:
            out.append(r)
    return out


def extract_stances(doc: Doc, *, catalogue: IssueCatalogue | None = None,
                    embed_similarity: Callable[[str, str], float] | None = None,
                    ) -> tuple[list[Stance], list[Alignment]]:
    """Stances and alignments of an analysed Doc (needs the parse; uses actors/statements).

    Args:
        doc: a parsed Doc, ideally after the actors and statements components.
        catalogue: the issue catalogue (the shipped one by default).
        embed_similarity: optional ``f(a, b) -> [0, 1]`` for proposition matching
            (see :mod:`stancemap.issues.embeddings`).
    """
    if len(doc) == 0 or not doc.has_annotation("DEP"):
        return [], []  # the rules read the dependency parse; without one there is nothing to read
    catalogue = catalogue or default_catalogue()
    lex, alex = lexicon(), align_lexicon()
    with isolated(doc, _STAGE, what="this parse repair is skipped") as outcome:
        if repair_lemmas(doc):  # "hopes" read as a form of "hop"
            forget_words(doc)
    if outcome.failed:
        forget_words(doc)
    # (each repair sets heads through common.guard.set_heads: never a head cycle; one that fails is skipped)
    for repair in (
        repair_cue_read_as_auxiliary,  # "opposes forced returns": the cue is the verb, not an auxiliary
        repair_stranded_complements,  # "refused in a statement to sign X": the complement back on the cue
        repair_fronted_label,  # "dismissed as absurd the claims": the object back on the cue
        repair_trailing_attribution,  # "X welcomed Y's plan, Minister Z said": Z read inside the object
        lambda d, _: repair_trailing_summary(d),  # "..., a charge X's leaders rejected": the summing noun read
        # inside the reacting party (shared with the events stage, which runs first: common.parse_repair)
        repair_ruling_summary,  # "..., a ruling X welcomed": "ruling" read as a verb on X (recall11)
        repair_bare_relative,  # "..., a charge the Taliban rejected": the subject read as an apposition
        repair_subject_read_as_conjunct,  # "While A opposed X, B backed it": B read as a conjunct of X
        repair_absolute_pair,  # "with A voting for X and B against it": B read as a conjunct of X (recall13)
        repair_summary_read_as_object,  # "offered to halve X, a proposal Y rejected": no second object
        repair_pressed_infinitive,  # "to press Y to stop Z": "to stop Z" read as an adverbial of "press"
        repair_finite_conjunct,  # "said Y could not host Z and called on W": "called" read on "host"
        repair_conjunct_in_relative,  # "blamed Y for an attack that killed Z and demanded W": "demanded" on "killed" (recall15)
        repair_cue_read_as_modifier,  # "accepted Y, and proposed joint patrols": "proposed" read as an adjective (recall15)
        lambda d, _: repair_capital_read_as_adverb(d),  # "Windhoek is squarely behind Y": the capital an adverb (recall15)
        lambda d, _: repair_need_read_as_noun(d),  # "Y is what our coastline needs": "needs" read as a noun (recall15)
        lambda d, _: repair_label_on_object(d),  # "calling X's draft a betrayal": the label read on the object (recall17)
        repair_cue_conjunct_of_reported_thing,  # "said the project had broken X and demanded Y": the speaker demands (recall17)
        repair_label_participle_on_judgement,  # "said the plan was unfair, calling it X": the speaker labels (recall17)
        repair_noun_read_as_verb_before_as,  # "described X's plan ... the lagoon channels as Y": a noun read as a verb (recall17)
        repair_participle_read_as_conjunct,  # "had no intention of invading Y, dismissing Z": on the verb
        lambda d, _: repair_adverbial_label(d),  # "Y was a step forward": the noun read as a measure of the adverb
        lambda d, _: repair_gapped_object(d),  # "drew praise from A and criticism from B": the second object a clause
        lambda d, _: repair_told_clause_read_as_relative(d),  # "told visiting officials that X ...": a relative
        lambda d, _: repair_made_clear(d),  # "made clear it was against X": "clear" read as the clause's complement
        lambda d, _: repair_agent_of_named(d),  # "what it called violations of X by Y": "by Y" read on the naming verb
        repair_cue_verb_arguments,  # "supports revising X" / "Slovenia backs building X": a gerund or a subject misread
        lambda d, _: repair_speaker_read_as_apposition(d),  # "Y would ruin towns, a spokeswoman said": the speaker
    ):
        with isolated(doc, _STAGE, what="this parse repair is skipped"):
            repair(doc, lex)
    b = _Builder(doc, catalogue, embed_similarity)
    ctx = ContextTracker(catalogue)
    b.ctx = ctx
    prev_end = 0
    for k, sent in enumerate(doc.sents):
        if "\n\n" in b.text[prev_end:sent.start_char].replace(" ", ""):
            ctx.new_paragraph()  # a blank line ends the issue context
        prev_end = sent.end_char
        if b.text[sent.start_char:sent.end_char].rstrip(" \"'”’)").endswith("?"):
            ctx.push(b.text[sent.start_char:sent.end_char])
            continue  # a question takes no position ("Did France support the resolution?")
        sizes = len(b.stances), len(b.alignments), len(b._auto)
        # (one sentence's failure costs that sentence's stances and alignments only: common.guard)
        with isolated(doc, _STAGE, sentence=k, span=(sent.start_char, sent.end_char)) as outcome:
            _sentence_stances(b, sent, lex, alex, ctx)
        if outcome.failed:
            _undo_sentence(b, sent, *sizes)
        ctx.push(b.text[sent.start_char:sent.end_char])
    return b.stances, b.alignments


def _undo_sentence(b: _Builder, sent: Span, n_st: int, n_al: int, n_auto: int) -> None:
    """Drop what a failed sentence had added to ``b``: its stances, alignments, discovered issues and
    dedupe keys (stance keys hold the target's token offsets, alignment keys the sentence start).
    (Propositions it had put into the matcher stay: they only group later stances' propositions.)"""
    del b.stances[n_st:], b.alignments[n_al:], b._auto[n_auto:]
    b._seen_st = {k for k in b._seen_st if not sent.start <= k[1] < sent.end}
    b._seen_al = {k for k in b._seen_al if k[0] != sent.start}


def _sentence_stances(b: _Builder, sent: Span, lex: Lexicon, alex: AlignLexicon, ctx: ContextTracker) -> None:
    """Add one sentence's stances and alignments to ``b``."""
    found = [quality_target(fronted_clause_anaphor(resolve_act_anaphor(resolve_definite_target(r), lex.verbs),
                                                   _ACT_ANAPHORS))
             for r in map(resolve_pronoun_target, find_raw_stances(sent, lex))
             if r is not None and not (r.source == "verb" and describes_the_object(r.cue[0]))]  # (recall17)
    found = [_with_condition(undone_target(r, lex) or r) for r in found]
    raws = [r for raw in _dedupe(prefer_phrases(found)) for r in split_coordination(raw)]
    ras = find_raw_alignments(sent, alex)
    context = ctx.last() if raws or ras else None
    for raw in raws:
        ids = b.add_stance(raw, context)
        mine = _with_ids(b.stances, ids)
        holders = [s.actor for s in mine if s.actor]
        if not holders and raw.kind in ("evaluative", "accuse"):
            holders = b.holders_of(raw)
        issue = next((s.issue for s in mine), None)
        b.stance_alignments(raw, holders, issue)
    for ra in ras:
        b.explicit_alignments(ra, context)


class StanceExtractor:
    """The ``stancemap_stances`` component: writes ``doc._.sm_stances`` and ``doc._.sm_alignments``."""

    def __init__(self, nlp: Language, name: str, catalogues: list[str] | None = None,
                 embedding_model: str = "") -> None:
        register_extensions()
        lexicon(), align_lexicon()  # load the cue files once, at construction
        self.name = name
        self.catalogue = default_catalogue(tuple(catalogues or ()))
        self.embed_similarity = None
        if embedding_model:
            from ...issues.embeddings import embedding_similarity

            self.embed_similarity = embedding_similarity(embedding_model)

    def __call__(self, doc: Doc) -> Doc:
        stances, alignments = extract_stances(doc, catalogue=self.catalogue, embed_similarity=self.embed_similarity)
        doc._.sm_stances = stances
        doc._.sm_alignments = alignments
        return doc
