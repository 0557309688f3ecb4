"""Identifiers said aloud: a transcript's words turned into the written forms the document detectors know, so the
same UK patterns (with their check digits) and the same case-aware terms find them in speech.

"oh seven seven double oh, nine oh oh, one two three" becomes 07700900123, "alpha bravo one two charlie delta
echo" becomes AB12CDE, "the fourteenth of March 1987" becomes 14/03/1987; every character of the written text
remembers the word it came from, so each find has the times of the words that said it. A find becomes a suggested
range of sound, padded by PAD seconds each side and merged with a neighbour closer than MERGE seconds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from casebridge.domain.transcript import Transcript, Word
from casebridge.redaction import detectors
from casebridge.redaction.shot_text import uk_registration

PAD = 0.3  # seconds of sound removed before the first and after the last word of an identifier
MERGE = 0.3  # ranges closer than this become one

DIGITS = {
    "zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0",
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
TEENS = {
    "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15",
    "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
}  # fmt: skip
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
PHONETIC = {
    "alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E", "foxtrot": "F",
    "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J", "kilo": "K", "lima": "L",
    "mike": "M", "november": "N", "oscar": "O", "papa": "P", "quebec": "Q", "romeo": "R", "sierra": "S",
    "tango": "T", "uniform": "U", "victor": "V", "whiskey": "W", "whisky": "W", "x-ray": "X", "xray": "X",
    "yankee": "Y", "zulu": "Z",
}  # fmt: skip
MONTHS = {
    m: f"{n:02d}"
    for n, m in enumerate(
        ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december"),
        start=1,
    )
}  # fmt: skip
ORDINAL = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")
REPEAT = {"double": 2, "triple": 3, "treble": 3}


@dataclass(frozen=True)
class SpokenHit:
    detector: str  # the pattern's name, or case:<role>:<detail>
    label: str
    value: str  # in its written form: 07700900123, AB12 CDE, John Smith
    heard: str  # the words as transcribed
    start: float  # of the first word
    end: float  # of the last word
    reason: str
    channel: str


def _clean(text: str) -> str:
    return text.strip().strip(".,?!;:\"'()[]").strip().lstrip("-")


def _symbol(word: str, neighbours: bool) -> str | None:
    """The characters a word stands for inside a spoken identifier, or None for an ordinary word. A lone letter
    counts only next to other such words ("a" and "I" are words on their own)."""
    lower = word.lower()
    if re.fullmatch(r"\d+", word):
        return word
    if lower in DIGITS and (lower not in ("o", "oh") or neighbours):
        return DIGITS[lower]
    if lower in TEENS:
        return TEENS[lower]
    if lower in PHONETIC and (lower != "november" or neighbours):
        return PHONETIC[lower]
    if neighbours and len(lower) >= 3 and lower.isalpha():  # a code word cut short by the recogniser ("bra")
        starts = {letter for name, letter in PHONETIC.items() if name.startswith(lower)}
        if len(starts) == 1:
            return starts.pop()
    if (re.fullmatch(r"[A-Za-z]", word) or re.fullmatch(r"[A-Z]{2,3}", word)) and neighbours:  # B, CF (CF 10…)
        return word.upper()
    compact = word.replace("-", "")
    if re.fullmatch(r"[A-Za-z0-9]*\d[A-Za-z0-9]*", compact) and len(compact) <= 8:  # 12CDE, AB12, CF-105BT
        return compact.upper()
    return None


def _date(words: list[str], at: int) -> tuple[str, int] | None:
    """'14th of March 1987' / 'the fourteenth of March nineteen eighty seven' → ('14/03/1987', words used)."""
    first = at + 1 if words[at].lower() == "the" and at + 1 < len(words) else at
    day = ORDINAL.match(words[first].lower())
    if not day:
        return None
    index = first + 1
    if index < len(words) and words[index].lower() in ("of", "on"):  # "the 13th of (on) August"
        index += 1
    if index >= len(words) or words[index].lower() not in MONTHS:
        return None
    month = MONTHS[words[index].lower()]
    index += 1
    if index < len(words) and re.fullmatch(r"\d{4}", words[index]):
        return f"{int(day.group(1)):02d}/{month}/{words[index]}", index + 1 - at
    return None


def written(words: list[Word]) -> tuple[str, list[int]]:
    """The words in written form, and for every character the index of the word it came from (-1: a space)."""
    cleaned = [_clean(w.text) for w in words]
    text: list[str] = []
    owner: list[int] = []

    def put(chars: str, index: int) -> None:
        if text:
            text.append(" ")
            owner.append(-1)
        text.extend(chars)
        owner.extend([index] * len(chars))

    run: list[tuple[str, int]] = []

    def close_run() -> None:
        if run:
            if text:
                text.append(" ")
                owner.append(-1)
            for chars, i in run:
                text.extend(chars)
                owner.extend([i] * len(chars))
            del run[:]

    index = 0
    while index < len(words):
        word = cleaned[index]
        date = _date(cleaned, index)
        if date is not None:
            close_run()
            value, used = date
            put(value, index)
            owner[-len(value) :] = [index + min(n * used // len(value), used - 1) for n in range(len(value))]
            index += used
            continue
        lower = word.lower()
        nearby = any(
            0 <= j < len(words) and j != index and _symbol(cleaned[j], True) is not None for j in (index - 1, index + 1)
        )
        after = cleaned[index + 1].lower() if index + 1 < len(words) else ""
        if (lower, after) in (("fox", "trot"), ("x", "ray")):  # code words the recogniser wrote in two ("X -ray")
            run.append(("F" if lower == "fox" else "X", index))
            index += 2
            continue
        if lower in REPEAT and index + 1 < len(words) and (following := _symbol(cleaned[index + 1], True)):
            run.append((following * REPEAT[lower], index))
            index += 2
            continue
        if lower in TENS:
            unit = cleaned[index + 1].lower() if index + 1 < len(words) else ""
            if unit in DIGITS and unit not in ("o", "oh", "zero", "nought", "nil"):
                run.append((str(TENS[lower] + int(DIGITS[unit])), index))
                index += 2
                continue
            run.append((str(TENS[lower]), index))
            index += 1
            continue
        if lower in ("i", "a"):  # "I" and "a" are letters only beside other letters ("alpha I…"), not numbers
            around = [_symbol(cleaned[j], True) for j in (index - 1, index + 1) if 0 <= j < len(words)]
            nearby = any(near is not None and near.isalpha() for near in around)
        symbol = _symbol(word, nearby) if word else None
        if symbol is not None:
            run.append((symbol, index))
        else:
            close_run()
            if word:
                put(word, index)
        index += 1
    close_run()
    return "".join(text), owner


Found = tuple[str, str, str, tuple[int, int], str]  # detector, label, reason, span in the written text, value


def _identifiers(text: str) -> list[Found]:
    """The identifiers in a channel's written text: document patterns with their checks, registration marks, dates
    of birth, long numbers and letters+digits spelt out."""
    found: list[Found] = []
    for pattern in detectors.patterns():
        for match in pattern.regex.finditer(text):
            value = match.group(pattern.group)
            if pattern.validator is None or pattern.validator(value):
                found.append((pattern.name, pattern.label, pattern.reason, match.span(pattern.group), value))
    for match in re.finditer(r"[A-Z0-9]{5,8}", text):
        mark = uk_registration(match.group())
        if mark is not None and any(c.isalpha() for c in mark) and any(c.isdigit() for c in mark):
            found.append(("vrm", "Vehicle registration mark", "TPD", match.span(), mark))
    for match in re.finditer(r"(?<![\d/])(\d{2})/(\d{2})/(\d{4})(?![\d/])", text):  # a date said aloud
        if int(match.group(3)) <= date.today().year - 10:  # a birth year, not the day of the incident
            found.append(("spoken_date", "Date of birth said aloud", "TPD", match.span(), match.group()))
    for match in re.finditer(r"(?<![\d+])\d{6,}(?!\d)", text):  # a long number said aloud, even misheard
        found.append(("spoken_number", "Number said aloud", "TPD", match.span(), match.group()))
    for match in re.finditer(r"(?<![A-Z0-9])[A-Z0-9]{5,}(?![A-Z0-9])", text):  # spelt out: a plate, a reference
        chars = match.group()
        if any(c.isalpha() for c in chars) and any(c.isdigit() for c in chars):
            found.append(("spelt_out", "Letters and numbers spelt out", "TPD", match.span(), chars))
    return found


def find_spoken(
    transcript: Transcript, terms: Iterable[detectors.Term] = (), *, patterns_too: bool = True
) -> list[SpokenHit]:
    """Every identifier said in the transcript and every match of the terms given (the case's people, what other
    exhibits had removed); with `patterns_too=False`, the terms only."""
    hits: list[SpokenHit] = []
    terms = list(terms)
    for channel in transcript.channels or tuple(sorted({s.channel for s in transcript.segments})):
        words = sorted((w for s in transcript.segments if s.channel == channel for w in s.words), key=lambda w: w.start)
        text, owner = written(words)
        found = _identifiers(text) if patterns_too else []
        for term in terms:
            for match in term.regex.finditer(text):
                found.append((term.detector, term.label, term.reason, match.span(), match.group()))
        for detector, label, reason, span, value in found:
            used = sorted({owner[i] for i in range(*span) if owner[i] >= 0})
            if used:
                first, last = words[used[0]], words[used[-1]]
                heard = " ".join(_clean(words[i].text) for i in range(used[0], used[-1] + 1))
                hits.append(SpokenHit(detector, label, value, heard, first.start, last.end, reason, channel))
    return _unique(hits)


def misheard(term: detectors.Term, value: str) -> detectors.Term | None:
    """For a long number (eight digits or more), the term that also finds it as speech recognition may write it:
    one digit wrong, missing or extra ("nine zero zero" heard as 9000). None for anything else."""
    digits = tuple(c for c in value if c.isdigit())
    if len(digits) < 8 or len(digits) < sum(c.isalnum() for c in value) - 2:
        return None
    variants: set[tuple[str, ...]] = set()
    for i in range(len(digits)):
        variants.add(digits[:i] + digits[i + 1 :])  # one missing
        variants.add((*digits[:i], r"\d", *digits[i + 1 :]))  # one wrong
    for i in range(len(digits) + 1):
        variants.add((*digits[:i], r"\d", *digits[i:]))  # one extra
    alternation = "|".join(r"[\s-]?".join(v) for v in sorted(variants, key=len, reverse=True))
    regex = re.compile(rf"(?<!\d)(?:{alternation})(?!\d)")
    return detectors.Term(term.detector, f"{term.label} (a digit misheard)", regex, term.reason)


def _unique(hits: list[SpokenHit]) -> list[SpokenHit]:
    """One hit per stretch of words and value (the vrm pattern and the registration check find the same mark)."""
    seen: dict[tuple[str, float, float], SpokenHit] = {}
    for found in hits:
        key = (found.channel, found.start, found.end)
        if key not in seen or found.detector.startswith(("case:", "removed:")):
            seen[key] = found
    return sorted(seen.values(), key=lambda h: (h.start, h.channel))


def ranges(hits: list[SpokenHit]) -> list[list[SpokenHit]]:
    """Hits grouped into ranges of sound to remove: padded, and merged when closer than MERGE seconds."""
    groups: list[list[SpokenHit]] = []
    for found in sorted(hits, key=lambda h: h.start):
        if groups and found.start - PAD <= max(h.end for h in groups[-1]) + PAD + MERGE:
            groups[-1].append(found)
        else:
            groups.append([found])
    return groups


def span_of(group: list[SpokenHit], duration: float) -> tuple[float, float]:
    start = max(0.0, min(h.start for h in group) - PAD)
    end = max(h.end for h in group) + PAD
    return round(start, 3), round(min(end, duration) if duration else end, 3)


def normalised(value: str) -> str:
    """A value for comparing what was removed with what is heard again: letters and digits, lower case."""
    return re.sub(r"[^a-z0-9]", "", value.lower())
