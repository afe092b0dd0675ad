"""Word senses of event verbs and light-verb idioms (issue 15, evprobe round): the particle, preposition,
object or subject that separates an event sense from its look-alikes ("laid siege to X" / "laid a wreath",
"pushed into X" / "pushed back the vote", "called on X to ..." / "called on the president", "beat back the
fighters" / "beat X on penalties"), and violent verbs the lexicon lacked (flog, execute, hang, mow down,
run over). Own sentences, the full pipeline with the real model; tests/data/event_probe.tsv measures the
same classes end to end."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import event_rows as _events


def _codes(nlp, text: str) -> list[str]:
    return [row[3] for row in _events(nlp, text)]


# --- event senses: the code the particle / preposition / object selects --------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # "lay siege to X": the siege is the object, X the target (CAMEO 191), not a concession
    ("Chadian rebels laid siege to the town of Faya for a week.", [("TCDREB", "the town", "TCD", "191")]),
    # "pushed into X": an advance of force, not an appeal
    ("Chinese troops pushed into Vietnam in 1979.", [("CHNMIL", "Vietnam", "VNM", "190")]),
    # "pushed back against X's accusations": a rejection of X
    ("Canada pushed back against India's accusations over the killing.", [("CAN", "India", "IND", "120")]),
    # people held are detained
    ("Police in Caracas held the opposition activist for three days.",
     [("VENCOP", "the opposition activist", "VENOPP", "173")]),
    # "held up X as an example": praise
    ("The Ghanaian president held up Botswana as an example for the continent.", [("GHAGOV", "Botswana", "BWA", "051")]),
    # "called on the president" with no clause: a courtesy visit; with an infinitive: an appeal
    ("The Brazilian envoy called on the Angolan president in Luanda.",
     [("BRAGOV", "Angolan president", "AGOGOV", "042")]),
    ("The African Union called on Ethiopia to withdraw its troops.", [("IGOAFRAU", "Ethiopia", "ETH", "0256")]),
    # "called for X to ...": the subject of the clause is the one asked
    ("Germany called for Iran to free the detained journalists.", [("DEU", "Iran", "IRN", "0253")]),
    # a sentence handed to someone, also as the second object
    ("An Egyptian court handed the blogger a five-year prison sentence.", [("EGYJUD", "the blogger", "EGYMED", "173")]),
    # a phrasal verb the parser split into "out" + "of": still "pull out"
    ("Tanzania pulled its troops out of Mozambique.", [("TZA", "Mozambique", "MOZ", "087")]),
    ("Colombian rebels pulled out of the talks with the government.", [("COLREB", None, None, "164")]),
    # "shot down X's plan": a rejection of X, not an attack
    ("The Brazilian senate shot down the president's plan for a new tax.",
     [("BRALEG", "the president", "BRAGOV", "1232")]),
    # extradition: cooperation with the state that receives
    ("Japan extradited a Chinese hacker to the United States.", [("JPN", "United States", "USA", "063")]),
    # violent verbs the lexicon lacked
    ("Iranian police flogged a Kurdish student in Sanandaj.", [("IRNCOP", "a Kurdish student", "IRNEDU", "182")]),
    ("Iraq hanged eleven men convicted of terrorism.", [("IRQ", "eleven men", "IRQCVL", "1823")]),
])
def test_the_event_sense_gets_its_code_and_target(nlp, text, expected):
    assert _events(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), [
    ("Malian soldiers pushed back the jihadists from the town of Gao.", "190"),  # particle parsed as an adverb
    ("Turkish coast guards fired warning shots at a Greek fishing boat.", "138"),  # a warning, not an attack
    ("Houthi rebels took two British sailors hostage.", "181"),
    ("Kenyan troops beat back al-Shabaab fighters near the border.", "190"),
    ("Syrian air defences shot down an Israeli drone.", "190"),
    ("Saudi Arabia executed a Pakistani man for drug smuggling.", "1823"),
    ("Bolivian protesters stormed the electoral office in La Paz.", "145"),  # civilians storming: a riot
    ("Mexican marines stormed a cartel hideout in Sinaloa.", "190"),
    ("The kidnappers turned over the Dutch journalist to the Red Cross.", "0841"),
])
def test_the_event_sense_gets_its_code(nlp, text, code):
    assert _codes(nlp, text) == [code]


# --- look-alike senses: no event --------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Chilean president laid a wreath at the monument in Lima.",
    "The Nigerian electoral body pushed back the governorship vote by two weeks.",
    "The Spanish bank took over its Portuguese rival.",
    "Morocco beat Spain on penalties in Qatar.",
    "The Nigerian judge dismissed the jury after the verdict.",
    "The company executed the plan without delay in Egypt.",
    # a press conference with no partner is no meeting with the place it is held in
    "The Brazilian president spoke at a news conference in Brasilia.",
])
def test_the_look_alike_sense_is_no_event(nlp, text):
    assert _events(nlp, text) == []


# --- PLOVER types of a CAMEO code by wording; unnamed parties of violence ---------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # a crackdown names no violence: repression short of force (PLOVER COERCE), CAMEO 175 kept
    ("The Cambodian government cracked down on independent media.", ("175", "COERCE")),
    # an indictment is a formal charge, as "charged X with" (PLOVER ACCUSE), CAMEO 173 kept
    ("Prosecutors in Manila indicted the former senator on graft charges.", ("173", "ACCUSE")),
])
def test_the_plover_type_follows_the_wording(nlp, text, expected):
    assert [(e.cameo, e.plover) for e in nlp(text)._.sm_events] == [expected]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Bandits kidnapped twelve farmers in Zamfara state.", [("NGACRM", "twelve farmers", "NGAAGR", "181")]),
    ("Rioters set fire to a bank in Santiago.", [("CHLOPP", "Santiago", "CHL", "145")]),
])
def test_bandits_and_rioters_are_parties(nlp, text, expected):
    assert _events(nlp, text) == expected


# --- objects that separate senses: what is dropped, released, raised ---------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # charges dropped concede (no accusation); bombs dropped are air strikes; aid dropped is aid
    ("Peruvian prosecutors dropped charges against the former president.",
     [("PERJUD", "the former president", "PERGOV", "080")]),
    ("Israeli jets dropped bombs on Khan Younis.", [("ISRMIL", "Khan Younis", "PSE", "195")]),
    ("Jordanian planes dropped aid over northern Gaza.", [("JOR", "Gaza", "PSE", "073")]),
    # a retort, not gunfire; concerns raised are disapproval, not a threat
    ("The Pakistani president fired back at critics in Washington.", [("PAKGOV", "Washington", "USA", "111")]),
    ("The Indian minister raised concerns with China over the border.", [("INDGOV", "China", "CHN", "111")]),
    ("Chile threw its weight behind Argentina's bid.", [("CHL", "Argentina", "ARG", "051")]),
])
def test_the_object_selects_the_sense(nlp, text, expected):
    assert _events(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Police in Accra released the names of the dead officers.",  # published, no one freed
    "Aircraft dropped leaflets over the city.",
])
def test_published_or_dropped_things_are_no_event(nlp, text):
    assert _events(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The rebels shot a video in the jungle.",  # filmed
    "The Nigerian singer shot to fame in Ghana.",
    "The rebels ran out of ammunition near the border with Chad.",
])
def test_filming_fame_and_running_out_are_no_event(nlp, text):
    assert _events(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # weapons launched at a party are an attack, not an accusation; an offensive launched stays one
    ("Hezbollah launched rockets at northern Israel.", [("LBNREBHEZ", "Israel", "ISR", "194")]),
    ("Ukraine launched drones at Moscow.", [("UKR", "Moscow", "RUS", "195")]),
    ("The Sudanese army launched an offensive on Omdurman.", [("SDNMIL", "Omdurman", "SDN", "190")]),
    # a road cut between two places is a blockade, not reduced relations
    ("The rebels cut the road between Goma and Rutshuru.", [("CODREB", "Goma", "COD", "191")]),
])
def test_launched_weapons_and_cut_roads(nlp, text, expected):
    assert _events(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "SpaceX launched a satellite for the Indonesian government.",
    "The rebels seized the initiative in the war against the government.",
    "The company deployed new software in Kenya.",
])
def test_satellites_software_and_initiatives_are_no_event(nlp, text):
    assert _events(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # talks left are talks broken off, not a strike; "away" parsed as an adverb is still the particle
    ("The Colombian government walked away from the talks with the ELN.", [("COLGOV", "ELN", "COLREBELN", "164")]),
    ("The opposition walked out of the talks with the Venezuelan government.",
     [("VENOPP", "Venezuelan government", "VENGOV", "164")]),
    ("The Pakistani government pulled the plug on the talks with the TLP.", [("PAKGOV", "TLP", None, "164")]),
    ("The junta threw the Ivorian soldiers in jail.", [("CIVGOV", "Ivorian soldiers", "CIVMIL", "173")]),
    ("The rebels rounded on the government over the failed talks.", [("REB", "the government", "GOV", "111")]),
    ("Police in Lahore rounded up hundreds of opposition supporters.",
     [("PAKCOP", "opposition supporters", "PAKOPP", "173")]),
    ("The Egyptian president put down the uprising in Sinai.", [("EGYGOV", "Sinai", "EGY", "175")]),
    ("Protesters broke into the parliament in Tbilisi.", [("GEOOPP", "Tbilisi", "GEO", "145")]),
])
def test_phrasal_verbs_of_leaving_jailing_and_repressing(nlp, text, expected):
    assert _events(nlp, text) == expected


@pytest.mark.model
def test_a_burglary_is_no_event(nlp):
    assert _events(nlp, "Thieves broke into the embassy in Nairobi.") == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a lexicon verb's types are hints for the type model on its other uses: these stay no event
    "The Kenyan president runs the ruling party with an iron fist.",
    "Germany dropped to third place behind France.",
    "The Ghanaian minister executed the agreement with Togo.",
    "Turkey launched a new airline route to Kenya.",
])
def test_other_uses_of_sense_verbs_stay_no_event(nlp, text):
    assert _events(nlp, text) == []
