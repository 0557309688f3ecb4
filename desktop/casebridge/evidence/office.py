"""Word-processor documents (DOCX, ODT, RTF) to PDF with LibreOffice, when it is installed."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

EXTENSIONS = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.oasis.opendocument.text": ".odt",
    "application/rtf": ".rtf",
    "text/plain": ".txt",
}


def soffice() -> str | None:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for candidate in (Path(r"C:\Program Files\LibreOffice\program\soffice.exe"),):
        if candidate.exists():
            return str(candidate)
    return None


def convert_to_pdf(source: Path, media_type: str, target: Path, timeout: float = 180) -> dict[str, Any]:
    """Runs LibreOffice headless with a throwaway profile (so it never meets a user's open instance)."""
    program = soffice()
    if program is None:
        raise RuntimeError("LibreOffice is not installed")
    with tempfile.TemporaryDirectory(prefix="casebridge-lo-") as work:
        folder = Path(work)
        named = folder / f"document{EXTENSIONS.get(media_type, '.bin')}"
        shutil.copyfile(source, named)
        profile = (folder / "profile").as_uri()
        completed = subprocess.run(
            [
                program,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                str(folder / "out"),
                str(named),
            ],
            capture_output=True,
            timeout=timeout,
            check=False,
        )
        produced = folder / "out" / "document.pdf"
        if completed.returncode != 0 or not produced.exists():
            reason = completed.stderr.decode(errors="replace").strip().splitlines()[-1:] or ["no PDF produced"]
            raise RuntimeError(f"LibreOffice could not convert it ({reason[0]})")
        shutil.move(str(produced), target)
    version = subprocess.run([program, "--version"], capture_output=True, timeout=60, check=False)
    return {"tool": version.stdout.decode(errors="replace").strip() or "LibreOffice", "to": "PDF"}
