"""Paraphrase families (tests/data/paraphrases.yaml): the file, the held-out split, and the
full pipeline giving every wording of a family the same holder, polarity and target."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from stancemap.errors import EvalError
from stancemap.eval.paraphrases import check_article, held_out, read_families, render, run
from stancemap.records import Actor, Alignment, Article, Stance, TextSpan

FILE = Path(__file__).resolve().parents[1] / "data" / "paraphrases.yaml"
FAMILIES = read_families(FILE)
STUDY = [f for f in FAMILIES if not held_out(f.id)]


def test_file_size_and_split() -> None:
    assert sum(len(f.wordings) for f in FAMILIES) >= 150
    assert all(len(f.wordings) >= 4 for f in FAMILIES)
    held = [f for f in FAMILIES if held_out(f.id)]
    assert len(held) / len(FAMILIES) >= 0.30  # the held-out part is at least 30 % of the families
    assert held_out("reported-future-veto") and not held_out("kremlin-peace-plan")  # fixed by the id's hash


@pytest.mark.parametrize(("text", "message"), [
    ("families:\n- id: a\n  wordings: [x, y]\n  stances: [{holder: X, polarity: 2, target: t}]\n",
     "polarity must be 1 or -1"),
    ("families:\n- id: a\n  wordings: [x]\n  none: true\n", "at least two sentences"),
    ("families:\n- id: a\n  wordings: [x, y]\n", "or none: true"),
    ("families:\n- id: a\n  wordings: [x, y]\n  none: true\n- id: a\n  wordings: [x, y]\n  none: true\n",
     "given twice"),
    ("nothing: here\n", "list 'families'"),
])
def test_bad_files_name_the_line(tmp_path: Path, text: str, message: str) -> None:
    p = tmp_path / "p.yaml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(EvalError, match=message) as err:
        read_families(p)
    assert str(p) in str(err.value)


def _article(stances: list[tuple[str, int, str]], aligns: list[tuple[str, str, int]]) -> Article:
    actors = (Actor(id="DEU", name="Germany", type="state", country="DEU"),
              Actor(id="seat:kremlin", name="the Kremlin", type="organisation", country="RUS"),
              Actor(id="FRA", name="France", type="state", country="FRA"))
    st = tuple(Stance(id=f"st{i}", actor=a, issue="x", issue_label="x", proposition=t, polarity=p, strength=1.0,
                      cue=None, evidence=TextSpan("", 0, 0), target=t, proposition_id="p")
               for i, (a, p, t) in enumerate(stances))
    al = tuple(Alignment(id=f"al{i}", a=a, b=b, issue=None, polarity=p, claimed_by=None, cue=None,
                         evidence=TextSpan("", 0, 0))
               for i, (a, b, p) in enumerate(aligns))
    return Article(id="x", text="", actors=actors, stances=st, alignments=al)


def test_check_article_holder_polarity_target() -> None:
    fam = next(f for f in FAMILIES if f.id == "kremlin-peace-plan")  # RUS -1 on "peace plan"
    assert check_article(fam, _article([("seat:kremlin", -1, "the Western peace plan")], [])) == []
    assert check_article(fam, _article([("DEU", -1, "the Western peace plan")], [])) == [
        "missing stance rus -1 'peace plan'"]
    problems = check_article(fam, _article([("seat:kremlin", -1, "the peace plan"),
                                            ("seat:kremlin", 1, "a peace plan")], []))
    assert problems == ["opposite stance rus +1 'peace plan'"]
    none = next(f for f in FAMILIES if f.none)
    assert check_article(none, _article([], [])) == []
    assert check_article(none, _article([], [("DEU", "FRA", 1)])) == [
        "expected nothing, got 0 stance(s), 1 alignment(s)"]


@pytest.fixture(scope="module")
def result() -> dict[str, Any]:
    return run(FILE)


#: studied families left failing on purpose, with the reason (a rule for them would cost more
#: than it gives); each must still fail, so that a fix is noticed and the entry removed
KNOWN_FAILING: dict[str, tuple[int, str]] = {  # family -> (failing wordings, why)
    # "cleared the merger": "clear" as approval would also read "police cleared the square", and
    # even with an abstract object "cleared the way / the air / the record" (data/stances/frames.yaml)
    "b8-green-light": (1, "'cleared' is not a cue"),
    # "turned the American offer down flat": the parser reads "offer" as a verb coordinated with "turned"
    "b15-separated-particle-reject": (1, "parser error on 'offer'"),
    # batch 16 (issue 9, fourth session): words and idioms in no cue list; the fifth session's frame
    # lexicon (data/stances/frames.yaml) covers five of the ten families left here before
    "b16-synonyms-welcome": (1, "'celebrate' is no cue: 'celebrated its victory / the anniversary' are no positions"),
    # batch 25 (issue 9, eighth session): b25-syn-criticise-budget passes since the twenty-second session
    # ("attacked" a law, rule or plan, never a physical thing or with a crowd or armed subject)
    # batch 26 (issue 9, eighth session): wordings whose cue is too loose to take on real text
    "b26-syn-back-plan": (1, "'is pushing the plan': 'push' is mostly 'push X to do Y' (object control) in news"),
    "b26-syn-accept-ruling": (1, "'acknowledged the ruling' states awareness more often than acceptance"),
    # batch 39 (issue 9, tenth session): rewordings of test sentences left failing by name
    "b39-rw-shelling-appalled": (1, "'shocked by X' is no cue: on real text mostly surprise at events ('shocked by the goal')"),
    "b39-rw-dam-violates": (2, "'is in violation of' is no cue; the parser hangs the subject on a parenthetical 'said'"),
    "b39-rw-arbitration": (1, "'has respected X' is an act of observance; 'respect' is a position only as an intention"),
    "b39-rw-naval-mission": (1, "'its participation in X' is no position noun: taking part is reported as a fact as often"),
    "b39-rw-whaling-quota": (3, "'will have no part in' (past 'had no part in' denies involvement), a stranded 'no part "
                                "of', 'refused to have anything to do with' (the refusal's object is 'anything')"),
    "b39-rw-delegation": (1, "'turned away X' is as often physical ('turned away the boats')"),
    # batch 40 (issue 9, eleventh session): rewordings of test sentences left failing by name
    "b40-rw-missile-defence": (1, "parser error: 'objects to missile defence systems being ...' tags 'missile' a verb"),
    "b40-rw-refused-condemn": (1, "'stopped short of condemning X' is no position in the scheme (b2-none-kept-open, "
                                  "b14-stop-short), a refusal in this family"),
    # batch 42 (issue 9, eleventh session)
    "b42-rw-grain-reserve": (2, "'led the campaign for X' is as often an election or a war ('for mayor', 'against the "
                                "rebels'); 'the driving force behind X' is no agent noun"),
    "b42-rw-mistrust-agency": (2, "'did not trust X': 'trust' is no cue (trust and confidence nouns were dropped for "
                                  "precision on real text); 'has misgivings about X' is worry, no position in the "
                                  "scheme (b13-nominal-concern)"),
    "b42-rw-vetoed-draft": (1, "'blocked X' is an act in the scheme (a blocked statement is the statement's author's)"),
    # batch 43 (issue 9, twelfth session)
    "b43-rw-fishing-walkout": (1, "'staged a walkout over X' is no cue: on real text walkouts are mostly labour "
                                  "strikes over pay or conditions, where 'over X' names a grievance, not its target"),
    # batch 44 (issue 9, thirteenth session)
    "b44-idiom-climate-stand-by": (1, "'stick to X' is no cue: as often 'stick to the facts / the script / the "
                                      "timetable', no position"),
    # batches 45 and 46 (issue 9, fourteenth session)
    # (b45-rw-sanctions-relief and b47-rw-arms-sales-halt pass since reword13: both forms of a demand to undo are +1
    # on the act, the stance gold's convention)
    "b45-rw-carbon-border-tax": (1, "'mounted a campaign against X' is as often a military campaign"),
    "b46-rw-debt-relief": (1, "'need' is no cue ('X needs votes / rain'): 'What X needs most is Y' stays none"),
    "b46-rw-pope-ceasefire": (1, "'the pope' alone is not resolved to an actor (actor stage)"),
    "b46-rw-tribunal-ruling": (1, "'a piece of waste paper' is one idiom of one speaker: 'waste' labels only as 'a "
                                  "waste' ('waste paper', 'household waste' name a material)"),
    "b46-rw-troops-stay-on": (2, "a hope about another's act ('hoped X would stay') is no position in the scheme, and "
                                 "'keen for X to Y' keeps only X"),
    # batch 47 (issue 9, fourteenth session), studied after its first measure
    "b47-rw-missile-test": (1, "parser error: 'test' read as the verb of 'called X's missile test an outrage', so the "
                               "test's author is lost (the stance is found, the alignment not)"),
    "b47-rw-militants-backing": (1, "'X was behind Y' is support only as a stated position ('squarely behind the "
                                    "plan'); as a charge of backing an armed group it is no cue"),
    "b47-rw-apology-demand": (1, "'said Y owed X an apology' is no cue: 'owe' is mostly money or thanks"),
    # batch 48 (issue 9, fourteenth session), studied after its first measure
    "b48-rw-mali-troops": (1, "'Y is not an option for X' is no label: 'option' carries no sign"),
    "b48-rw-emissions-halve": (1, "'set itself the goal of Y' is no cue (a goal noun after 'set')"),
    "b48-rw-ground-troops": (1, "'there will be no troops in Y' states no position: the 'there will be no' rule takes "
                                "only abstract nouns ('no lifting of the ban'), not people or things"),
    # batch 50 (issue 9, fifteenth session), studied after its first measure
    "b50-rw-german-mediation": (1, "'does not want Y to Z' is a demand-type cue addressed to Y: the scheme gives it no "
                                   "alignment with Y (the stance is found)"),
    # batch 51 (issue 9, sixteenth session), studied after its first measure
    "b51-rw-missile-test-cancel": (1, "the two forms of undoing (b45-rw-sanctions-relief): 'said it would cancel X' is "
                                      "-1 on X (an intention to undo), 'agreed to cancel X' +1 on cancelling X"),
    # batch 53 (issue 9, sixteenth session), studied after its first measure
    "b53-rw-river-diversion": (1, "'X said Y had diverted the river' reports an act: only a harm reported with an "
                                  "agent is an accusation ('said Russian forces had shelled X'), and diverting is none"),
    # batch 54 (issue 9, sixteenth session), studied after its first measure
    "b54-rw-fishing-pact-join": (1, "'join' is a cue of support on what is joined: 'said it would not join X' is -1 on "
                                    "X, 'ruled out joining X' -1 on joining X (the two forms of a refused act)"),
    # batch 55 (issue 9, sixteenth session), studied after its first measure
    "b55-rw-rail-offer-lukewarm": (1, "parser error: in 'gave the rail offer a lukewarm reception' the noun 'offer' "
                                      "is read as a verb (as in b15-separated-particle-reject)"),
    # batch 56 (issue 9, sixteenth session), studied after its first measure
    "b56-rw-windfall-levy-ready": (1, "'looks set to X' is a prediction (as 'is expected to X'), no stated position; "
                                      "the rewording was no paraphrase of 'seems ready to X'"),
    # batch 58 (issue 9, seventeenth session), studied after its first measure
    "b58-rw-tanks-reluctance": (1, "'criticised Y for being reluctant to X': the act or attitude a party is criticised "
                                   "for is the critic's account of it; as with 'criticised Y for opposing X', only the "
                                   "critic's stance is taken"),
    # batch 64 (issue 9, eighteenth session), studied after its first measure
    "b64-rw-schengen-entry": (1, "'Y belongs in Z' is no cue: as often a description or a place ('the file belongs "
                                 "in the archive', 'the team belongs in the final'), no position on Y's entry"),
    # batch 65 (issue 9, nineteenth session), studied after its first measure
    "b65-rw-debt-relief": (1, "'the finance minister' names no state; the nationality in the quote ('good news for "
                              "every Ethiopian') says whom the deal is good for, not whose minister speaks"),
    "b65-rw-rights-report": (1, "'said the report ignored the progress Y had made' is an interpretive claim about "
                                "the report (README section 2), no label or cue of rejection"),
    # batch 67 (issue 9, nineteenth session), studied after its first measure
    "b67-rw-fertiliser-subsidy": (1, "'we will keep Y because our farmers need it': an act announced with its reason "
                                     "(README section 2: no reason clause), no cue of support; 'keep' as a cue would "
                                     "read 'will keep the troops there' as a position on the troops"),
    # batches 68 and 69 (issue 9, twentieth session), studied after their first measure
    # (b39-rw-accord-quit, b68-rw-carbon-levy and b69-future-extradition-treaty pass since the twenty-first
    # session: leaving an agreement as a done act, "punishes Africa", "is set to oppose Y")
    # families replaced after review round 2 (new stories, written with the rules known: studied)
    "b69-phrasal-rights-court": (1, "'stepped up its campaign for Y': 'step up' is no light verb of a position noun"),
    "b70-reciprocal-power-deal-blame": (2, "'held each other responsible for Y' and 'pointed the finger at one "
                                           "another' are not read as reciprocal accusations"),
    "b68-rw-barge-levy": (1, "'was lobbying foreign governments against Y': 'lobby' with an object and 'against' is "
                             "no cue"),
    "b70-phrasal-compromise-map": (1, "'has thrown out Y' is no cue ('throw out' is not in the phrase lexicon)"),
    # batches 71 and 72 (issue 9, twenty-first session), studied after their first measure
    # (b71-rw-data-retention-law, b71-rw-ili-river-diversion and b71-rw-mining-accord-exit pass since the
    # twenty-second session: "the justice ministry", "attacked Y", "would dry out Lake Y", "no longer bound by")
    "b71-rw-pipeline-route": (1, "parser error: in 'would damage protected Lithuanian wetlands' the participle "
                                 "'protected' is read as a verb (xcomp) with 'wetlands' its object"),
    # (b71-rw-quota-reform-veto failed on "visited the port of Split. He ...": the city tagged a person and "He"
    # resolved to it; it passes since that filler was reworded for review round 1, the gap stays)
    # (b72-rw-refinery-merger, "received the two companies' chiefs. He endorsed Y", passes since stfresh15: the
    # plural possessive's apostrophe was counted as a quotation mark between "He" and the subject before it)
    # batches 73 and 74 (issue 9, twenty-second session), studied after their first measure
    # (b73-rw-mangrove-programme passes since stfresh15: "what our coastline needs" is repaired, recall15)
    # (b73-rw-walvis-railway passes since stfresh15: a capital read as an adverb of "is" is the subject, recall15)
    # (reword12: the four b73 families with a demand to undo among plain-opposition wordings were taken off this list:
    # that wording was rewritten as plain opposition, since "urged Y to drop X" is +1 on the demanded act in the
    # stance gold's convention, a convention fix of the file)
    "b74-rw-cardamom-fumigation": (1, "'wants Y postponed' is a demand about timing: 'postpone' is no verb of "
                                      "undoing (a vote or a summit postponed is not opposed)"),
    # batches 75 and 76 (issue 9, reword12), studied after their first measure (7 / 20 and 8 / 20)
    "b75-rw-fake-sandalwood-accuse": (1, "'Y is passing off X as ours' is an accusation without a cue word of blame"),
    "b75-rw-trekking-fees-side": (1, "'we are with Y' is no cue ('we are with the delegation' is company); 'stand "
                                     "with Y' is"),
    "b76-rw-darien-smuggling-together": (1, "'The two pledged ...' after a sentence naming both sides: 'the two' is not "
                                            "resolved to the parties of the sentence before"),
    "b76-rw-galapagos-reserve": (1, "'Y is our duty to the world' is no label: 'duty' carries no sign"),
    # demand-to-undo wordings kept in families of their own (reword12, review round 1); since reword13 the rules
    # read "wants X scrapped / called for X to be withdrawn / demanded that X be dropped / X must be scrapped" as +1
    # on the act, the gold's convention (b71 and b72 pass)
    # (b73-rw-macadamia-ban-demand passes since reword13: a for-to content hung on the object is kept whole)
    "b74-rw-yam-inspection-fee-demand": (1, "'X had to go' (after a first sentence) gives no stance: 'go' names no act "
                                            "and 'had to' is read as a narrated necessity"),
    # batches 77-78 (reword13; first measures 13 / 20 and 9 / 20), study failures left after the general fixes
    "b77-rw-fuel-credit-line": (1, "quoted 'Y comes at the right time' is no cue (an idiom of timing, no sign word)"),
    # (b77-rw-visa-fee passes since reword13's "shut / price X out")
    "b78-rw-andean-power-market": (1, "quoted 'the Andean electricity market will end our blackouts': 'market' is no "
                                      "plan or project noun, so the subject is not judged by its effects"),
    "b78-rw-border-checkpoint": (1, "parser error: in 'Armenia rejects Azerbaijan's ...' the verb 'rejects' is "
                                    "tagged a plural noun (the past tense parses)"),
    "b78-rw-gulf-customs-union": (1, "quoted 'Y will tie our economies together' is no idiom of help"),
    "b78-rw-krsko-extension": (1, "quoted 'Y is a risk for all of Z' is no label: 'risk' is not a label noun"),
    "b78-rw-vlora-airport": (1, "'Y will bring more visitors to the south': visitors to a place that is not the "
                                "speaker's own are not valued"),
    "b78-rw-chancay-port": (2, "'was celebrated by X' ('celebrate' was taken out of the cues) and 'Y will cut "
                               "shipping times' (times are no deplored noun)"),
    "b78-rw-food-reserve": (1, "'According to Kuwait's foreign ministry, the emir approves of Y': 'the emir' is not "
                               "resolved to Kuwait"),
    "b51-rw-shelters-militants": (1, "parser error: in 'accusations that Pakistan shelters militants have been denied "
                                     "by Y' the verb 'shelters' is read as a noun, so the clause swallows the main verb"),
}


@pytest.mark.model
@pytest.mark.parametrize("family", [f.id for f in STUDY])
def test_study_family_is_consistent(result: dict[str, Any], family: str) -> None:
    """Every wording of a studied family gives the expected holder, polarity and target."""
    fails = [f for f in result["failures"] if f["family"] == family]
    if family in KNOWN_FAILING:
        assert len(fails) == KNOWN_FAILING[family][0], (KNOWN_FAILING[family], fails)  # the wordings named above
        return
    assert fails == [], fails


@pytest.mark.model
def test_shares_and_report(result: dict[str, Any]) -> None:
    assert result["study"]["consistent"] == result["study"]["families"] - len(KNOWN_FAILING)
    assert result["all"]["share"] >= 0.88  # held-out families are measured, never studied (0.894 with batches
    # 57-60, 0.897 with batches 61-64; 0.889 with 71-72; 0.884 with 73-74, whose held-out halves pass 3 / 9 and 5 / 9;
    # 0.881 with 75-76 and the ten demand families of reword12; 0.887 with reword13's step 0, the demand convention;
    # 0.883 with batches 77-78)
    assert result["held_out"]["families"] + result["study"]["families"] == len(FAMILIES)
    assert not any(f["held_out"] for f in result["failures"])  # held-out failures are not shown
    text = render(result)
    assert text.splitlines()[1].startswith("study") and "held_out" in text
