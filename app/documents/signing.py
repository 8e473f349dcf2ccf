"""Sign a PDF (PAdES, pyHanko) with a unit's key, and verify a signed PDF anyone sends.

Timestamps: with a timestamp authority configured (`tsa_url`), a signature is issued only with its
RFC 3161 timestamp (PAdES B-T); an authority that does not answer raises TimestampUnavailable and nothing
is signed (the caller retries later: a document signed without the timestamp the deployment promised is
never issued silently). Without one, the signature carries the signer's clock (PAdES B-B).

Both functions are synchronous (pyHanko runs its own event loop inside them): from async code, call them
through `anyio.to_thread.run_sync`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from asn1crypto import x509

from app.documents.keystore import UnitSigner

Failure = Literal["not_a_pdf", "no_signature", "modified", "untrusted", "invalid_signature"]


@dataclass(frozen=True)
class VerificationResult:
    """What verification found: intact or the reason it is not, who signed, when, which document."""

    intact: bool
    failure: Failure | None = None  # None when intact
    signer_subject: str | None = None
    signer_common_name: str | None = None
    signed_at: datetime | None = None  # the timestamp's time when there is one, else the signer's claim
    timestamped: bool = False
    verification_code: str | None = None  # read back from the signed revision's metadata
    detail: str = ""  # one line for logs and the answer (English)


def sign_pdf(pdf: bytes, signer: UnitSigner, *, reason: str, location: str, tsa_url: str | None) -> bytes:
    """The PDF signed by `signer` (an incremental update: the rendered bytes stay a prefix).

    Raises TimestampUnavailable (tsa_url given, no timestamp obtained) or SigningFailed; never returns
    a partly signed document.
    """
    raise NotImplementedError


def verify_pdf(data: bytes, *, trust_roots: Sequence[x509.Certificate]) -> VerificationResult:
    """Check the PDF's (last) signature: intact, by a certificate chaining to `trust_roots`, covering the
    whole file. Bounded: input over the size limit, or that pyHanko cannot parse, is "not_a_pdf"."""
    raise NotImplementedError
