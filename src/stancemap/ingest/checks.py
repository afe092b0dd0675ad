"""Checks on article text: empty, binary, too large, not English; normalisation."""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata

from ..dates import date_problem, normalise_date
from ..errors import BinaryInput, EmptyInput, EncodingError, NotEnglish, TooLarge

__all__ = ["decode_bytes", "decode_html", "declared_charset", "check_text", "normalise_text", "english_share",
           "language_problem", "date_problem", "normalise_date"]

log = logging.getLogger(__name__)

# Frequent English function words: a cheap, dependency-free language check.
_EN = frozenset(
    "the of and to in a is that for on with as was by at it from he said be are his an have has "
    "not this but they had were which their its will would who been also or after more than "
    "we our she her there about into over can could should one all new two".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


#: Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"), (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)


def _too_large(size: int, max_bytes: int, source: str, what: str = "article") -> TooLarge:
    return TooLarge(f"{what} is {size:,} bytes, over the limit of {max_bytes:,} (raise it with --max-bytes)",
                    source=source)


def _bom(data: bytes) -> tuple[str, str, int] | None:
    for mark, codec, name in _BOMS:
        if data.startswith(mark):
            return codec, name, len(mark)
    return None


def decode_bytes(data: bytes, *, source: str, max_bytes: int, size: int | None = None) -> str:
    """Decode UTF-8 (with or without BOM), or UTF-16/UTF-32 with a BOM; refuse binary, oversize or
    undecodable data. ``size`` is the whole input's size when ``data`` holds only its beginning."""
    bom = _bom(data)
    if bom is not None and bom[1] != "UTF-8":
        codec, name, skip = bom
        try:
            text = data[skip:].decode(codec)
        except UnicodeDecodeError as exc:
            raise EncodingError(f"not valid {name} (offset {exc.start + skip}) although it starts with a {name} "
                                "byte-order mark", source=source) from None
        n_utf8 = len(text.encode("utf-8", "surrogatepass"))
        if n_utf8 > max_bytes or (size or 0) > 4 * max_bytes:
            raise _too_large(max(n_utf8, size or 0), max_bytes, source)
        return text
    if len(data) > max_bytes or (size or 0) > max_bytes:
        raise _too_large(max(len(data), size or 0), max_bytes, source)
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


_META_CHARSET = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
#: Labels that browsers (WHATWG Encoding) read as another encoding: Latin-1 and ASCII pages are
#: windows-1252 in practice, and a page that says UTF-16 without a BOM is read as UTF-8.
_LABEL_ALIASES = {"iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
                  "l1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "utf-16": "utf-8", "utf-16le": "utf-8",
                  "utf-16be": "utf-8", "x-user-defined": "cp1252"}


def declared_charset(data: bytes, scan: int = 4096) -> str | None:
    """The encoding a page declares in ``<meta charset>`` or ``<meta http-equiv content=...>``, as a
    Python codec name, or None when there is none (or it names no known encoding)."""
    m = _META_CHARSET.search(data[:scan])
    if not m:
        return None
    label = m.group(1).decode("ascii").lower()
    label = _LABEL_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _detected_charset(data: bytes) -> str | None:
    """The encoding charset-normalizer finds; any single-byte Latin guess counts as windows-1252, the
    encoding of almost every undeclared non-UTF-8 English page (short texts cannot tell the Latin
    code pages apart, and cp1250 would turn 'Señor' into 'Seńor')."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - installed with trafilatura
        return None
    best = from_bytes(data[:65536]).best()
    if best is None:
        return None
    name = codecs.lookup(best.encoding).name
    if name in {"cp1250", "cp1252", "cp1254", "cp1257", "latin-1", "iso8859-15", "iso8859-2", "iso8859-9",
                "mac-roman", "mac-latin2"}:
        return "cp1252"
    return name


def decode_html(data: bytes, *, source: str, max_bytes: int, size: int | None = None) -> str:
    """Decode an HTML page the way a browser does: byte-order mark, then the declared charset, then
    UTF-8, then the detected encoding (windows-1252 as a last resort). ``max_bytes`` limits the raw page."""
    if len(data) > max_bytes or (size or 0) > max_bytes:
        raise _too_large(max(len(data), size or 0), max_bytes, source, what="HTML page")
    bom = _bom(data)
    if bom is not None:
        return decode_bytes(data, source=source, max_bytes=max_bytes)
    if b"\x00" in data[:8192]:
        raise BinaryInput("binary data (NUL bytes), not HTML", source=source)
    tried = []
    for enc in (declared_charset(data), "utf-8"):
        if enc and enc not in tried:
            tried.append(enc)
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                continue
    enc = _detected_charset(data) or "cp1252"
    log.debug("%s: not %s; decoding as detected %s", source, " or ".join(tried), enc)
    return data.decode(enc, errors="replace")


def normalise_text(text: str) -> str:
    """Make text safe for analysis without moving any character offset.

    Control and format characters (zero-width spaces, soft hyphens, stray C0/C1 codes) become
    spaces one for one, and ``\r`` becomes a space, so offsets into the returned text are offsets
    into the input. Nothing is composed, decomposed or repaired: offsets the user holds stay valid.
    """
    if text.isprintable():
        return text
    # each distinct character is looked up once, not each of the text's characters
    bad = {ord(ch): " " for ch in set(text) if ch not in "\n\t" and unicodedata.category(ch).startswith("C")}
    return text.translate(bad) if bad else text


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
    if len(text) > max_bytes or len(text) * 4 > max_bytes:  # cheap bound first: at most 4 bytes a character
        n_bytes = len(text.encode("utf-8", "surrogatepass"))
        if n_bytes > max_bytes:
            raise _too_large(n_bytes, max_bytes, source, what="article text")
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
