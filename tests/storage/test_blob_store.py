"""The same suite runs against both backends: the local filesystem and a real S3 server (moto)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from app.storage import get_store, set_store
from app.storage.local import LocalBlobStore


def _file(tmp_path: Path, data: bytes, name: str = "upload.bin") -> tuple[str, Path]:
    path = tmp_path / name
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest(), path


async def _read(store, key: str, start: int = 0, end: int | None = None) -> bytes:
    return b"".join([chunk async for chunk in store.read_range(key, start, end)])


async def test_a_stored_file_can_be_read_back_whole_and_by_range(store, tmp_path) -> None:
    data = bytes(range(256)) * 4000  # about 1 MB, several read chunks
    key, path = _file(tmp_path, data)
    assert await store.put_file(key, path, "application/pdf") is True
    assert await store.exists(key)
    assert await store.size(key) == len(data)
    assert await _read(store, key) == data
    assert await _read(store, key, 0, 0) == data[:1]
    assert await _read(store, key, 100, 199) == data[100:200]
    assert await _read(store, key, len(data) - 10) == data[-10:]
    assert await _read(store, key, 300_000, 700_000) == data[300_000:700_001]


async def test_one_file_uploaded_twice_is_stored_once(store, tmp_path) -> None:
    key, path = _file(tmp_path, b"%PDF-1.4 the same registration form")
    assert await store.put_file(key, path, "application/pdf") is True
    assert await store.put_file(key, path, "application/pdf") is False
    assert [k async for k in store.list_keys()] == [key]


async def test_the_caller_keeps_its_temp_file(store, tmp_path) -> None:
    key, path = _file(tmp_path, b"bytes the caller will delete itself")
    await store.put_file(key, path, "application/octet-stream")
    assert path.read_bytes() == b"bytes the caller will delete itself"
    path.unlink()
    assert await _read(store, key) == b"bytes the caller will delete itself"


async def test_a_missing_blob_has_no_size_and_deleting_it_is_harmless(store) -> None:
    key = "0" * 64
    assert await store.exists(key) is False
    assert await store.size(key) is None
    await store.delete(key)


async def test_deleted_blobs_disappear_from_the_listing(store, tmp_path) -> None:
    keys = []
    for i in range(3):
        key, path = _file(tmp_path, f"file {i}".encode(), f"f{i}")
        await store.put_file(key, path, "text/plain")
        keys.append(key)
    assert sorted([k async for k in store.list_keys()]) == sorted(keys)
    await store.delete(keys[1])
    assert not await store.exists(keys[1])
    assert sorted([k async for k in store.list_keys()]) == sorted([keys[0], keys[2]])
    assert await store.stored_at(keys[0]) is not None


@pytest.mark.parametrize("key", ["../../etc/passwd", "A" * 64, "abc", "0" * 63 + "/", ""])
async def test_keys_that_are_not_sha256_are_refused(store, tmp_path, key) -> None:
    path = tmp_path / "x"
    path.write_bytes(b"x")
    with pytest.raises(ValueError):
        await store.put_file(key, path, "text/plain")
    with pytest.raises(ValueError):
        await store.exists(key)


async def test_a_large_file_goes_up_in_parts_and_comes_back_intact(store, tmp_path) -> None:
    data = os.urandom(1024 * 1024) * 20  # 20 MB: above the S3 multipart threshold
    key, path = _file(tmp_path, data)
    assert await store.put_file(key, path, "application/pdf")
    assert await store.size(key) == len(data)
    tail = await _read(store, key, len(data) - 5_000_000)
    assert tail == data[-5_000_000:]


async def test_local_blobs_live_under_their_hash_and_leave_no_staging_files(tmp_path) -> None:
    store = LocalBlobStore(tmp_path / "blobs")
    key, path = _file(tmp_path, b"portrait bytes")
    await store.put_file(key, path, "image/jpeg")
    assert (tmp_path / "blobs" / key[:2] / key[2:4] / key).read_bytes() == b"portrait bytes"
    assert list((tmp_path / "blobs" / ".staging").iterdir()) == []


def test_the_process_store_follows_the_settings_and_can_be_swapped(settings_env, tmp_path) -> None:
    from app.storage.s3 import S3BlobStore

    set_store(None)
    try:
        settings_env(data_dir=str(tmp_path))
        local = get_store()
        assert isinstance(local, LocalBlobStore) and local.root == tmp_path / "blobs"
        assert get_store() is local
        settings_env(
            storage_backend="s3",
            s3_endpoint_url="http://127.0.0.1:9",
            s3_bucket="dossiers",
            s3_access_key="k",
            s3_secret_key="s",
        )
        set_store(None)
        s3 = get_store()
        assert isinstance(s3, S3BlobStore) and s3.bucket == "dossiers"
    finally:
        set_store(None)
