"""Sign a PDF (PAdES, pyHanko) with a unit's key, and verify a signed PDF anyone sends.

Timestamps: with a timestamp authority (`tsa_url`), a signature is issued only with its RFC 3161
timestamp (PAdES B-T); an authority that does not answer (refused, closed port, timeout, an error reply)
raises TimestampUnavailable and nothing is signed: the caller issues nothing and may try again later. A
document signed without the timestamp the deployment promised is never issued silently. Without an
authority the signature carries the signer's clock only (PAdES B-B).

Verification is strict: the last signature must be cryptographically intact, cover the whole file (any
byte appended after signing, an incremental update included, is "modified"), and chain to one of the
given trust roots at the time of verification. Revocation is not checked (the demo CA publishes no CRL
or OCSP; no network is used).

Both functions are synchronous and safe in any thread (pyHanko's coroutines run on a private event loop,
in a helper thread when the calling thread already runs one): from async code, call them through
`anyio.to_thread.run_sync` so the event loop is not blocked.
"""

from __future__ import annotations

import asyncio
import io
import re
import threading
from collections.abc import Coroutine, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, Literal, TypeVar

from asn1crypto import x509
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError
from pyhanko.sign.timestamps import HTTPTimeStamper
from pyhanko.sign.timestamps.common_utils import TimestampRequestError
from pyhanko.sign.validation import async_validate_pdf_signature
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from app.documents.errors import SignerExpired, SigningFailed, TimestampUnavailable
from app.documents.keystore import UnitSigner
from app.documents.render import KEYWORD_PREFIX, VERIFICATION_CODE

Failure = Literal["not_a_pdf", "no_signature", "modified", "untrusted", "invalid_signature"]
SIGNATURE_FIELD = "DVKSignature"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
T = TypeVar("T")


@dataclass(frozen=True)
class VerificationResult:
    """What verification found: intact or the reason it is not, who signed, when, which document."""

    intact: bool
    failure: Failure | None = None  # None when intact
    signer_subject: str | None = None  # "Common Name: Huyện ủy Vĩnh Linh, Organizational Unit: …"
    signer_common_name: str | None = None
    signed_at: datetime | None = None  # the timestamp's time when there is one, else the signer's claim
    timestamped: bool = False
    verification_code: str | None = None  # read back from the signed revision's metadata
    detail: str = ""  # one line, English, for logs and answers


