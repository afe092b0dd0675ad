"""Speaker names as the article writes them (sentences written for these tests, not taken from any
evaluation file).

- An organisation or outlet the article writes only as an acronym is named by it ("the FBI" ->
  "FBI", "The AP" -> "AP"); one it writes both spelled out and as an acronym by ONE name, the
  full one ("Federal Bureau of Investigation"; the acronym stays one of its mentions, never glued
  to the name: "Full Name (ACR)" would match gold names written either way only through the
  scorer's containment rule); IGOs keep their table names ("EU" is the "European Union").
  Id, code and sector are the table's either way; the body's people are named as written ("FBI
  officials", not "Federal Bureau of Investigation officials").
- An acronym no table knows ("the CFU") is the body named in full in the article whose initials it
  spells ("the Coastal Farmers Union"): one actor under the full name, the acronym one of its
  mentions.
- A role noun the parser makes a second subject beside the name after it ("predicted the Danish
  trade envoy in those years, Mette Lund") is the person's description: the whole phrase is the
  person's, not the government's the role noun stands for when unnamed.
- A pair of scare quotes inside a person's apposition ("a founder of the self-styled “budget
  hawks” caucus") does not end the person's phrase; a quotation does.
- Coordinated speakers are the group, also when the names are in apposition to a plural role noun
  with an affiliation after them ("analysts X and Y of the Z Institute wrote") and when they are
  outlets ("a survey that CNN and Reuters released"; outlets still make no antecedent of "they").
- "Moss" after "Carl Moss IV" is the same person: the surname is the word before a generational
  suffix (Jr., Sr., III, IV); a monarch's numeral ("Henry V", "Margrethe II") is no surname either.
- "Dean Moritz" after "Ellen Moritz, a dean at ..." is Ellen Moritz ("Dean" as a title, since her
  phrase says she is a dean; "Provost Wu" after "Karen Wu" too: "Provost" is no given name), while a
  "Dean" with no namesake named in full before stays a given name, and so does "Dean Baker" after
  "James Baker" when nothing says James Baker is a dean or "Dean Baker" has an apposition of its own.
"""

from __future__ import annotations

import pytest

import stancemap
from stancemap.eval.actors import actor_at_chars, mention_index
from stancemap.nlp.actors.state import ActorDraft, article_form

Q1, Q2 = "\u201c", "\u201d"


def _draft(name: str, type_: str = "organisation", **kw) -> ActorDraft:
    return ActorDraft(id=f"org:{name.lower().replace(' ', '-')}", name=name, type=type_, **kw)


def test_article_form_names_a_body_by_the_acronym_the_article_writes():
    fbi = _draft("Federal Bureau of Investigation")
    assert article_form(fbi, ["FBI", "FBI"]) == "FBI"  # only the acronym: the acronym
    # written in full too: one canonical name, the full (table) one; the acronym stays a mention
    assert article_form(fbi, ["Federal Bureau of Investigation", "FBI"]) is None
    assert article_form(fbi, ["the Federal Bureau of Investigation"]) is None  # no acronym written
    assert article_form(fbi, ["Federal Bureau of Investigation", "F.B.I.", "F.B.I.", "FBI"]) is None
    assert article_form(fbi, ["F.B.I.", "F.B.I.", "FBI"]) == "F.B.I."  # only acronyms: the most frequent
    gop = _draft("Republican Party")
    assert article_form(gop, ["GOP", "the GOP"]) == "GOP"
    assert article_form(_draft("Norvik Mining Company"), ["Norvik Mining Co."]) is None  # no acronym
    ap = _draft("Associated Press", "media")
    assert article_form(ap, ["The AP"]) == "AP"
    assert article_form(ap, []) is None  # only nominal mentions ("the agency"): the table name
    assert article_form(_draft("NASA"), ["NASA"]) is None  # the table name is the acronym


def test_initials_of_a_full_name():
    from stancemap.nlp.actors.recognize import _initials

    assert _initials("Federal Deposit Insurance Corporation") == "FDIC"
    assert _initials("Bureau of Labor Statistics") == "BLS"
    assert _initials("Coastal Farmers Union") == "CFU"
    assert _initials("Norvik") == ""  # one word: no initials to compare


def test_surname_skips_generational_and_regnal_suffixes():
    from stancemap.nlp.actors.persons import surname

    assert surname(("Carl", "Moss", "IV")) == "Moss"
    assert surname(("Tom", "Reed", "Jr.")) == "Reed"
    assert surname(("Henry", "V")) == "Henry"  # a monarch: the name before the numeral
    assert surname(("Margrethe", "II")) == "Margrethe"
    assert surname(("V",)) == "V"  # never nothing
    assert surname(("Ana", "Vii")) == "Vii"  # not a suffix


