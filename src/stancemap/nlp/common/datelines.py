"""Datelines at the head of a paragraph: "MOSCOW —", "KYIV, Ukraine —", "LIMA, March 3 (Agency) -".

A dateline says where a story was filed, not who acts: its place is no actor. This module finds the
place words of one (the city: a country or state after it stays, as the story's setting), read on
tokens at the start of the text or of a paragraph:

    PLACE [, REGION] [[,] MONTH DAY] [(AGENCY)] DASH-OR-COLON

PLACE is one to four words in capitals ("UNITED NATIONS", "KYIV"), REGION one to three capitalised
words ("Ukraine", "N.Y."). A bare "PLACE -" (no region, date or agency) counts only when the city
gazetteer knows the place: an acronym in capitals opening a paragraph ("NATO - ...") is a name. A
colon closes a dateline only after a date or an agency ("LIMA, May 3 (Agency):"): "NATO: Russia
must ..." and "IAEA: Iran must ..." are headlines that name their speaker. Only a place in capitals counts: a place in title case at the head of a
paragraph is as often a subject or the start of an aside ("Tehran, the capital, ...", "Iran - which
denies it - said ...") and, on the PolNeAR dev set, taking dated or credited title-case places
("Lima, March 3 -") for datelines cost speaker resolution; they stay.

This module is the one place that decides what a dateline is; the stages only choose what to do
with one:

- the place: :func:`dateline_places` (the actors stage takes them, and
  :func:`dateline_namesakes`, their repetitions the tagger took for persons, from the actors),
  :func:`dateline_country` (the country of the story's dateline, the events stage's default place);
- a dateline the parser took for part of the first clause, read on the parse and the tokens around
  one token: :func:`is_dateline` and :func:`dash_dateline` (a dateline read as a subject),
  :func:`agency_credit` (the agency credited in parentheses), :func:`after_dateline_dash` (where a
  phrase that took a dateline in begins), :func:`after_dateline_place` and :func:`dateline_before`
  (speaker resolution), :func:`caps_dateline_dash` (stance holders).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...actors.cities import city_candidates, city_country
from ...actors.tables import load_tables
from ...dates import MONTHS
from .text import DASHES

__all__ = ["DATELINE_ENDS", "after_dateline_dash", "after_dateline_place", "agency_credit", "caps_dateline_dash",
           "city_country_dash",
           "dash_dateline", "dateline_before", "dateline_country", "dateline_namesakes", "dateline_places",
           "is_dateline"]

_ENDS = DASHES | {":", "\u2015"}


def _caps_word(t: Token) -> bool:
    """A word in capitals of two letters or more ("KYIV", "UNITED"), as a dateline's place is written."""
    return t.is_alpha and t.is_upper and len(t.text) > 1


def _paragraph_start(doc: Doc, i: int) -> bool:
    if i == 0:
        return True
    prev = doc[i - 1]
    return prev.is_space and "\n" in prev.text or "\n" in prev.whitespace_ or (
        prev.is_space and i == 1)


def _word(t: Token) -> bool:
    return t.text[:1].isupper() and (t.is_alpha or t.text.replace(".", "").replace("'", "").replace("-", "").isalpha())


def _place_words(doc: Doc, j: int, most: int) -> int:
    """The end of a run of up to ``most`` capitalised words from token ``j``."""
    k = j
    while k < len(doc) and k - j < most and _word(doc[k]):
        k += 1
    return k


