"""Checks on article text: empty, binary, too large, not English; normalisation."""

from __future__ import annotations

import re
import unicodedata

from ..errors import BinaryInput, EmptyInput, EncodingError, NotEnglish, TooLarge

__all__ = ["decode_bytes", "check_text", "normalise_text", "english_share"]

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
    """Share of the word tokens of the first ``sample`` characters that are English function words."""
    words = _WORD.findall(text[:sample].lower())
    if not words:
        return 0.0
    return sum(w in _EN for w in words) / len(words) * 4  # ~25 % of running English text


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
    n_words = len(_WORD.findall(text[:200]))
    if n_words < 3:
        raise EmptyInput(f"only {n_words} word(s): too short to analyse", source=source)
    if check_language and len(_WORD.findall(text[:4000])) >= 12:
        share = english_share(text)
        if share < min_english:
            raise NotEnglish(
                f"does not look like English (English-word score {share:.2f} < {min_english}); "
                "stancemap analyses English news only",
                source=source,
            )
    return text
