"""CPS feedback, version 1 (`resources/schemas/feedback-v1.schema.json`): what a reviewer sends back — item review,
charging decision, action plan, requests for missing material, file rejection."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from casebridge.exchange.package import PackageError, check_schema
from casebridge.resource_files import resource_path

KINDS = ("review", "decision", "action_plan", "request", "rejection")


@cache
def schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("schemas", "feedback-v1.schema.json").read_text("utf-8"))
    return data


def validate_feedback(body: object) -> None:
    """Raises PackageError naming where the feedback breaks the schema, or repeats an id."""
    check_schema(body, schema(), "feedback")
    assert isinstance(body, dict)
    for key in ("tasks", "requests"):
        ids = [entry["id"] for entry in body.get(key, [])]
        if len(ids) != len(set(ids)):
            raise PackageError(f"The feedback repeats an id in its {key}.")
