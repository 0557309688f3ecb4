"""The one canonical form of a JSON document, which every signature and digest in the exchange is taken over:
keys sorted, no spaces, UTF-8 as is. Manifests, receipts and feedback all go through `canonical`."""

from __future__ import annotations

import json
from typing import Any


def canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
