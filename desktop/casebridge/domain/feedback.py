"""The words of CPS feedback (feedback-v1): kinds of feedback and of requested material, as people say them."""

from __future__ import annotations

REQUEST_TYPES: tuple[tuple[str, str], ...] = (
    ("mg11_statement", "Witness statement (MG11)"),
    ("cctv", "CCTV"),
    ("body_worn_video", "Body-worn video"),
    ("999_call", "999 call recording"),
    ("interview", "Interview record"),
    ("forensic", "Forensic report"),
    ("phone_download", "Phone download"),
    ("medical", "Medical evidence"),
    ("document", "Document"),
    ("other", "Other"),
)
REQUEST_LABELS = dict(REQUEST_TYPES)

FEEDBACK_KINDS: tuple[tuple[str, str], ...] = (
    ("review", "Item review"),
    ("decision", "Charging decision"),
    ("action_plan", "Action plan"),
    ("request", "Request for material"),
    ("rejection", "File rejected"),
)
