"""Bundles for a workspace: build (keeping the references of a served version), record, serve, compare."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from casebridge.bundle.build import Bundle, build_bundle
from casebridge.bundle.diff import Change, diff
from casebridge.bundle.numbering import Served
from casebridge.bundle.profiles import DEFAULT_PROFILE
from casebridge.bundle.profiles import profile as named_profile
from casebridge.errors import CasebridgeError
from casebridge.forms.document import Audience
from casebridge.store.bundles import BundleVersion

if TYPE_CHECKING:
    from casebridge.workspace import Workspace


def served_references(version: BundleVersion | None) -> list[Served] | None:
    if version is None:
        return None
    return [Served(d["key"], d["section"], tuple(d.get("refs") or [d["first"]])) for d in version.index["documents"]]


class LeaksFound(CasebridgeError):
    """The built bundle carries values the case withholds from its audience: it was not recorded or written, and
    cannot be served. `bundle` is the bundle as built, for showing where."""

    def __init__(self, bundle: Bundle) -> None:
        self.bundle = bundle
        first = "; ".join(leak.line() for leak in bundle.leaks[:3])
        more = f" (and {len(bundle.leaks) - 3} more)" if len(bundle.leaks) > 3 else ""
        super().__init__(
            f"The {bundle.audience.value} bundle of {bundle.urn} was not made: it carries {len(bundle.leaks)} withheld "
            f"value(s): {first}{more}. Redact them at their source, then build again."
        )


class PreflightFailed(CasebridgeError):
    """The bundle version has pre-flight errors: it cannot be served until they are put right."""


def track(audience: Audience | str, profile: str = DEFAULT_PROFILE, defendant: str = "") -> str:
    """The versions of one audience's bundles in one profile (and, for one defendant's partition, for that
    defendant) are numbered (and served) together; Casebridge classic keeps the audience's own name, so bundles
    built before profiles keep their history."""
    name = audience.value if isinstance(audience, Audience) else audience
    key = name if profile == DEFAULT_PROFILE else f"{name}+{profile}"
    return key + (f"+{slug(defendant)}" if defendant else "")


def slug(name: str) -> str:
    """A defendant's name as it goes into a file name and a version track: "Jason KERR" -> "jason-kerr"."""
    return "-".join(re.findall(r"[^\W_]+", name.casefold()))


def file_stem(urn: str, audience: Audience, profile: str, number: int, defendant: str = "") -> str:
    """The name of a bundle version's files: URN-AUDIENCE[-PROFILE][-DEFENDANT]-vN (.pdf, .json, .csv,
    -partN.pdf)."""
    stem = f"{urn}-{audience.value}" + ("" if profile == DEFAULT_PROFILE else f"-{profile}")
    return stem + (f"-{slug(defendant)}" if defendant else "") + f"-v{number}"


class BundleService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def build(
        self,
        urn: str,
        audience: Audience,
        profile: str = DEFAULT_PROFILE,
        max_part_mb: float | None = None,
        defendant: str = "",
    ) -> tuple[Bundle, BundleVersion]:
        """Builds, scans, pre-flights and records a new version; after service, earlier references stay where
        they were. A bundle the leak scan stops is not recorded (so it can never be served): LeaksFound carries
        it for showing. The pre-flight's findings are recorded with the version (errors stop its service).
        `defendant` (a defence bundle): that defendant's partition, versioned on its own."""
        from casebridge.bundle.build import defendant_named
        from casebridge.domain.view import CaseFileView

        chosen = named_profile(profile)
        if chosen.jury:
            audience = Audience.DEFENCE
        if defendant:
            if audience is not Audience.DEFENCE:
                raise CasebridgeError("A bundle for one defendant is a defence bundle: choose the defence audience.")
            defendant = defendant_named(CaseFileView.load(self.ws, urn), defendant)
        key = track(audience, chosen.name, defendant)
        served = self.ws.bundles.last_served(urn, key)
        number = len(self.ws.bundles.versions(urn, key)) + 1
        bundle = build_bundle(
            self.ws,
            urn,
            audience,
            served=served_references(served),
            profile=chosen,
            max_part_mb=max_part_mb,
            part_prefix=file_stem(urn, audience, chosen.name, number, defendant),
            defendant=defendant,
        )
        if bundle.leaks:
            pages = sorted({leak.label or str(leak.page) for leak in bundle.leaks if leak.page is not None})
            self.ws.bundles.record_blocked(urn, key, len(bundle.leaks), pages)
            raise LeaksFound(bundle)
        index = json.loads(bundle.index_json)
        index["preflight"] = [finding.to_json() for finding in bundle.findings]
        version = self.ws.bundles.record(urn, key, json.dumps(index, indent=2, sort_keys=True), index["pdf_sha256"])
        return bundle, version

    def serve(
        self,
        urn: str,
        audience: Audience | str,
        number: int | None = None,
        profile: str = DEFAULT_PROFILE,
        defendant: str = "",
    ) -> BundleVersion:
        """Marks a version served (the latest by default), unless its pre-flight found errors."""
        if defendant:
            from casebridge.bundle.build import defendant_named
            from casebridge.domain.view import CaseFileView

            defendant = defendant_named(CaseFileView.load(self.ws, urn), defendant)
        key = track(audience, profile, defendant)
        versions = self.ws.bundles.versions(urn, key)
        chosen = next((v for v in versions if v.number == number), None) if number else None
        if number is None and versions:
            chosen = versions[-1]
        if chosen is not None:
            failing = [f for f in chosen.index.get("preflight", []) if f.get("severity") == "error"]
            if failing:
                first = "; ".join(f"{f['check']}: {f['message']}" for f in failing[:3])
                raise PreflightFailed(
                    f"Version {chosen.number} of the {key} bundle of {urn} cannot be served: the pre-flight found "
                    f"{len(failing)} error(s): {first}. Put them right and build again."
                )
        return self.ws.bundles.serve(urn, key, number)

    def compare(self, urn: str, audience: Audience, first: int, second: int) -> list[Change]:
        a = self.ws.bundles.get(urn, audience.value, first)
        b = self.ws.bundles.get(urn, audience.value, second)
        return diff(a.index, b.index)
