"""Coding conventions that depend on the target, mood for relation events, and the type model's
cross-validation (sentences written here)."""

from __future__ import annotations

import pytest

from stancemap.nlp.events.component import extract_events
from stancemap.nlp.events.training import Example, cross_validate, example_relations
from tests.nlp.test_events import _doc

pytestmark = pytest.mark.model


def _pairs(nlp_base, text: str, mentions: dict[str, str]) -> dict[tuple[str | None, str | None], str]:
    return {(e.source, e.target): e.cameo for e in extract_events(_doc(nlp_base, text, mentions))}


@pytest.mark.parametrize(("text", "mentions", "pair", "code"), [
    # an appeal for a hostile act: opposition towards the party it would hit ...
    ("Estonia called for sanctions against Belarus over the flights.", {"Estonia": "EST", "Belarus": "BLR"},
     ("EST", "BLR"), "113"),
    ("Denmark demanded an inquiry into Iceland over the whaling permits.", {"Denmark": "DNK", "Iceland": "ISL"},
     ("DNK", "ISL"), "113"),
    # ... but a request to the party asked to act
    ("Latvia urged Finland to impose sanctions on Belarus.",
     {"Latvia": "LVA", "Finland": "FIN", "Belarus": "BLR"}, ("LVA", "FIN"), "020"),
    ("Kenya called on Uganda to release the detained traders.", {"Kenya": "KEN", "Uganda": "UGA"},
     ("KEN", "UGA"), "0253"),
    # a telephone call, and a call to congratulate
    ("Ghana called Togo on Monday.", {"Ghana": "GHA", "Togo": "TGO"}, ("GHA", "TGO"), "041"),
    ("On Tuesday the Peruvian president called Bolivia's leader to congratulate him on his election.",
     {"the Peruvian president": "PERGOV", "Bolivia's leader": "BOLGOV"}, ("PERGOV", "BOLGOV"), "051"),
    # a concession not made is declined in any tense (124)
    ("Hungary did not grant permission to Slovakia for the rally.", {"Hungary": "HUN", "Slovakia": "SVK"},
     ("HUN", "SVK"), "124"),
    # senses the arguments decide: military strikes, a riot, an attack as the purpose of a deployment
    ("The Malian air force carried out strikes on Tuareg positions.", {"The Malian air force": "MLIMIL",
     "Tuareg": "TUAREB"}, ("MLIMIL", "TUAREB"), "190"),
    ("Thousands of students clashed with Chilean police in Santiago.", {"students": "CHLEDU",
     "Chilean police": "CHLCOP"}, ("CHLEDU", "CHLCOP"), "145"),
    ("The Rwandan government halted the work of Oxfam.", {"The Rwandan government": "RWAGOV", "Oxfam": "NGO"},
     ("RWAGOV", "NGO"), "172"),
    ("Militants detained two Chinese engineers.", {"Militants": "UAF", "Chinese engineers": "CHN"},
     ("UAF", "CHN"), "181"),
    ("Nigerian police detained two Chinese engineers.", {"Nigerian police": "NGACOP", "Chinese engineers": "CHN"},
     ("NGACOP", "CHN"), "173"),
    ("Serbia sent jets to bomb Kosovo's airfields.", {"Serbia": "SRB", "Kosovo": "XKX"}, ("SRB", "XKX"), "195"),
    # civilians' boycotts and blockades are protest, a state's are embargo and blockade
    ("Lorry drivers boycotted the state fuel company.", {"Lorry drivers": "LAB", "the state fuel company": "BUS"},
     ("LAB", "BUS"), "143"),
    ("Iceland boycotted Norway over the quotas.", {"Iceland": "ISL", "Norway": "NOR"}, ("ISL", "NOR"), "163"),
    ("Activists blockaded Shell's terminal for a week.", {"Activists": "ACT", "Shell": "BUS"}, ("ACT", "BUS"), "144"),
    # orders to leave expel, orders to stop restrict
    ("Mali ordered the French ambassador to leave the country.", {"Mali": "MLI", "the French ambassador": "FRAGOV"},
     ("MLI", "FRAGOV"), "161"),
    ("Kuwait ordered two Filipino workers to leave.", {"Kuwait": "KWT", "Filipino workers": "PHLLAB"},
     ("KWT", "PHLLAB"), "174"),
    ("The junta ordered Radio Sahel to stop broadcasting.", {"The junta": "NERMIL", "Radio Sahel": "NERMED"},
     ("NERMIL", "NERMED"), "172"),
    # police raids seize; a person's "attack" is words
    ("Greek police raided the offices of Oxfam.", {"Greek police": "GRCCOP", "Oxfam": "NGO"}, ("GRCCOP", "NGO"), "171"),
    ("Senator Tim Kaine launched a scathing attack on Mexico.", {"Senator Tim Kaine": "USALEG", "Mexico": "MEX"},
     ("USALEG", "MEX"), "111"),
    ("Hezbollah launched an attack on Israel.", {"Hezbollah": "LBNREB", "Israel": "ISR"}, ("LBNREB", "ISR"), "190"),
    # vowed retaliation is a threat; a deal agreed is concluded; pledged support is support
    ("Iran vowed to retaliate against Israel.", {"Iran": "IRN", "Israel": "ISR"}, ("IRN", "ISR"), "138"),
    ("Chile agreed a new fisheries accord with Peru.", {"Chile": "CHL", "Peru": "PER"}, ("CHL", "PER"), "057"),
    ("Chile agreed to send experts to Peru.", {"Chile": "CHL", "Peru": "PER"}, ("CHL", "PER"), "030"),
    ("Norway pledged its full support for Estonia.", {"Norway": "NOR", "Estonia": "EST"}, ("NOR", "EST"), "051"),
    # a cancelled visit rejects the meeting (PLOVER 2021); a prison sentence coerces
    ("The Dutch king cancelled a planned visit to Kenya.", {"The Dutch king": "NLDGOV", "Kenya": "KEN"},
     ("NLDGOV", "KEN"), "125"),
    ("Dockers in Gdansk will strike against the Polish government.", {"Dockers": "POLLAB",
     "the Polish government": "POLGOV"}, ("POLLAB", "POLGOV"), "133"),
    # a name given is praise or disapproval, no appeal; a court's order of a trial is the trial
    ("The Chilean president on Tuesday called the Bolivian leader a liar.",
     {"The Chilean president": "CHLGOV", "the Bolivian leader": "BOLGOV"}, ("CHLGOV", "BOLGOV"), "111"),
    ("The Chilean president on Tuesday called the Bolivian leader a true friend.",
     {"The Chilean president": "CHLGOV", "the Bolivian leader": "BOLGOV"}, ("CHLGOV", "BOLGOV"), "051"),
    ("A Paris court ordered the retrial of the Lebanese businessman.",
     {"A Paris court": "FRAJUD", "the Lebanese businessman": "LBNBUS"}, ("FRAJUD", "LBNBUS"), "112"),
    ("A Thai court sentenced the Swiss banker to six years in prison.",
     {"A Thai court": "THAJUD", "the Swiss banker": "CHEBUS"}, ("THAJUD", "CHEBUS"), "173"),
])
def test_target_conventions(nlp_base, text, mentions, pair, code):
    got = _pairs(nlp_base, text, mentions)
    assert got.get(pair) == code, got