def _run(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to its end from synchronous code, whether or not this thread runs an event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = asyncio.run(coro)
        except BaseException as exc:
            box["error"] = exc

    thread = threading.Thread(target=target, name="dvk-pdf-signing", daemon=True)
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box["value"]


def _max_bytes() -> int:
    try:
        from app.core.config import get_settings

        return get_settings().document_max_bytes
    except Exception:  # settings that do not load: the engine's own bound
        return DEFAULT_MAX_BYTES


def _tsa_timeout() -> float:
    from app.core.config import get_settings

    return get_settings().signing_tsa_timeout_seconds


def _caused_by_timestamp(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, TimestampRequestError | asyncio.TimeoutError | ConnectionError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def sign_pdf(
    pdf: bytes,
    signer: UnitSigner,
    *,
    reason: str,
    location: str,
    tsa_url: str | None,
    tsa_timeout: float | None = None,
) -> bytes:
    """The PDF signed by `signer` (PAdES, an incremental update: the rendered bytes stay a prefix).

    `reason` and `location` are written in the signature ("Ban hành Quyết định 45-QĐ/HU", "Vĩnh Linh");
    `tsa_timeout` defaults to the setting `DVK_SIGNING_TSA_TIMEOUT_SECONDS`.
    Raises SignerExpired (the certificate is no longer valid), TimestampUnavailable (tsa_url given, no
    timestamp obtained) or SigningFailed (not a PDF that can be extended, too large); never returns a
    partly signed document.
    """
    now = datetime.now(UTC)
    if not signer.is_valid_at(now):
        raise SignerExpired(signer.unit_id, signer.not_after)
    if len(pdf) > _max_bytes():
        raise SigningFailed(f"the PDF is larger than {_max_bytes()} bytes")
    metadata = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        reason=reason,
        location=location,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        name=signer.common_name or None,
    )
    timestamper = HTTPTimeStamper(tsa_url, timeout=tsa_timeout or _tsa_timeout()) if tsa_url else None
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        pdf_signer = signers.PdfSigner(metadata, signer=signer.signer, timestamper=timestamper)
        output = _run(pdf_signer.async_sign_pdf(writer, output=io.BytesIO()))
    except Exception as exc:
        if tsa_url and _caused_by_timestamp(exc):
            raise TimestampUnavailable(tsa_url, str(exc.__cause__ or exc)) from None
        if isinstance(exc, PdfError | SigningError | ValueError | KeyError | TypeError | IndexError):
            raise SigningFailed(f"the PDF could not be signed: {exc}") from None
        raise
    return bytes(output.getbuffer())


# ---------------------------------------------------------------------------------------------------------
# Verification


_PARSE_ERRORS = (PdfError, ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError, EOFError)


def verify_pdf(
    data: bytes, *, trust_roots: Sequence[x509.Certificate], max_bytes: int | None = None
) -> VerificationResult:
    """Check the PDF's last signature: intact, covering the whole file, by a certificate chaining to
    `trust_roots` (asn1crypto certificates, e.g. `keystore.trust_roots()`).

    Bounded: input over `max_bytes` (default the setting `DVK_DOCUMENT_MAX_BYTES`), without a PDF header,
    or that pyHanko cannot parse, is `not_a_pdf`; nothing here raises for bad input.
    """
    limit = max_bytes if max_bytes is not None else _max_bytes()
    if len(data) > limit:
        return VerificationResult(False, "not_a_pdf", detail=f"larger than {limit} bytes")
    if b"%PDF-" not in data[:1024]:
        return VerificationResult(False, "not_a_pdf", detail="no PDF header")
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_regular_signatures
    except _PARSE_ERRORS as exc:
        return VerificationResult(False, "not_a_pdf", detail=f"unreadable PDF: {type(exc).__name__}")
    if not signatures:
        return VerificationResult(False, "no_signature", detail="the PDF carries no signature")
    embedded = signatures[-1]
    code = _verification_code(reader, embedded.signed_revision)
    context = ValidationContext(trust_roots=list(trust_roots), allow_fetching=False, revocation_mode="soft-fail")
    try:
        status = _run(async_validate_pdf_signature(embedded, context))
    except _PARSE_ERRORS as exc:
        return VerificationResult(
            False, "modified", verification_code=code, detail=f"signature unreadable: {type(exc).__name__}"
        )
    return _judge(status, code)


def _judge(status: PdfSignatureStatus, code: str | None) -> VerificationResult:
    cert = status.signing_cert
    subject = cert.subject.human_friendly if cert is not None else None
    common_name = str(cert.subject.native.get("common_name", "")) if cert is not None else None
    timestamp = status.timestamp_validity
    signed_at = timestamp.timestamp if timestamp is not None else status.signer_reported_dt
    found = VerificationResult(
        False,
        signer_subject=subject,
        signer_common_name=common_name,
        signed_at=signed_at,
        timestamped=timestamp is not None,
        verification_code=code,
    )
    if not status.intact:
        return replace(found, failure="modified", detail="the signed bytes were changed")
    if not status.valid:
        return replace(found, failure="invalid_signature", detail="the signature does not verify")
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        return replace(found, failure="modified", detail="the file was changed after signing")
    if not status.trusted:
        return replace(found, failure="untrusted", detail="the signer's certificate is not trusted")
    return replace(found, intact=True, detail="intact, trusted, covers the whole file")


_CODE_IN_XMP = re.compile(rb"<dvk:VerificationCode>([A-Z0-9-]{4,64})</dvk:VerificationCode>")


def _verification_code(reader: PdfFileReader, revision: int | None) -> str | None:
    """The verification code written at rendering, read from the signed revision (later updates ignored)."""
    if revision is None:
        return None
    try:
        history = reader.get_historical_resolver(revision)

        def resolve(value: Any) -> Any:
            # Resolved by the historical resolver explicitly: a reference's own dereferencing (and pyHanko's
            # document_meta_view) reads the newest revision, which a forger may have appended.
            return history.get_object(value.reference) if isinstance(value, generic.IndirectObject) else value

        trailer = history.trailer_view
        info = resolve(trailer.raw_get("/Info")) if "/Info" in trailer else None
        keywords = (
            str(info.raw_get("/Keywords")) if isinstance(info, generic.DictionaryObject) and "/Keywords" in info else ""
        )
        for word in keywords.split():
            if word.startswith(KEYWORD_PREFIX) and VERIFICATION_CODE.match(word[len(KEYWORD_PREFIX) :]):
                return word[len(KEYWORD_PREFIX) :]
        root = resolve(trailer.raw_get("/Root"))
        if isinstance(root, generic.DictionaryObject) and "/Metadata" in root:
            match = _CODE_IN_XMP.search(resolve(root.raw_get("/Metadata")).data)
            if match:
                return match[1].decode()
    except _PARSE_ERRORS:
        return None
    return None
