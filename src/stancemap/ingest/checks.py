"""Checks on article text: empty, binary, too large, not English; normalisation."""

from __future__ import annotations

import re
import unicodedata

from ..errors import BinaryInput, EmptyInput, EncodingError, NotEnglish, TooLarge

__all__ = ["decode_bytes", "check_text", "normalise_text", "english_share", "language_problem"]

# Frequent English function words: a cheap, dependency-free language check.
_EN = frozenset(
    "the of and to in a is that for on with as was by at it from he said be are his an have has "
    "not this but they had were which their its will would who been also or after more than "
    "we our she her there about into over can could should one all new two".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def decode_bytes(data: bytes, *, source: str, max_bytes: int) -> str:
    """Decode UTF-8 (with or without BOM); refuse binary, oversize or undecodable data."""
    if len(data) > max_bytes:
        raise TooLarge(
            f"article is {len(data):,} bytes, over the limit of {max_bytes:,} "
            "(raise it with --max-bytes)",
            source=source,
        )
    if b"\x00" in data[:8192]:
        raise BinaryInput("binary data (NUL bytes), not text", source=source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it with iconv -t UTF-8",
            source=source,
        ) from None


def normalise_text(text: str) -> str:
    """Make text safe for analysis without moving any character offset.

    Control and format characters (zero-width spaces, soft hyphens, stray C0/C1 codes) become
    spaces one for one, and ``\r`` becomes a space, so offsets into the returned text are offsets
    into the input. Nothing is composed, decomposed or repaired: offsets the user holds stay valid.
    """
    if text.isprintable():
        return text
    return "".join(
        ch if ch in "\n\t" or not unicodedata.category(ch).startswith("C") else " " for ch in text
    )


def english_share(text: str, sample: int = 4000) -> float:
    """English-word score of the first ``sample`` characters: 4 x the share of word tokens that are
    common English function words (running English text scores about 1 or more)."""
    words = _WORD.findall(text[:sample].lower())
    if not words:
        return 0.0
    return sum(w in _EN for w in words) / len(words) * 4  # ~25 % of running English text


# Function words of other languages often seen in news feeds; evidence *against* English, so that
# a name-heavy English sentence with few function words is not refused for lack of them.
_OTHER = {
    "French": "le la les des du une est et en dans pour que qui sur au aux pas par avec ce il elle ont sont été",
    "Spanish": "el la los las del una es y en que por con para se su al lo como más pero sus fue",
    "German": "der die das und ist nicht mit den dem des ein eine zu von auf für sich auch im wird",
    "Portuguese": "o os as da do das dos um uma é e em que para com não se por mais foi ao",
    "Italian": "il lo gli della di che è e per non con una sono nel alla anche più",
    "Dutch": "de het een en van is dat op te zijn voor niet met ook als bij",
    "Turkish": "ve bir bu da de için ile olarak olan gibi daha çok",
    "Indonesian": "dan yang di ini itu dengan untuk dari tidak akan pada juga",
}
_OTHER_SETS = {lang: frozenset(ws.split()) - _EN for lang, ws in _OTHER.items()}


def _latin_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(ord(ch) < 0x250 for ch in letters) / len(letters)


def language_problem(text: str, *, min_english: float = 0.5, sample: int = 4000) -> str | None:
    """Why the text does not look like English, or None when it may well be English."""
    head = text[:sample]
    if _latin_share(head) < 0.5:
        return "mostly written in a non-Latin script"
    words = _WORD.findall(head.lower())
    if len(words) < 12:
        return None  # too short to judge
    score = english_share(head)
    if score >= min_english:
        return None
    n_en = sum(w in _EN for w in words)
    lang, n_other = max(((lg, sum(w in ws for w in words)) for lg, ws in _OTHER_SETS.items()),
                        key=lambda x: x[1])
    if n_other > max(n_en, 1):
        return f"looks like {lang} (English-word score {score:.2f} < {min_english})"
    if n_en == 0 and len(words) >= 30:
        return "no English function words"
    return None


def check_text(
    text: str, *, source: str, max_bytes: int, min_english: float = 0.5, check_language: bool = True
) -> str:
    """Validate and normalise one article text, raising an InputError with the reason."""
    if len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        raise TooLarge(
            f"article is over the limit of {max_bytes:,} bytes (raise it with --max-bytes)",
            source=source,
        )
    if "\x00" in text[:8192]:
        raise BinaryInput("binary data (NUL bytes), not text", source=source)
    text = normalise_text(text)
    if not text.strip():
        raise EmptyInput("empty article: no text to analyse", source=source)
    if not _WORD.search(text):
        raise EmptyInput("no words in the text", source=source)
    n_words = len(_WORD.findall(text[:20000]))
    if n_words < 3:
        raise EmptyInput(f"only {n_words} word(s): too short to analyse", source=source)
    if check_language:
        problem = language_problem(text, min_english=min_english)
        if problem:
            raise NotEnglish(f"does not look like English: {problem}; stancemap analyses English news only",
                             source=source)
    return text