def test_article_form_leaves_persons_states_and_groups_alone():
    assert article_form(_draft("Karl Olsen", "person"), ["Olsen"]) is None
    assert article_form(_draft("United States", "state"), ["U.S."]) is None
    assert article_form(_draft("European Union", "igo"), ["EU"]) is None  # IGOs keep the table name
    assert article_form(_draft("permanent members", "group", plural=True), ["P5"]) is None



#: (case, text, a written name, the actor name it must get)
NAME_CASES = [
    ("acronym-only", "The FBI said on Monday that it had opened an inquiry into the break-in.", "FBI", "FBI"),
    ("full-and-acronym", "Agents of the Federal Bureau of Investigation searched two barns. The FBI later "
                         "added that no arrests had been made.", "FBI",
     "Federal Bureau of Investigation"),
    ("igo-keeps-table-name", "The EU said on Friday that the talks would go on.", "EU", "European Union"),
    ("members-of-acronym-body", "Two FBI officials in Denver declined to discuss the case.", "FBI officials",
     "FBI officials"),
    ("ner-acronym-of-full-name", "A senior Coastal Farmers Union official said the levy was unfair. The CFU said it "
                                 "would appeal.", "The CFU", "Coastal Farmers Union"),
    ("wire-acronym", "The AP reported that the harbour master had resigned.", "AP", "AP"),
]

#: (case, text, speaker phrase as written, the person it must resolve to)
PHRASE_CASES = [
    ("role-then-years-then-name", f"{Q1}Exports will double,{Q2} predicted the Danish trade envoy in those years, "
                                  "Mette Lund.", "the Danish trade envoy in those years, Mette Lund", "Mette Lund"),
    ("role-in-city-then-name", f"{Q1}Nobody expected it,{Q2} said the Danish consul in Hamburg, Karl Olsen.",
     "the Danish consul in Hamburg, Karl Olsen", "Karl Olsen"),
    ("role-then-year-then-name", "The plant was ''eager to clean up its record,'' noted the Dutch trade envoy in 1998, "
                             "Piet Wit.", "the Dutch trade envoy in 1998, Piet Wit", "Piet Wit"),
    ("scare-quotes-in-apposition", "At a briefing on Thursday, Omar Haddad, spokesman for the so-called "
                                   f"{Q1}green corridor{Q2} alliance of port towns, warned that the tolls would double.",
     f"Omar Haddad, spokesman for the so-called {Q1}green corridor{Q2} alliance of port towns", "Omar Haddad"),
    ("generational-suffix", "Oil heir Carl Moss IV paid for the mailers. Moss said the money was his own.",
     "Moss said", "Carl Moss IV"),
    ("generational-suffix-jr", "Later, Tom Reed Jr. took the stage. Reed told the crowd he would not quit.",
     "Reed told", "Tom Reed Jr."),
    # a roman numeral after a monarch's name is no surname: the bare name after is the monarch
    ("regnal-numeral-v", "Historians say Henry V was a gifted commander. Henry told his captains to hold the line, "
                         "one chronicle says.", "Henry told", "Henry V"),
    ("regnal-numeral-ii", "Queen Margrethe II of Denmark addressed the nation on Sunday. Margrethe said the country "
                          "would pull together.", "Margrethe said", "Queen Margrethe II"),
    ("analysts-coordinated-with-affiliation", f"{Q1}The design could yield a larger blast,{Q2} nuclear analysts Tom "
     "Becker and Irene Vasquez of the Harbor Institute for Security Studies wrote in May.",
     "nuclear analysts Tom Becker and Irene Vasquez of the Harbor Institute for Security Studies",
     "Tom Becker and Irene Vasquez"),
    ("outlets-coordinated", "Shoppers expect prices to keep rising, according to a joint survey that CNN and "
                            "Reuters released on Sunday.", "CNN and Reuters", "CNN and Reuters"),
    ("dean-title", f"Ellen Moritz, a dean at Carver Law School, praised the ruling. {Q1}It was overdue,{Q2} Dean "
                   "Moritz said.", "Dean Moritz", "Ellen Moritz"),
    ("dean-title-the-dean-of", "The university announced on Monday that Hana Okafor, the dean of its nursing "
                               "school, would lead the review. Asked about the timetable, Dean Okafor said it could "
                               "take a year.", "Dean Okafor", "Hana Okafor"),
    ("provost-no-given-name", f"Karen Wu took office at Milford College in March. {Q1}Tuition will not rise,{Q2} "
                              "Provost Wu said.", "Provost Wu", "Karen Wu"),
    # a namesake called Dean: with an apposition of its own, or when nothing says the earlier
    # person of the surname is a dean, "Dean Baker" is another person than "James Baker"
    ("dean-namesake-with-apposition", "Former Secretary of State James Baker spoke at the forum. Dean Baker, an "
                                      "economist at a Washington think tank, said the plan was flawed.",
     "Dean Baker, an economist at a Washington think tank", "Dean Baker"),
    ("dean-namesake-no-role", f"Senator James Baker opened the hearing. {Q1}The plan is flawed,{Q2} Dean Baker said "
                              "afterwards.", "Dean Baker", "Dean Baker"),
    ("dean-given-name", f"{Q1}We will appeal,{Q2} said Dean Walsh, the mayor of Brockton.", "Dean Walsh", "Dean Walsh"),
]


