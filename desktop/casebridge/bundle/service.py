"""Bundles for a workspace: build (keeping the references of a served version), record, serve, compare."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from casebridge.bundle.build import Bundle, build_bundle
from casebridge.bundle.diff import Change, diff
from casebridge.bundle.numbering import Served
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


class BundleService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def build(self, urn: str, audience: Audience) -> tuple[Bundle, BundleVersion]:
        """Builds, scans and records a new version; after service, earlier references stay where they were. A bundle
        the leak scan stops is not recorded (so it can never be served): LeaksFound carries it for showing."""
        served = self.ws.bundles.last_served(urn, audience.value)
        bundle = build_bundle(self.ws, urn, audience, served=served_references(served))
        if bundle.leaks:
            pages = sorted({leak.label or str(leak.page) for leak in bundle.leaks if leak.page is not None})
            self.ws.bundles.record_blocked(urn, audience.value, len(bundle.leaks), pages)
            raise LeaksFound(bundle)
        version = self.ws.bundles.record(
            urn, audience.value, bundle.index_json, json.loads(bundle.index_json)["pdf_sha256"]
        )
        return bundle, version

    def compare(self, urn: str, audience: Audience, first: int, second: int) -> list[Change]:
        a = self.ws.bundles.get(urn, audience.value, first)
        b = self.ws.bundles.get(urn, audience.value, second)
        return diff(a.index, b.index)
