"""Running the hub: uvicorn with TLS only (certificate and key from the settings), the fast HTTP parser
(httptools) when installed, one or more worker processes sharing the database and blob folder."""

from __future__ import annotations

import os
import shutil
import socket
import ssl
from pathlib import Path

from casebridge.errors import SettingsError
from casebridge.hub.config import HubConfig

SETTINGS_ENV = "CASEBRIDGE_HUB_SETTINGS"  # the same name as casebridge.hub.app.SETTINGS_ENV (not imported: see serve)


def serve(config: HubConfig, workers: int = 1) -> None:
    """Serves the hub: `workers` processes on this node, each building its own `Hub` from the settings (an app
    factory, as uvicorn needs for more than one). Several nodes — on other machines or ports — may serve the same
    database and blob store."""
    import uvicorn

    for label, value in (("certificate", config.certificate), ("private_key", config.private_key)):
        if not value or not Path(value).is_file():
            raise SettingsError(
                f"The hub serves HTTPS only: its {label} file is missing ({value or 'not set'}). "
                "Make a pair for a pilot with 'casebridge hub dev-cert'."
            )
    try:
        import httptools  # noqa: F401

        http = "httptools"
    except ImportError:
        http = "h11"
    metrics_dir = config.data_dir / "metrics" / f"{socket.gethostname()}-{config.port}"
    shutil.rmtree(metrics_dir, ignore_errors=True)  # counters start again with the node
    metrics_dir.mkdir(parents=True, exist_ok=True)
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(metrics_dir)
    os.environ[SETTINGS_ENV] = config.to_json()
    from casebridge.hub.app import configure_logging

    configure_logging()
    uvicorn.run(
        "casebridge.hub.app:from_environment",
        factory=True,
        host=config.host,
        port=config.port,
        ssl_certfile=config.certificate,
        ssl_keyfile=config.private_key,
        ssl_version=ssl.PROTOCOL_TLS_SERVER,
        http=http,
        log_level="warning",
        workers=workers if workers > 1 else None,
        timeout_keep_alive=30,
        timeout_graceful_shutdown=5,
        h11_max_incomplete_event_size=64 * 1024,
    )
