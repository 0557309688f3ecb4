"""The one check of a hub's receipt, used wherever a receipt arrives or is shown (the sender when a submission
completes, the reviewer downloading a submission, `receipt verify`, the Exchange tab): the hub's signature over the
receipt's canonical form, by a trusted receipt key; and, given the manifest, that the receipt is for that manifest."""

from __future__ import annotations

import hashlib
from typing import Any

from casebridge.errors import CasebridgeError
from casebridge.exchange import protocol
from casebridge.exchange.canonical import canonical
from casebridge.exchange.keys import verify

Receipt = protocol.Receipt
SignedReceipt = protocol.SignedReceipt


class ReceiptMismatch(CasebridgeError):
    """A validly signed receipt for a different manifest from the one in hand."""


def verify_receipt(
    signed: SignedReceipt | dict[str, Any],
    trusted: set[str] | None = None,
    *,
    manifest: dict[str, Any] | None = None,
) -> SignedReceipt:
    """The receipt parsed and checked: SignatureError if the signature fails or is not by a `trusted` key;
    ReceiptMismatch if `manifest` is given and the receipt is for another."""
    receipt = signed if isinstance(signed, SignedReceipt) else SignedReceipt.model_validate(signed)
    verify(canonical(receipt.receipt.model_dump()), receipt.signature.model_dump(), trusted)
    if manifest is not None and receipt.receipt.manifest_sha256 != hashlib.sha256(canonical(manifest)).hexdigest():
        raise ReceiptMismatch(f"Submission {receipt.receipt.submission_id}: the receipt is for a different manifest.")
    return receipt
