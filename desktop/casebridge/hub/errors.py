"""The hub's one refusal: an HTTP status and a sentence for the user (routes turn it into `{"detail": …}`)."""

from __future__ import annotations


class HubError(Exception):
    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
