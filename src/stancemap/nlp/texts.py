"""Generated texts for scaling checks: adversarial inputs that once made stages quadratic.

Used by ``benchmarks/scaling.py`` and the growth-ratio test; all sentences are written for the
project. Each generator returns a text of exactly ``n`` characters.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["GENERATORS", "generate"]

_NEWS = (
    "Foreign Minister Laila Haddad of Jordan said on Monday that her country supports a ceasefire. "
    "She told reporters in Amman that the two sides should return to talks. \"We will keep working for "
    "peace,\" Haddad said. Kenya's president, William Otieno, said his government agreed with her. "
    "He added that Kenya would send aid. Officials in Nairobi said they would host the next round. "
    "The United Nations envoy welcomed the meeting, according to a statement from her office. "
    "Chile criticised the sanctions, saying they hurt farmers, while Peru accused Bolivia of delays.\n\n"
)

#: Nominal and pronoun references: "the bank", "the minister", "the two countries", "they", "its".
_NOMINALS = (
    "The Central Bank of Kenya raised its rates on Tuesday, and the bank said prices would ease. "
    "Finance Minister Amina Wanjiru of Kenya met Foreign Minister Pablo Reyes of Chile in Nairobi, and "
    "the minister said the two countries would cut tariffs. Officials said they expected a deal soon. "
    "The Supreme Court of Chile upheld the ruling, the court said, and the company that runs the port "
    "agreed. Kenya and Chile signed the accord; they called it fair, and its terms were published.\n\n"
)


def _repeat(unit: str) -> Callable[[int], str]:
    def make(n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    return make


#: name -> generator(n) -> text of n characters
GENERATORS: dict[str, Callable[[int], str]] = {
    "news": _repeat(_NEWS),  # ordinary news paragraphs, many pronouns and speakers
    "nominals": _repeat(_NOMINALS),  # "the bank", "the minister", "they" resolved against every earlier mention
    "open_quotes": _repeat("\u201cWe will not accept the plan, said Otieno, and Haddad agreed "),  # never closed
    "said": _repeat("said "),  # one word, no punctuation
    "no_breaks": _repeat("the minister of Kenya met the envoy of Chile in Lima and they spoke about trade "),
    "brackets": _repeat("(Kenya [said] {that} Chile \u00ab would \u00bb go) \"and\" 'then' "),
}


def generate(kind: str, n: int) -> str:
    return GENERATORS[kind](n)