def _dateline_at(doc: Doc, i: int) -> list[tuple[int, int]]:
    """The token range of the place of a dateline starting at token ``i`` (empty: none there)."""
    end = _place_words(doc, i, 4)
    if end == i:
        return []
    if not all(_caps_word(t) for t in doc[i:end] if t.is_alpha):
        return []  # (a place in title case: see above)
    j = end
    more = False  # a region, a date or an agency after the place
    if j + 1 < len(doc) and doc[j].text == ",":
        if doc[j + 1].lower_.rstrip(".") in MONTHS:
            j += 1
        else:
            k = _place_words(doc, j + 1, 3)
            if k > j + 1:
                j, more = k, True
                if j + 1 < len(doc) and doc[j].text == ",":
                    j += 1
    dated = False  # a date or an agency after the place
    if j + 1 < len(doc) and doc[j].lower_.rstrip(".") in MONTHS and doc[j + 1].like_num:
        j, more, dated = j + 2, True, True
    if j < len(doc) and doc[j].text == "(":
        close = next((k for k in range(j + 1, min(len(doc), j + 8)) if doc[k].text in (")", "):")), None)
        if close is None:
            return []
        if doc[close].text == "):":  # ("(Agency):" is one token)
            return [(i, end)]
        j, more, dated = close + 1, True, True
    if j >= len(doc) or doc[j].text not in _ENDS:
        return []
    if doc[j].text == ":" and not dated:
        return []  # "NATO: Russia must ...", "MOSCOW: ...": a headline's speaker, not where it was filed
    name = doc[i:end].text
    if not more and not (city_candidates(name) or city_candidates(name.title())):
        return []  # "NATO - the alliance said ...": a name in capitals, no place
    return [(i, end)]


