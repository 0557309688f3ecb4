"""Bundle profiles — which sections a bundle has, where each form and exhibit goes, how its pages are numbered
and what the pre-flight holds it to — read from resources/bundle/profiles.json (data, with its sources).

- `dcs`: the Crown Court Digital Case System's letters (J exhibits, UND1/UND2 unused between J and K, K
  transcripts), references such as J-12;
- `ebundle`: the courts' general e-bundle rules (page numbers = PDF page numbers from 1, index included);
- `jury`: only what a jury may see, in the order of the prosecution case;
- `classic`: Casebridge's own layout for police-internal use (A…F, B-12).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from casebridge.errors import ValidationError
from casebridge.resource_files import resource_path

DEFAULT_PROFILE = "classic"


@dataclass(frozen=True)
class ProfileSection:
    code: str
    title: str
    restricted: bool = False  # police and CPS only: never in a defence, court or jury bundle
    restricted_per_defendant: bool = False  # DCS multi-defendant: each defendant's own partition
    # DCS UND2 "partitioned like other sections": a document assigned to a defendant goes to that defendant only;
    # one not assigned goes to every defendant (the prosecution grants each defence access)
    partitioned: bool = False
    hidden_from_judge: bool = False  # DCS UND2: the parties see it, the judge does not
    confirmed: bool = True  # the letter is confirmed by a recorded source
    source: str = ""


@dataclass(frozen=True)
class Profile:
    name: str
    title: str
    description: str
    numbering: str  # "section" (J-12) | "continuous" (page N = PDF page N, index included)
    sections: tuple[ProfileSection, ...]
    forms: dict[str, str]  # form code → section
    exhibits: dict[str, str]  # "default" | "interview" | "transcript" → section
    not_disclosable: str  # the section of forms that never leave the police and CPS ("" : left out)
    max_part_mb: float  # default size limit of each part (0: one file)
    downsample_dpi: int  # images above this resolution are resampled to it (0: left as they are)
    jury: bool = False  # only exhibits and transcripts, never statements, schedules or forms

    @property
    def continuous(self) -> bool:
        return self.numbering == "continuous"

    def section(self, code: str) -> ProfileSection:
        return next(s for s in self.sections if s.code == code)

    def section_of_form(self, code: str, disclosable: bool) -> str | None:
        """Where a form goes; None: not in this profile's bundles."""
        if not disclosable:
            return self.not_disclosable or None
        if self.jury:
            return self.forms.get(code)
        return self.forms.get(code) or self.sections[0].code

    def section_of_exhibit(self, kind: str) -> str:
        return self.exhibits.get(kind) or self.exhibits["default"]


def _profile(name: str, data: dict[str, Any]) -> Profile:
    sections = tuple(ProfileSection(**s) for s in data["sections"])
    codes = [s.code for s in sections]
    if len(set(codes)) != len(codes):
        raise ValidationError("profiles", f"Bundle profile {name}: two sections have the same code.")
    used = {
        *data["forms"].values(),
        *data["exhibits"].values(),
        *([data["not_disclosable"]] if data["not_disclosable"] else []),
    }
    if used - set(codes):
        raise ValidationError("profiles", f"Bundle profile {name}: no section {', '.join(sorted(used - set(codes)))}.")
    return Profile(
        name=name,
        title=data["title"],
        description=data["description"],
        numbering=data["numbering"],
        sections=sections,
        forms=dict(data["forms"]),
        exhibits=dict(data["exhibits"]),
        not_disclosable=data["not_disclosable"],
        max_part_mb=float(data["max_part_mb"]),
        downsample_dpi=int(data["downsample_dpi"]),
        jury=bool(data.get("jury", False)),
    )


@cache
def profiles() -> dict[str, Profile]:
    data = json.loads(resource_path("bundle", "profiles.json").read_text(encoding="utf-8"))
    return {name: _profile(name, entry) for name, entry in data["profiles"].items()}


def profile(name: str = DEFAULT_PROFILE) -> Profile:
    try:
        return profiles()[name]
    except KeyError:
        raise ValidationError(
            "profile", f"There is no bundle profile '{name}' (known: {', '.join(sorted(profiles()))})."
        ) from None


def sources() -> dict[str, str]:
    data: dict[str, str] = json.loads(resource_path("bundle", "profiles.json").read_text(encoding="utf-8"))["sources"]
    return data
