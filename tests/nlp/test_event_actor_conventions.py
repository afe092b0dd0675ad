"""Actor-code conventions of the events stage that the own wire files disagreed on (issue 15, evpair3 round),
settled by the PLOVER gold standard's coding (../shared/eval/README.md: actors are country + sector): a state's
adjective on its military means is that state's military ("Israeli strikes" ISRMIL, as the GSR codes a
state's tanks), and security forces are the police sector COP (as the GSR codes them; roles.yaml: "COP police
and security services"), a state security service SPY. Own sentences, the full pipeline with the real model."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import event_rows as _events


def _codes(nlp, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(s, t, c) for s, _, t, c in _events(nlp, text)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "source"), [
    ("Israeli air strikes killed nine people in Khan Younis overnight, medics said.", "ISRMIL"),
    ("Russian missiles slammed into a grain terminal in Odesa on Sunday.", "RUSMIL"),
    ("Turkish shelling struck villages held by Kurdish fighters near Kobani.", "TURMIL"),
    ("A Sudanese drone strike hit a fuel depot in Port Sudan, the paramilitary group said.", "SDNMIL"),
])
def test_a_states_military_means_code_its_military(nlp, text, source):
    assert source in [s for s, _, _ in _codes(nlp, text)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "source"), [
    # the state itself, or an act that names no military means: the state's code stays bare
    ("Israel struck weapons depots near Aleppo on Tuesday, a war monitor said.", "ISR"),
    ("A Russian attack on Kharkiv killed three civilians, the governor said.", "RUS"),
])
def test_the_state_or_a_plain_attack_stays_the_state(nlp, text, source):
    assert [s for s, _, _ in _codes(nlp, text)][:1] == [source]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Ethiopian security forces detained a dozen Tigrayan traders at a checkpoint, witnesses said.", ("ETHCOP", "173")),
    ("Security forces in Niger arrested a former minister on Friday.", ("NERCOP", "173")),
    ("Belarus's state security service detained a Polish blogger at the border.", ("BLRSPY", "173")),
    # troops stay the military
    ("Ethiopian troops detained a dozen traders at a checkpoint.", ("ETHMIL", "173")),
])
def test_security_forces_are_police_and_a_security_service_intelligence(nlp, text, expected):
    assert expected in [(s, c) for s, _, c in _codes(nlp, text)]