def dateline_places(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges [start, end) of the place (city) words of every dateline of the Doc."""
    out: list[tuple[int, int]] = []
    for i, t in enumerate(doc):
        if t.is_space or not t.is_upper or not _paragraph_start(doc, i):
            continue
        out.extend(_dateline_at(doc, i))
    return out


def dateline_namesakes(doc: Doc, start: int, end: int) -> set[int]:
    """Tokens of the body that repeat a dateline's place of two or more words and that the tagger
    took for a person's name ("GENERAL SANTOS, Philippines -" ... "officials in General Santos"):
    the place where the story was filed, no person."""
    words = [t.lower_ for t in doc[start:end]]
    n = len(words)
    out: set[int] = set()
    if n < 2:
        return out
    for i in range(end, len(doc) - n + 1):
        if doc[i].lower_ == words[0] and [t.lower_ for t in doc[i:i + n]] == words \
                and any(t.ent_type_ == "PERSON" for t in doc[i:i + n]):
            out.update(range(i, i + n))
    return out


#: Punctuation that closes a dateline ("NAIROBI --", "LIMA (Agency) -"): any dash, a parenthesis or a
#: colon; no comma, which goes on to the country of a "CITY, Country" dateline.
_COUNTRY_ENDS = DASHES | {"(", ":"}


def dateline_country(doc: Doc) -> str | None:
    """The country a dateline at the start of ``doc`` names, or None."""
    words: list[list[str]] = [[]]
    for tok in doc[:12]:
        if tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not doc[tok.i - 1].whitespace_ \
                and words[-1]:  # a hyphen inside the name ("KHANTY-MANSIYSK --")
            words[-1][-1] += "-"
            continue
        if tok.text in _COUNTRY_ENDS:
            break
        if tok.like_num and len(words) > 1:
            # "CITY, Country, Sept 25 (Agency) -": the place ends before the date (the month dropped)
            if words[-1] and words[-1][0].rstrip(".").lower() in MONTHS:
                words.pop()
            if any(c.text in _COUNTRY_ENDS for c in doc[tok.i:tok.i + 8]):
                break
            return None
        if tok.text == ",":
            words.append([])
        elif tok.is_alpha or tok.text == ".":
            if words[-1] and words[-1][-1].endswith("-"):
                words[-1][-1] += tok.text
            else:
                words[-1].append(tok.text)
        else:
            return None
    else:
        return None
    tables = load_tables()
    first = " ".join(words[0])
    if not first or not (first.isupper() or len(words) == 1 and first.istitle()):
        return None
    for part in reversed(words):  # "CITY, Country --": the country first
        name = " ".join(part)
        for form in (name, name.title()):
            for table in (tables.name_of, tables.capital_of, tables.place_of):
                if form in table:
                    return table[form]
    return city_country(" ".join(words[0]))  # a city of no table: the gazetteer


# --- a dateline the parser took for part of the first clause (events, statements, stances) ----------


#: Punctuation that ends a dateline ("CAIRO --", "LIMA (Agency):", "ACCRA, Ghana -"): any dash, a colon,
#: a parenthesis and, unlike :data:`_COUNTRY_ENDS`, a comma (callers take it away where a
#: "CITY, Country" dateline goes on after it) and the "):" of "(Agency):".
DATELINE_ENDS = DASHES | {":", "(", "):", ","}


def is_dateline(tok: Token) -> bool:
    """Whether ``tok`` heads a dateline at the start of its sentence ("NAIROBI --", "UNITED
    NATIONS -", "ACCRA, Ghana --"): a place in capitals that the parser often takes for the
    subject of the first clause."""
    start = tok.left_edge.i  # (not tok.sent: spaCy finds that by walking the whole document)
    doc = tok.doc
    if agency_credit(tok):
        return True
    if start >= 2 and doc[start - 1].text == "," and tok.i - start <= 3 and tok.right_edge.i + 1 < len(doc) \
            and doc[tok.right_edge.i + 1].text in DATELINE_ENDS - {","}:
        # the country after the city: "ACCRA, Ghana -- ...", parsed apart from the city
        first = start - 2
        while first > 0 and not doc[first].is_sent_start and start - first < 4:
            first -= 1
        city = [t for t in doc[first:start - 1] if t.is_alpha]
        if (first == 0 or doc[first].is_sent_start) and city and all(_caps_word(t) for t in city):
            return True
    if not (start == 0 or tok.doc[start].is_sent_start) or tok.i - start > 3:
        return False
    words = [t for t in tok.doc[start:tok.i + 1] if t.is_alpha]
    if not words or not all(_caps_word(t) for t in words):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.text in DATELINE_ENDS


def agency_credit(tok: Token) -> bool:
    """A news agency's credit in parentheses at the head of the sentence, closed by a dash or colon
    ("KYIV (Reuters) - ...", "GENEVA (AFP) -- ..."): the parser may take it for the subject."""
    doc = tok.doc
    i = tok.i
    before = i - 1 if i >= 1 and doc[i - 1].text == "(" else i - 2 if i >= 2 and doc[i - 2].text == "(" else None
    if before is None:  # (the common case, decided on one or two words)
        return False
    first = tok.left_edge.i
    close = next((j for j in range(i + 1, min(len(doc) - 1, i + 4)) if doc[j].text == ")"), None)
    if before < first or close is None or doc[close + 1].text not in DATELINE_ENDS - {",", "("}:
        return False
    head = doc[first:before]  # the place before the credit, in capitals (or nothing)
    if bool(first == 0 or doc[first].is_sent_start) and all(t.is_upper or not t.is_alpha for t in head):
        return True
    return _dated_place(doc, before)




def _dated_place(doc: Doc, end: int) -> bool:
    """Whether the words from the sentence start up to ``end`` are a dated dateline: a place in
    capitals, then perhaps its country after a comma, then a month and day ("LIMA, Nov 2",
    "SIDON, Lebanon, Sept. 8"), which the parser may hang under the agency's credit after them."""
    start = end - 1
    while start > 0 and not doc[start].is_sent_start and end - start <= 12:
        start -= 1
    head = doc[start:end]
    if not head or end - start > 12 or not _caps_word(head[0]):
        return False
    if not any(t.lower_.rstrip(".") in MONTHS for t in head[1:]):
        return False
    comma = False
    for t in head:
        comma = comma or t.text == ","
        if t.is_alpha and not t.is_upper and t.lower_.rstrip(".") not in MONTHS \
                and not (comma and t.is_title):
            return False  # ("Police in Lagos, Feb 3 (...)": no dateline)
    return True


def dash_dateline(verb: Token, subj: Token) -> bool:
    """A place in title case that opens the sentence and a dash closes ("Manila--Police have ..."),
    when the verb has another subject after it: the dateline, not a subject."""
    if subj.ent_type_ not in ("GPE", "LOC"):  # (the cheapest check first: most subjects stop here)
        return False
    doc = subj.doc
    dash = next((t for t in doc[subj.i + 1:subj.right_edge.i + 2] if not t.is_alpha), None)
    if dash is None or dash.text not in ("--", "—", "–"):
        return False
    if not (subj.left_edge.i == 0 or doc[subj.left_edge.i].is_sent_start) or subj.ent_type_ not in ("GPE", "LOC"):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > dash.i for c in verb.children)


def after_dateline_dash(doc: Doc, lo: int, i: int) -> int:
    """The first token of a phrase from ``lo`` to its head ``i`` that comes after the spaced dash of a
    dateline (after an agency's credit or a place in capitals): a dateline the parser hung under the
    phrase ("JOS, June 3 (Agency) - Bandits", "JOS - Bandits") is not part of it; a dash inside the
    phrase ("the Syrian - and much feared - militia") is."""
    for j in range(i - 1, lo - 1, -1):
        if doc[j].text in DASHES and doc[j].whitespace_ and j > 0 and doc[j - 1].whitespace_ and (
                doc[j - 1].text == ")" or _caps_word(doc[j - 1]) or dateline_before(doc, j)):
            return j + 1  # (also "KRAKOW, Poland - Tour guides": the country of a "CITY, Country" dateline)
    return lo


def after_dateline_place(subj: Token) -> bool:
    """A subject that follows a dateline's place in capitals at the start of its paragraph, or
    ends it ("VIENNA, Nov 17 - ...", "ADDIS ABABA, March 10 - ..."): only capitalised words and
    commas before it."""
    doc = subj.doc
    start = subj.i
    while start > 0 and subj.i - start < 5 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    if start > 0 and "\n" not in doc[start - 1].text_with_ws:
        return False
    words = [t for t in doc[start:subj.i] if t.text != ","]
    if _caps_word(subj):
        words.append(subj)
    return bool(words) and all(_caps_word(t) for t in words)


def dateline_before(doc: Doc, dash: int) -> bool:
    """Whether the tokens from the paragraph start to the dash at ``dash`` are a dateline: a place
    in capitals, then at most a comma, a date or a country ("BANGKOK, Jan 19 -", "ACCRA, Ghana -")."""
    start = dash
    while start > 0 and dash - start < 8 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    if start > 0 and "\n" not in doc[start - 1].text_with_ws or start == dash:
        return False
    k = start
    while k < dash and _caps_word(doc[k]):
        k += 1
    if k == start:
        return False
    return all(t.text in (",", "(", ")", ".") or t.like_num or (t.is_alpha and t.text[:1].isupper())
               for t in doc[k:dash])


def caps_dateline_dash(subj: Token) -> Token | None:
    """The dash after ``subj`` that closes a dateline in capitals opening the sentence and ending at
    ``subj`` ("ADDIS ABABA - The AU chairman ...", read as the subject), or None ("NATO backed Y": a
    name in capitals, no dash)."""
    doc = subj.doc
    lo = subj.sent.start
    if len(subj.text) < 3 or not (all(t.text.isupper() and t.is_alpha for t in doc[lo:subj.i + 1])
                                  or _caps_place_country(doc, lo, subj.i)):
        return None
    return next((t for t in doc[subj.i + 1:subj.i + 3] if t.text in DASHES), None)


def city_country_dash(subj: Token) -> Token | None:
    """The dash of a "CITY, Country -" dateline whose city in capitals opens the sentence and is read as
    the subject, with the country as its conjunct or compound ("NANTES, France - The city of Nantes ..."),
    or None."""
    doc = subj.doc
    if subj.i != subj.sent.start or not _caps_word(subj) or subj.i + 3 >= len(doc) or doc[subj.i + 1].text != ",":
        return None
    dash = next((t for t in doc[subj.i + 2:subj.i + 6] if t.text in DASHES and t.whitespace_), None)
    return dash if dash is not None and dateline_before(doc, dash.i) else None


def _caps_place_country(doc: Doc, lo: int, i: int) -> bool:
    """``doc[lo:i + 1]`` is a dateline's "CITY, Country" ("CUCUTA, Colombia", "MAE SOT, Thailand"):
    a place in capitals, a comma, then one to three capitalised words ending at ``i``."""
    k = lo
    while k < i and _caps_word(doc[k]):
        k += 1
    if k == lo or k >= i or doc[k].text != ",":
        return False
    rest = doc[k + 1:i + 1]
    return 1 <= len(rest) <= 3 and all(t.is_alpha and t.text[:1].isupper() for t in rest)