def test_relation_events_take_mood(nlp_base):
    # "airlift" is no lexicon verb: the model types it (AID, 070); announced it is an intent (033),
    # announced as not done a rejection (122), not done in the past a negated act
    m = {"Kenya": "KEN", "Somalia": "SOM"}
    assert _pairs(nlp_base, "Kenya airlifted tents to Somalia.", m) == {("KEN", "SOM"): "070"}
    assert _pairs(nlp_base, "Kenya will airlift tents to Somalia.", m) == {("KEN", "SOM"): "033"}
    assert _pairs(nlp_base, "Kenya will not airlift tents to Somalia.", m) == {("KEN", "SOM"): "122"}
    (ev,) = extract_events(_doc(nlp_base, "Kenya did not airlift tents to Somalia.", m))
    assert ev.cameo == "070" and ev.negated


def test_cross_validation_on_a_separable_toy_set():
    data = [(["v=shell", "path=obj"], "ASSAULT"), (["v=praise", "path=obj"], "SUPPORT"),
            (["v=live", "path=prep:in"], "NONE")] * 5
    cv = cross_validate(data, folds=5)
    assert cv["examples"] == 15 and cv["accuracy"] == 1.0 and cv["macro_f1"] == 1.0
    assert cv["per_label"] == {"ASSAULT": 1.0, "NONE": 1.0, "SUPPORT": 1.0}


