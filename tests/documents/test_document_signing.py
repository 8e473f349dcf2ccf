"""Signing with a unit's key and verifying anyone's PDF: intact, tampered, forged, not a PDF, no timestamp."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from app.documents.demo_ca import ensure_demo_keystore
from app.documents.errors import SignerExpired, SigningFailed, TimestampUnavailable
from app.documents.keystore import signer_for, trust_roots
from app.documents.render import render_pdf
from app.documents.samples import sample_context
from app.documents.signing import sign_pdf, verify_pdf
from tests.documents.engine_support import DISTRICT, PASSPHRASE, build_keystore, closed_port, local_tsa

CODE = "7KQ2-M9XD"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_keystore(tmp_path_factory.mktemp("keystore"))


@pytest.fixture(scope="module")
def rendered() -> bytes:
    return render_pdf("certificate", sample_context("certificate"), verification_code=CODE, verify_url="http://t/v")


@pytest.fixture(scope="module")
def signed(store: Path, rendered: bytes) -> bytes:
    signer = signer_for(DISTRICT.id, directory=store, passphrase=PASSPHRASE)
    return sign_pdf(rendered, signer, reason="Cấp Giấy chứng nhận 12-GCN/HU", location="Vĩnh Linh", tsa_url=None)


def test_signed_pdf_verifies_intact_with_its_signer_and_code(store: Path, rendered: bytes, signed: bytes) -> None:
    assert signed.startswith(rendered)  # an incremental update: the rendered document is untouched
    result = verify_pdf(signed, trust_roots=trust_roots(directory=store))
    assert result.intact and result.failure is None, result
    assert result.signer_common_name == "Huyện ủy Vĩnh Linh"
    assert "Huyện ủy Vĩnh Linh" in (result.signer_subject or "")
    assert result.verification_code == CODE
    assert result.signed_at is not None and abs(datetime.now(UTC) - result.signed_at) < timedelta(minutes=5)
    assert not result.timestamped


def test_pyhanko_validator_agrees(store: Path, signed: bytes) -> None:
    reader = PdfFileReader(io.BytesIO(signed))
    (embedded,) = reader.embedded_signatures
    status = validate_pdf_signature(embedded, ValidationContext(trust_roots=trust_roots(directory=store)))
    assert status.bottom_line and status.intact and status.valid and status.trusted
    assert embedded.sig_object["/Reason"] == "Cấp Giấy chứng nhận 12-GCN/HU"
    assert embedded.sig_object["/Location"] == "Vĩnh Linh"


def _byte_range(data: bytes) -> list[int]:
    match = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)
    assert match
    return [int(n) for n in match.groups()]


def test_one_flipped_byte_inside_the_signed_range_is_reported_modified(store: Path, signed: bytes) -> None:
    start, length, _, _ = _byte_range(signed)
    assert start == 0
    # A byte inside a compressed content stream: the file still parses, the digest no longer matches.
    position = signed.index(b"stream\n", 1000) + 50
    assert position < length
    tampered = bytearray(signed)
    tampered[position] ^= 0x01
    result = verify_pdf(bytes(tampered), trust_roots=trust_roots(directory=store))
    assert not result.intact and result.failure == "modified", result


def test_a_byte_flipped_in_the_second_signed_range_is_modified_too(store: Path, signed: bytes) -> None:
    _, _, second, length = _byte_range(signed)
    text = signed[second : second + length]
    position = second + text.index(b"/Reason") + 3  # "/Reason" → "/Reqson": the signed dictionary changed
    tampered = bytearray(signed)
    tampered[position] ^= 0x04
    result = verify_pdf(bytes(tampered), trust_roots=trust_roots(directory=store))
    assert not result.intact and result.failure in ("modified", "not_a_pdf"), result
    assert result.failure == "modified"


def test_bytes_appended_after_signing_are_modified(store: Path, signed: bytes) -> None:
    result = verify_pdf(signed + b"\n%forged\n", trust_roots=trust_roots(directory=store))
    assert not result.intact and result.failure == "modified"


def test_an_update_after_signing_cannot_change_the_code_it_reports(store: Path, signed: bytes) -> None:
    """A forger appends an update that rewrites the Keywords: modified, and the code read is the signed one."""
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    from pyhanko.pdf_utils import generic

    info = writer.trailer["/Info"]
    info["/Keywords"] = generic.TextStringObject("dvk-verification-code:FAKE-0000")
    writer.update_container(info)
    forged = io.BytesIO()
    writer.write(forged)
    result = verify_pdf(forged.getvalue(), trust_roots=trust_roots(directory=store))
    assert not result.intact and result.failure == "modified"
    assert result.verification_code == CODE


def test_untrusted_signer(tmp_path: Path, signed: bytes) -> None:
    assert verify_pdf(signed, trust_roots=[]).failure == "untrusted"
    other = tmp_path / "other"
    ensure_demo_keystore(other, [DISTRICT], passphrase=PASSPHRASE)  # another CA with the same names
    result = verify_pdf(signed, trust_roots=trust_roots(directory=other))
    assert not result.intact and result.failure == "untrusted"
    assert result.signer_common_name == "Huyện ủy Vĩnh Linh"


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"hello, world",
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 100,
        b"%PDF-1.7\n" + b"A" * 5000,
        b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF",
    ],
    ids=["empty", "text", "png", "garbage-after-header", "no-xref"],
)
def test_not_a_pdf(data: bytes) -> None:
    result = verify_pdf(data, trust_roots=[])
    assert not result.intact and result.failure == "not_a_pdf"


def test_truncated_signed_pdf_is_not_a_pdf(signed: bytes) -> None:
    for size in (len(signed) // 3, len(signed) // 2, len(signed) - 200):
        result = verify_pdf(signed[:size], trust_roots=[])
        assert not result.intact and result.failure in ("not_a_pdf", "modified"), (size, result)
    assert verify_pdf(signed[: len(signed) // 2], trust_roots=[]).failure == "not_a_pdf"


def test_huge_input_is_refused_unread(signed: bytes) -> None:
    result = verify_pdf(signed, trust_roots=[], max_bytes=len(signed) - 1)
    assert result.failure == "not_a_pdf" and "larger" in result.detail
    huge = signed + b"\n%" + b"x" * (21 * 1024 * 1024)
    assert verify_pdf(huge, trust_roots=[]).failure == "not_a_pdf"  # the setting's default, 20 MiB


def test_unsigned_pdf_has_no_signature(rendered: bytes) -> None:
    result = verify_pdf(rendered, trust_roots=[])
    assert not result.intact and result.failure == "no_signature"


def test_expired_signer_signs_nothing(store: Path, rendered: bytes) -> None:
    signer = signer_for(DISTRICT.id, directory=store, passphrase=PASSPHRASE)
    expired = replace(signer, not_after=datetime.now(UTC) - timedelta(seconds=1))
    with pytest.raises(SignerExpired) as caught:
        sign_pdf(rendered, expired, reason="r", location="l", tsa_url=None)
    assert caught.value.unit_id == DISTRICT.id


def test_not_a_pdf_cannot_be_signed(store: Path) -> None:
    signer = signer_for(DISTRICT.id, directory=store, passphrase=PASSPHRASE)
    with pytest.raises(SigningFailed):
        sign_pdf(b"not a pdf at all", signer, reason="r", location="l", tsa_url=None)


def test_unreachable_timestamp_authority_signs_nothing(store: Path, rendered: bytes) -> None:
    """The documented outcome: with a TSA configured, no timestamp means no signature (never a B-B instead)."""
    signer = signer_for(DISTRICT.id, directory=store, passphrase=PASSPHRASE)
    url = f"http://127.0.0.1:{closed_port()}/tsa"
    with pytest.raises(TimestampUnavailable) as caught:
        sign_pdf(rendered, signer, reason="r", location="l", tsa_url=url, tsa_timeout=3)
    assert caught.value.tsa_url == url


def test_timestamped_signature(store: Path, rendered: bytes) -> None:
    signer = signer_for(DISTRICT.id, directory=store, passphrase=PASSPHRASE)
    with local_tsa(store) as url:
        stamped = sign_pdf(rendered, signer, reason="r", location="l", tsa_url=url)
    result = verify_pdf(stamped, trust_roots=trust_roots(directory=store))
    assert result.intact and result.timestamped, result
    assert result.signed_at is not None and abs(datetime.now(UTC) - result.signed_at) < timedelta(minutes=5)


async def test_sign_and_verify_from_a_running_event_loop(store: Path, rendered: bytes) -> None:
    """The service may call the engine from async code: the engine runs pyHanko's loop beside the caller's."""
    signer = signer_for(DISTRICT.id, directory=store, passphrase=PASSPHRASE)
    data = sign_pdf(rendered, signer, reason="r", location="l", tsa_url=None)
    assert verify_pdf(data, trust_roots=trust_roots(directory=store)).intact


def test_random_damage_never_raises_and_never_passes_a_signed_byte(store: Path, signed: bytes) -> None:
    """Sixty seeded mutations: a clean answer each time; intact only when the change fell in the signature's
    own hole (the zero padding of /Contents, which no signature covers)."""
    import random

    start, first, second, _ = _byte_range(signed)
    roots = trust_roots(directory=store)
    rnd = random.Random(20)
    for _ in range(60):
        data = bytearray(signed)
        position = rnd.randrange(len(data))
        if rnd.random() < 0.7:
            data[position] ^= rnd.randrange(1, 256)
        else:
            del data[position : position + rnd.randint(1, 64)]
        result = verify_pdf(bytes(data), trust_roots=roots)
        assert result.failure in (None, "not_a_pdf", "modified", "invalid_signature"), result
        if result.intact:
            assert len(data) == len(signed) and start + first <= position < second, position