@pytest.fixture(scope="module")
def articles():
    items = [{"id": c[0], "text": c[1]} for c in NAME_CASES + PHRASE_CASES]
    return {c["id"]: a for c, a in zip(items, stancemap.analyze_many(items))}


@pytest.mark.model
@pytest.mark.parametrize("case,text,written,want", NAME_CASES, ids=[c[0] for c in NAME_CASES])
def test_body_named_as_the_article_writes_it(articles, case, text, written, want):
    art = articles[case]
    start = text.index(written)
    aid = actor_at_chars(mention_index(art.actors), start, start + len(written))
    actor = next(a for a in art.actors if a.id == aid)
    assert actor.name == want


@pytest.mark.model
def test_written_form_keeps_the_table_code(articles):
    fbi = next(a for a in articles["acronym-only"].actors if a.name == "FBI")
    assert (fbi.id, fbi.code) == ("organisation:federal-bureau-of-investigation", "USACOP")


@pytest.mark.model
@pytest.mark.parametrize("case,full,acro", [("full-and-acronym", "Federal Bureau of Investigation", "FBI"),
                                            ("ner-acronym-of-full-name", "Coastal Farmers Union", "CFU")])
def test_acronym_of_a_body_written_in_full_is_a_mention_not_part_of_the_name(articles, case, full, acro):
    body = next(a for a in articles[case].actors if a.name == full)
    assert acro not in body.name
    assert acro in {m.text.removeprefix("The ").removeprefix("the ") for m in body.mentions}
    assert not any(a.name.endswith(f"({acro})") for a in articles[case].actors)


@pytest.mark.model
@pytest.mark.parametrize("case,text,phrase,want", PHRASE_CASES, ids=[c[0] for c in PHRASE_CASES])
def test_speaker_phrase_resolves_to_its_person(articles, case, text, phrase, want):
    art = articles[case]
    start = text.index(phrase)
    aid = actor_at_chars(mention_index(art.actors), start, start + len(phrase))
    assert next(a.name for a in art.actors if a.id == aid) == want


def test_acronym_link_moves_the_ids_recognition_holds():
    """An acronym merged into the body named in full ("the CFU" -> "Coastal Farmers Union"): the
    coordinations, group members and the acronym body's people follow it, so that coreference
    never looks up an id that is gone."""
    import spacy

    from stancemap.nlp.actors.recognize import link_acronyms
    from stancemap.nlp.actors.state import DocActors, Recognition

    doc = spacy.blank("en")("The Coastal Farmers Union and the Harbor Board met . The CFU and the Harbor Board "
                            "said CFU officials agreed .")
    acts = DocActors(doc)
    full, board, acro = "org:coastal-farmers-union", "org:harbor-board", "org:cfu"
    acts.ensure(ActorDraft(id=full, name="Coastal Farmers Union", type="organisation", origin="ner"))
    acts.ensure(ActorDraft(id=board, name="Harbor Board", type="organisation", origin="ner"))
    acts.ensure(ActorDraft(id=acro, name="CFU", type="organisation", origin="ner"))
    acts.ensure(ActorDraft(id=acro + ":GOV", name="CFU officials", type="organisation", plural=True,
                           origin="collective"))
    acts.ensure(ActorDraft(id="group:x", name="CFU and Harbor Board", type="group", plural=True,
                           members=(acro, board)))
    acts.add(1, 4, full, "name")
    acts.add(6, 8, board, "name")
    acts.add(11, 12, acro, "name")
    acts.add(14, 16, board, "name")
    acts.add(17, 19, acro + ":GOV", "nominal")
    rec = Recognition()
    rec.coords = [(1, (full, board)), (11, (acro, board)), (0, (full, acro))]
    rec.coord_spans = [(1, 8, (full, board)), (11, 16, (acro, board)), (0, 12, (full, acro))]
    link_acronyms(doc, acts, rec)
    assert acro not in acts.drafts and acro + ":GOV" not in acts.drafts
    assert acts.drafts[full + ":GOV"].name == "CFU officials"  # the people as written, under the full body's id
    assert [m.actor for m in acts.mentions] == [full, board, full, board, full + ":GOV"]
    assert acts.first_start(full) == 1 and acts.count_before(full, 12) == 2
    assert rec.coords == [(1, (full, board)), (11, (full, board))]  # "the body and its acronym": no coordination
    assert rec.coord_spans == [(1, 8, (full, board)), (11, 16, (full, board))]
    assert acts.drafts["group:x"].members == (full, board)
    every = {x for _, ms in rec.coords for x in ms} | {x for *_, ms in rec.coord_spans for x in ms}
    assert every <= set(acts.drafts)
