"""What an operator watches: counters kept by every worker process (requests by route and status, upload bytes,
receipts issued, sweeper runs) and figures read from the database when scraped (uploads open, storage used,
reserved and the quota), in Prometheus's text format.

Several workers of one node add their counters up through prometheus-client's multiprocess mode: `hub serve`
points PROMETHEUS_MULTIPROC_DIR at a folder of its own, emptied at start, before any worker starts. Run in-process
(tests, `hub openapi`), the counters are this process's own."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, Counter, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import func, select

from casebridge.hub import db

if TYPE_CHECKING:
    from collections.abc import Iterator

    from prometheus_client.metrics_core import Metric

    from casebridge.hub.service import Hub

REQUESTS = Counter(
    "casebridge_hub_requests", "Requests answered, by route template, method and status", ["route", "method", "status"]
)
UPLOAD_BYTES = Counter("casebridge_hub_upload_bytes", "Bytes of file chunks received and kept")
RECEIPTS = Counter("casebridge_hub_receipts", "Signed receipts issued")
SWEEPS = Counter("casebridge_hub_sweeper_runs", "Sweeper runs (on the node holding the sweeper lease)")
FINISHED = Counter("casebridge_hub_uploads_finished", "Uploads checked and stored or refused, by how", ["how"])


class StateCollector(Collector):
    """Figures read from the database at scrape time (the same on every node)."""

    def __init__(self, hub: Hub) -> None:
        self.hub = hub

    def collect(self) -> Iterator[Metric]:
        with self.hub.engine.connect() as conn:
            opened: dict[str, int] = dict(
                conn.execute(
                    select(db.uploads.c.state, func.count())
                    .where(db.uploads.c.state.in_(("open", "finishing")))
                    .group_by(db.uploads.c.state)
                ).all()
            )
            storage = conn.execute(select(db.storage.c.stored, db.storage.c.reserved)).first()
        uploads = GaugeMetricFamily(
            "casebridge_hub_uploads_open", "Uploads not yet finished, by state", labels=["state"]
        )
        for state in ("open", "finishing"):
            uploads.add_metric([state], float(opened.get(state, 0)))
        yield uploads
        stored, reserved = (int(storage[0]), int(storage[1])) if storage else (0, 0)
        yield GaugeMetricFamily("casebridge_hub_storage_stored_bytes", "Bytes of files stored", value=stored)
        yield GaugeMetricFamily(
            "casebridge_hub_storage_reserved_bytes", "Bytes reserved by uploads in progress", value=reserved
        )
        yield GaugeMetricFamily(
            "casebridge_hub_storage_quota_bytes",
            "The storage quota (0: none)",
            value=self.hub.config.storage_quota_bytes,
        )


def render(hub: Hub) -> tuple[bytes, str]:
    """The metrics page and its content type."""
    state = CollectorRegistry()
    state.register(StateCollector(hub))
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        counters = CollectorRegistry()
        multiprocess.MultiProcessCollector(counters)  # type: ignore[no-untyped-call]
        return generate_latest(counters) + generate_latest(state), CONTENT_TYPE_LATEST
    return generate_latest(REGISTRY) + generate_latest(state), CONTENT_TYPE_LATEST
