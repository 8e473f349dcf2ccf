"""A 50 MB upload streams through: received, checked, cleaned and stored without being held in memory."""

from __future__ import annotations

import hashlib
import tracemalloc

from upload_samples import PDF_TAIL, Part, multipart, zeros

from app.evidence.upload import detect_media_type, receive_upload, strip_metadata
from app.storage.local import LocalBlobStore

MB = 1024 * 1024


async def test_a_50_mb_upload_does_not_raise_peak_memory_by_anything_near_its_size(tmp_path) -> None:
    store = LocalBlobStore(tmp_path / "blobs")
    head = b"%PDF-1.7\n"
    expected = hashlib.sha256()
    for chunk in zeros(50 * MB, head=head, tail=PDF_TAIL):
        expected.update(chunk)
    fake = multipart(
        [
            Part("kind", b"result_report"),
            Part("title", b"Bao cao ket qua"),
            Part(
                "file",
                zeros(50 * MB, head=head, tail=PDF_TAIL),
                filename="Báo cáo kết quả.pdf",
                content_type="application/pdf",
            ),
        ]
    )

    tracemalloc.start()
    try:
        upload = await receive_upload(fake.request(), max_bytes=60 * MB)
        media_type = detect_media_type(upload.path, upload.filename, upload.declared_type)
        cleaned = strip_metadata(upload.path, media_type, keep_location=False)
        stored = await store.put_file(upload.sha256, cleaned, media_type)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    upload.cleanup()

    assert stored and upload.size == 50 * MB and upload.sha256 == expected.hexdigest()
    assert await store.size(upload.sha256) == 50 * MB
    assert peak < 5 * MB, f"peak Python allocation {peak / MB:.1f} MB while handling a 50 MB upload"
