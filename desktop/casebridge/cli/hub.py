"""`casebridge hub …`: run the receiving hub, its certificates, users and OpenAPI description."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

from casebridge.cli.common import (
    EXIT_OK,
    Handlers,
    Run,
    read_password,
)


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    hub = commands.add_parser("hub", help="run the receiving hub and manage its users")
    hub_cmds = hub.add_subparsers(dest="hub_command", metavar="ACTION", required=True)
    serve = hub_cmds.add_parser("serve", help="serve the hub over HTTPS")
    serve.add_argument("--config", metavar="FILE.json", help="hub settings file (see docs/api/README.md, Settings)")
    serve.add_argument("--data", metavar="DIR", help="data folder (blobs, uploads, receipt key, SQLite database)")
    serve.add_argument("--database", metavar="URL", help="PostgreSQL address for production (default: SQLite)")
    serve.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default 8443)")
    serve.add_argument("--cert", help="server certificate (PEM)")
    serve.add_argument("--key", help="server private key (PEM)")
    serve.add_argument("--workers", type=int, default=1, help="worker processes")
    devcert = hub_cmds.add_parser("dev-cert", help="make a local CA and a server certificate for a pilot or tests")
    devcert.add_argument("folder")
    devcert.add_argument("--host", action="append", help="host name or address (repeatable; default localhost)")
    openapi = hub_cmds.add_parser("openapi", help="write the hub's OpenAPI description (docs/api/openapi.json)")
    openapi.add_argument("--out", required=True)
    user = hub_cmds.add_parser("user", help="hub users (built-in sign-in)")
    user_cmds = user.add_subparsers(dest="hub_user_command", metavar="ACTION", required=True)
    add = user_cmds.add_parser("add", help="add or update a user; the password is read from standard input")
    add.add_argument("username")
    add.add_argument("--role", choices=("police", "cps", "admin"), required=True)
    add.add_argument("--force", help="two-digit force code (police users)")
    for parser in (add,):
        parser.add_argument("--config", metavar="FILE.json")
        parser.add_argument("--data", metavar="DIR")
        parser.add_argument("--database", metavar="URL")


def _hub_config(args: argparse.Namespace) -> Any:
    from casebridge.hub.config import HubConfig

    return HubConfig.load(
        Path(args.config) if args.config else None,
        data_dir=args.data,
        database_url=args.database,
        **{
            k: v
            for k, v in {
                "host": getattr(args, "host", None),
                "port": getattr(args, "port", None),
                "certificate": getattr(args, "cert", None),
                "private_key": getattr(args, "key", None),
            }.items()
            if v is not None
        },
    )


def _hub_serve(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    try:
        from casebridge.hub.server import serve
    except ImportError as exc:
        from casebridge.errors import CasebridgeError

        raise CasebridgeError(
            f"The hub is not part of this installation ({exc.name} is missing): "
            "install 'casebridge[hub]' on the server."
        ) from None

    config = _hub_config(args)
    out.write(f"Casebridge hub on https://{config.host}:{config.port} (data in {config.data_dir})\n")
    out.flush()
    serve(config, workers=args.workers)
    return EXIT_OK


def _hub_dev_cert(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.exchange.devcert import make_dev_certificates

    made = make_dev_certificates(Path(args.folder), args.host)
    out.write(
        f"CA certificate   {made.ca_certificate}  (clients: set 'Trusted certificates' to this file)\n"
        f"Server certificate {made.certificate}\nServer key       {made.private_key}\n"
    )
    return EXIT_OK


def openapi_document() -> dict[str, Any]:
    import tempfile

    from casebridge.hub.app import create_app
    from casebridge.hub.config import HubConfig

    with tempfile.TemporaryDirectory() as folder:
        app = create_app(HubConfig(data_dir=Path(folder)))
        document: dict[str, Any] = app.openapi()
        app.state.hub.engine.dispose()
    return document


def _hub_openapi(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    Path(args.out).write_text(json.dumps(openapi_document(), indent=2, sort_keys=True) + "\n", "utf-8")
    out.write(f"{args.out}\n")
    return EXIT_OK


def _hub_user_add(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.hub.auth import add_user
    from casebridge.hub.db import connect

    config = _hub_config(args)
    config.data_dir.mkdir(parents=True, exist_ok=True)
    engine = connect(config.database)
    add_user(engine, args.username, read_password(f"Password for {args.username}: "), args.role, args.force)
    out.write(f"{args.username} ({args.role}{', force ' + args.force if args.force else ''}) can sign in\n")
    return EXIT_OK


HANDLERS: Handlers = {
    ("hub", "serve"): _hub_serve,
    ("hub", "dev-cert"): _hub_dev_cert,
    ("hub", "openapi"): _hub_openapi,
    ("hub", "user"): _hub_user_add,
}