def test_cross_validation_by_verb_holds_each_verb_out():
    # three copies of each sentence: folds by sentence see every verb in training, folds by verb
    # never do, and a relation with nothing lexical the model knows is no event
    data = [([f"v={v}", "path=obj"], y) for v, y in (("shell", "ASSAULT"), ("bomb", "ASSAULT"),
                                                      ("praise", "SUPPORT"), ("laud", "SUPPORT"))] * 3
    assert cross_validate(data, folds=5)["accuracy"] == 1.0
    cv = cross_validate(data, folds=5, by="verb")
    assert cv["by"] == "verb" and cv["accuracy"] == 0.0 and cv["per_label"] == {"ASSAULT": 0.0, "SUPPORT": 0.0}
    with pytest.raises(ValueError, match="choose sentence or verb"):
        cross_validate(data, by="lemma")
    # only the marked examples are scored (the relations the lexicon leaves to the model), all train
    cv = cross_validate(data, folds=5, test=[v.startswith(("v=shell", "v=laud")) for v, _ in
                                             ((f[0], y) for f, y in data)])
    assert cv["examples"] == 6 and cv["accuracy"] == 1.0 and cv["per_label"] == {"ASSAULT": 1.0, "SUPPORT": 1.0}


def test_example_relations_mark_what_the_lexicon_codes(nlp_base):
    # "accused" is a lexicon trigger (the model never types it at run time); "airlifted" is not
    exs = [Example("ACCUSE", "Peru accused Chile of spying.", (0, 4), (13, 18), "t:1"),
           Example("AID", "Kenya airlifted tents to Somalia.", (0, 5), (25, 32), "t:2"),
           Example("AID", "Kenya and Somalia.", (0, 5), (10, 17), "t:3")]
    rows, missed = example_relations(nlp_base, exs)
    assert [(y, coded) for _, y, coded in rows] == [("ACCUSE", True), ("AID", False)]
    assert "v=accuse" in rows[0][0] and "v=airlift" in rows[1][0]
    assert [m.where for m in missed] == ["t:3"]


@pytest.mark.parametrize(("text", "mentions", "pair", "code"), [
    # codebook senses of common news constructions (data/cameo/verbs.yaml)
    ("Bus drivers in Accra went on strike against the city council.",
     {"Bus drivers": "GHALAB", "the city council": "GHAGOV"}, ("GHALAB", "GHAGOV"), "143"),
    ("The Cuban foreign ministry lashed out at Brazil over the vote.",
     {"The Cuban foreign ministry": "CUBGOV", "Brazil": "BRA"}, ("CUBGOV", "BRA"), "111"),
    ("Laos expressed readiness to resume talks with Vietnam.", {"Laos": "LAO", "Vietnam": "VNM"}, ("LAO", "VNM"), "036"),
    ("The Austrian chancellor spoke with the Czech premier by phone.",
     {"The Austrian chancellor": "AUTGOV", "the Czech premier": "CZEGOV"}, ("AUTGOV", "CZEGOV"), "040"),
    ("Senegal reopened its border with Gambia.", {"Senegal": "SEN", "Gambia": "GMB"}, ("SEN", "GMB"), "0872"),
    ("Portugal took in refugees from Libya.", {"Portugal": "PRT", "refugees from Libya": "LBYREF"},
     ("PRT", "LBYREF"), "075"),
    ("Tunisia deepened its trade ties with Algeria.", {"Tunisia": "TUN", "Algeria": "DZA"}, ("TUN", "DZA"), "061"),
    ("Ecuador formed a joint venture with Colombia.", {"Ecuador": "ECU", "Colombia": "COL"}, ("ECU", "COL"), "061"),
    ("Oman stood by Qatar during the dispute.", {"Oman": "OMN", "Qatar": "QAT"}, ("OMN", "QAT"), "051"),
    ("Chad placed the rebel leader under house arrest.", {"Chad": "TCD", "the rebel leader": "TCDREB"},
     ("TCD", "TCDREB"), "173"),
])
def test_lexicon_senses(nlp_base, text, mentions, pair, code):
    got = _pairs(nlp_base, text, mentions)
    assert got.get(pair) == code, got


