"""What a file really is, from its first bytes, not its name.

CCTV exports and phone downloads arrive with wrong, missing or proprietary extensions; the importer
trusts content. `sniff` returns a `FileType` (kind, media type, a short label) and whether the extension
disagrees with the content.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class Kind(StrEnum):
    VIDEO = "video"
    AUDIO = "audio"
    IMAGE = "image"
    DOCUMENT = "document"
    EXECUTABLE = "executable"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            "video": "Video",
            "audio": "Audio",
            "image": "Image",
            "document": "Document",
            "executable": "Player program",
            "other": "Other file",
        }[self.value]


@dataclass(frozen=True)
class FileType:
    kind: Kind
    media_type: str
    label: str
    extensions: tuple[str, ...]

    def matches_extension(self, name: str) -> bool:
        suffix = Path(name).suffix.lower().lstrip(".")
        return not self.extensions or suffix in self.extensions


def _t(kind: Kind, media_type: str, label: str, *extensions: str) -> FileType:
    return FileType(kind, media_type, label, extensions)


PDF = _t(Kind.DOCUMENT, "application/pdf", "PDF document", "pdf")
JPEG = _t(Kind.IMAGE, "image/jpeg", "JPEG image", "jpg", "jpeg", "jpe", "jfif")
PNG = _t(Kind.IMAGE, "image/png", "PNG image", "png")
TIFF = _t(Kind.IMAGE, "image/tiff", "TIFF image", "tif", "tiff")
HEIC = _t(Kind.IMAGE, "image/heic", "HEIC image", "heic", "heif")
GIF = _t(Kind.IMAGE, "image/gif", "GIF image", "gif")
BMP = _t(Kind.IMAGE, "image/bmp", "BMP image", "bmp")
MP4 = _t(Kind.VIDEO, "video/mp4", "MP4 video", "mp4", "m4v", "mov", "3gp", "3g2")
MOV = _t(Kind.VIDEO, "video/quicktime", "QuickTime video", "mov", "mp4", "qt")
GP3 = _t(Kind.VIDEO, "video/3gpp", "3GP video", "3gp", "3g2", "mp4")
M4A = _t(Kind.AUDIO, "audio/mp4", "MPEG-4 audio", "m4a", "mp4", "aac")
AVI = _t(Kind.VIDEO, "video/x-msvideo", "AVI video", "avi")
MKV = _t(Kind.VIDEO, "video/x-matroska", "Matroska video", "mkv", "mka", "webm")
WEBM = _t(Kind.VIDEO, "video/webm", "WebM video", "webm", "mkv")
ASF = _t(Kind.VIDEO, "video/x-ms-asf", "Windows Media (ASF)", "wmv", "asf", "wma")
MPEGTS = _t(Kind.VIDEO, "video/mp2t", "MPEG transport stream", "ts", "mts", "m2ts", "trp")
MPEGPS = _t(Kind.VIDEO, "video/mpeg", "MPEG program stream", "mpg", "mpeg", "vob")
WAV = _t(Kind.AUDIO, "audio/wav", "WAV audio", "wav", "wave")
MP3 = _t(Kind.AUDIO, "audio/mpeg", "MP3 audio", "mp3")
FLAC = _t(Kind.AUDIO, "audio/flac", "FLAC audio", "flac")
OGG = _t(Kind.AUDIO, "audio/ogg", "Ogg audio", "ogg", "oga", "opus")
AMR = _t(Kind.AUDIO, "audio/amr", "AMR audio", "amr")
DOCX = _t(
    Kind.DOCUMENT, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document", "docx"
)
ODT = _t(Kind.DOCUMENT, "application/vnd.oasis.opendocument.text", "OpenDocument text", "odt")
RTF = _t(Kind.DOCUMENT, "application/rtf", "Rich Text document", "rtf")
TEXT = _t(Kind.DOCUMENT, "text/plain", "Plain text", "txt", "text", "log", "csv", "json", "xml", "md", "eml")
EXE = _t(Kind.EXECUTABLE, "application/vnd.microsoft.portable-executable", "Windows program", "exe", "dll")
UNKNOWN = _t(Kind.OTHER, "application/octet-stream", "Unrecognised format")
EMPTY = _t(Kind.OTHER, "application/x-empty", "Empty file")

HEAD = 4096


def _ftyp(head: bytes) -> FileType | None:
    if head[4:8] != b"ftyp":
        return None
    brand = head[8:12]
    if brand in (b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis", b"hevc"):
        return HEIC
    if brand.startswith(b"3g"):
        return GP3
    if brand == b"qt  ":
        return MOV
    if brand in (b"M4A ", b"M4B "):
        return M4A
    return MP4


def _zip_document(path: Path) -> FileType | None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return DOCX
            if "mimetype" in names and archive.read("mimetype").startswith(b"application/vnd.oasis.opendocument.text"):
                return ODT
    except (zipfile.BadZipFile, OSError, KeyError):
        return None
    return None


def _looks_like_text(head: bytes) -> bool:
    if not head or b"\x00" in head:
        return False
    for encoding in ("utf-8", "cp1252"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            continue
        printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
        return printable / max(len(text), 1) > 0.97
    return False


def _mpeg_ts(head: bytes) -> bool:
    return len(head) >= 188 * 3 and all(head[i] == 0x47 for i in (0, 188, 376))


def _mp3(head: bytes) -> bool:
    if head.startswith(b"ID3"):
        return True
    return len(head) > 2 and head[0] == 0xFF and (head[1] & 0xE0) == 0xE0 and (head[1] & 0x06) != 0


def sniff_bytes(head: bytes) -> FileType:
    if not head:
        return EMPTY
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return TIFF
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return GIF
    if head.startswith(b"BM") and len(head) > 14:
        return BMP
    if (found := _ftyp(head)) is not None:
        return found
    if head[4:8] in (b"moov", b"mdat", b"wide", b"free"):
        return MOV
    if head.startswith(b"RIFF") and head[8:12] == b"AVI ":
        return AVI
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return WAV
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return WEBM if b"webm" in head[:64] else MKV
    if head.startswith(b"\x30\x26\xb2\x75\x8e\x66\xcf\x11"):
        return ASF
    if head.startswith(b"\x00\x00\x01\xba"):
        return MPEGPS
    if _mpeg_ts(head):
        return MPEGTS
    if head.startswith(b"fLaC"):
        return FLAC
    if head.startswith(b"OggS"):
        return OGG
    if head.startswith(b"#!AMR"):
        return AMR
    if head.startswith(b"{\\rtf"):
        return RTF
    if head.startswith(b"MZ"):
        return EXE
    if _mp3(head):
        return MP3
    if _looks_like_text(head):
        return TEXT
    return UNKNOWN


def sniff(path: Path) -> FileType:
    with path.open("rb") as handle:
        head = handle.read(HEAD)
    if head.startswith(b"PK\x03\x04"):
        return _zip_document(path) or UNKNOWN
    return sniff_bytes(head)
