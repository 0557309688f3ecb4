"""Running the hub: uvicorn with TLS only (certificate and key from the settings), the fast HTTP parser
(httptools) when installed, one or more worker processes sharing the database and blob folder."""

from __future__ import annotations

import ssl
from pathlib import Path

from casebridge.errors import SettingsError
from casebridge.hub.config import HubConfig


def serve(config: HubConfig, workers: int = 1) -> None:
    import uvicorn

    from casebridge.hub.app import create_app

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
    uvicorn.run(
        create_app(config),
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
