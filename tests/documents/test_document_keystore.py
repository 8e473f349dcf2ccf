"""The key store: a unit's signer from its files, clear refusals, the demo CA made once and kept."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.documents.demo_ca import ROOT_CERT, ensure_demo_keystore
from app.documents.errors import SignerExpired, SignerMissing
from app.documents.keystore import signer_for, trust_roots
from tests.documents.engine_support import (
    COMMUNE,
    DISTRICT,
    PASSPHRASE,
    build_keystore,
    write_expired_unit,
    write_pem_unit,
)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return build_keystore(tmp_path / "keys")


def test_signer_of_a_unit(store: Path) -> None:
    signer = signer_for(COMMUNE.id, directory=store, passphrase=PASSPHRASE)
    assert signer.unit_id == COMMUNE.id
    assert signer.common_name == "Đảng ủy xã Vĩnh Thạch"
    assert signer.not_before < datetime.now(UTC) < signer.not_after
    assert [r.subject.native["common_name"] for r in trust_roots(directory=store)] == ["DVK Demo Root CA"]


def test_key_files_are_private_and_encrypted(store: Path) -> None:
    path = store / f"{DISTRICT.id}.p12"
    assert (os.stat(path).st_mode & 0o777) == 0o600
    with pytest.raises(SignerMissing, match="passphrase"):
        signer_for(DISTRICT.id, directory=store, passphrase="not-the-passphrase")


def test_a_unit_without_files_has_no_signer(store: Path) -> None:
    with pytest.raises(SignerMissing) as caught:
        signer_for(12345, directory=store, passphrase=PASSPHRASE)
    assert caught.value.unit_id == 12345
    with pytest.raises(SignerMissing):
        signer_for(0, directory=store, passphrase=PASSPHRASE)


def test_a_damaged_file_is_missing_not_a_crash(store: Path) -> None:
    (store / "55.p12").write_bytes(b"\x30\x82garbage")
    with pytest.raises(SignerMissing, match=r"55\.p12"):
        signer_for(55, directory=store, passphrase=PASSPHRASE)


def test_expired_certificate(store: Path) -> None:
    not_after = write_expired_unit(store, 77)
    with pytest.raises(SignerExpired) as caught:
        signer_for(77, directory=store, passphrase=PASSPHRASE)
    assert caught.value.unit_id == 77 and caught.value.not_after == not_after
    # and a valid one seen from after its end
    later = datetime.now(UTC) + timedelta(days=3 * 365)
    with pytest.raises(SignerExpired):
        signer_for(DISTRICT.id, directory=store, passphrase=PASSPHRASE, now=later)


def test_pem_layout(store: Path) -> None:
    write_pem_unit(store, 31, "Đảng ủy Khối các cơ quan tỉnh")
    assert signer_for(31, directory=store, passphrase=PASSPHRASE).common_name == "Đảng ủy Khối các cơ quan tỉnh"
    (store / "31.cert.pem").write_bytes((store / "31.cert.pem").read_bytes().replace(b"MII", b"XXX", 1))
    with pytest.raises(SignerMissing):
        signer_for(31, directory=store, passphrase=PASSPHRASE)


def test_a_key_that_is_not_the_certificates_is_refused(store: Path) -> None:
    write_pem_unit(store, 41, "A")
    write_pem_unit(store, 42, "B")
    (store / "41.key.pem").write_bytes((store / "42.key.pem").read_bytes())
    with pytest.raises(SignerMissing, match="does not match"):
        signer_for(41, directory=store, passphrase=PASSPHRASE)


def test_production_refuses_the_public_default_passphrase(store: Path, settings_env) -> None:
    settings_env(env="production", metrics_token="m" * 32, demo_password="x" * 12)
    with pytest.raises(SignerMissing, match="passphrase"):
        signer_for(DISTRICT.id, directory=store)
    with pytest.raises(RuntimeError):
        ensure_demo_keystore(store, [DISTRICT])


def test_settings_name_the_store(store: Path, settings_env) -> None:
    settings_env(signing_keystore_dir=str(store), signing_keystore_passphrase=PASSPHRASE)
    assert signer_for(DISTRICT.id).common_name == "Huyện ủy Vĩnh Linh"
    assert len(trust_roots()) == 1


def test_demo_keystore_is_idempotent_and_grows(store: Path) -> None:
    stamps = {p.name: p.stat().st_mtime_ns for p in store.rglob("*") if p.is_file()}
    ensure_demo_keystore(store, [DISTRICT, COMMUNE], passphrase=PASSPHRASE)
    assert {p.name: p.stat().st_mtime_ns for p in store.rglob("*") if p.is_file()} == stamps
    ensure_demo_keystore(store, [DISTRICT, SimpleNamespace(id=88, name="Ban Dân vận Huyện ủy")], passphrase=PASSPHRASE)
    assert (store / "88.p12").is_file() and (store / f"{DISTRICT.id}.p12").stat().st_mtime_ns == stamps["7.p12"]
    assert signer_for(88, directory=store, passphrase=PASSPHRASE).common_name == "Ban Dân vận Huyện ủy"


def test_a_lost_root_reissues_every_unit(store: Path) -> None:
    old_root = (store / ROOT_CERT).read_bytes()
    (store / ROOT_CERT).unlink()
    ensure_demo_keystore(store, [DISTRICT], passphrase=PASSPHRASE)
    assert (store / ROOT_CERT).read_bytes() != old_root
    signer = signer_for(DISTRICT.id, directory=store, passphrase=PASSPHRASE)
    assert signer.certificate.issuer == trust_roots(directory=store)[0].subject