def test_last_resort_relations_need_more_confidence():
    from stancemap.nlp.events.typemodel import TypeModel

    model = TypeModel(["AID", "NONE"], {"v=airlift": {"AID": 0.8}}, {"AID": 0.0, "NONE": 0.0},
                      threshold=0.3, clause_threshold=0.8)
    p = model.probabilities(["v=airlift"])["AID"]
    assert 0.6 < p < 0.7
    assert model.predict(["v=airlift", "path=obj"]) == ("AID", p)
    assert model.predict(["v=airlift", "path=clause"]) == ("NONE", p)
    assert model.to_json()["clause_threshold"] == 0.8


@pytest.mark.parametrize(("text", "mentions", "pair", "code"), [
    # announced force posture is a threat of force (138); carried out, it is a show of force (154)
    ("Estonia will move an air defence battery to its border with Latvia.", {"Estonia": "EST", "Latvia": "LVA"},
     ("EST", "LVA"), "138"),
    ("Ghana will deploy troops to the border with Togo.", {"Ghana": "GHA", "Togo": "TGO"}, ("GHA", "TGO"), "138"),
    ("Ghana deployed troops to the border with Togo.", {"Ghana": "GHA", "Togo": "TGO"}, ("GHA", "TGO"), "154"),
    # refugees taken in are protection (075); refused in the future, a refused request (1223)
    ("Chile accepted 300 Haitian refugees.", {"Chile": "CHL", "Haitian refugees": "HTIREF"}, ("CHL", "HTIREF"), "075"),
    ("Hungary will not accept any Syrian refugees.", {"Hungary": "HUN", "Syrian refugees": "SYRREF"},
     ("HUN", "SYRREF"), "1223"),
    # compensation paid, charges and detention orders revoked: concessions (080)
    ("Peru paid compensation to the families of the Bolivian miners.", {"Peru": "PER", "the Bolivian miners": "BOL"},
     ("PER", "BOL"), "080"),
    ("The Nepali government revoked the detention order against the two Tibetan activists.",
     {"The Nepali government": "NPLGOV", "the two Tibetan activists": "TIBACT"}, ("NPLGOV", "TIBACT"), "080"),
    ("The prosecutor revoked the charges against the Kenyan opposition leader.",
     {"The prosecutor": "JUD", "the Kenyan opposition leader": "KENOPP"}, ("JUD", "KENOPP"), "080"),
])
def test_posture_refugee_and_concession_senses(nlp_base, text, mentions, pair, code):
    assert _pairs(nlp_base, text, mentions).get(pair) == code


@pytest.mark.parametrize(("text", "mentions", "pair", "code"), [
    # the place that is asked for refuge, or where peacekeepers are sent, is the target
    ("Thousands of Eritreans sought refuge in Ethiopia last year.", {"Eritreans": "ERI", "Ethiopia": "ETH"},
     ("ERI", "ETH"), "0234"),
    ("Uruguay deployed 800 peacekeepers in Congo.", {"Uruguay": "URY", "Congo": "COD"}, ("URY", "COD"), "074"),
    # people used as human shields are assaulted (184)
    ("The militia used Congolese villagers as human shields.",
     {"The militia": "UAF", "Congolese villagers": "CODCVL"}, ("UAF", "CODCVL"), "184"),
])
def test_refuge_peacekeepers_and_shields(nlp_base, text, mentions, pair, code):
    assert _pairs(nlp_base, text, mentions).get(pair) == code


def test_other_uses_and_postings_are_no_event(nlp_base):
    assert _pairs(nlp_base, "The militia used Congolese trucks for transport.",
                  {"The militia": "UAF", "Congolese trucks": "COD"}) == {}
    assert _pairs(nlp_base, "The diplomat previously served in Vienna.",
                  {"The diplomat": "GOV", "Vienna": "AUT"}) == {}


def test_forces_leaving_a_country_withdraw(nlp_base):
    # forces leaving a country withdraw from it (087); a minister leaving after a visit is no event
    assert _pairs(nlp_base, "The last Turkish soldiers left Libya on Friday.",
                  {"Turkish soldiers": "TURMIL", "Libya": "LBY"}) == {("TURMIL", "LBY"): "087"}
    assert _pairs(nlp_base, "The Peruvian minister left Chile on Monday.",
                  {"The Peruvian minister": "PERGOV", "Chile": "CHL"}) == {}
