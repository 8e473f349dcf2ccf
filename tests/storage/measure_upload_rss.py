"""Measure the API server's peak memory (RSS) while it receives a 50 MB evidence upload.

    .venv/bin/python tests/storage/measure_upload_rss.py [--mb 50]

Starts `dvk prestart` + uvicorn on 127.0.0.1 (a free port, a throwaway SQLite data folder, the upload
limit raised above the file size), signs in as demo.registrant, streams a generated PDF of the given
size to POST /api/v1/models/{id}/evidence and reads the server's VmHWM from /proc (Linux): the peak is
reset just before the upload (clear_refs), so it is the peak during the upload. Not part of the suite.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.support.live_server import free_port, wait_and_sign_in  # noqa: E402
from tests.support.procfs import status_kib  # noqa: E402

MB = 1024 * 1024


def _body(boundary: str, size: int) -> Iterator[bytes]:
    yield (
        f'--{boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nother\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nBáo cáo 50 MB\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="bao-cao.pdf"\r\n'
        f"Content-Type: application/pdf\r\n\r\n"
    ).encode()
    head = b"%PDF-1.7\n"
    yield head
    left, block = size - len(head), os.urandom(MB)
    while left > 0:
        yield block[: min(MB, left)]
        left -= min(MB, left)
    yield f"\r\n--{boundary}--\r\n".encode()


def main() -> int:
    """Run the measurement and print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=50)
    size = parser.parse_args().mb * MB
    data_dir = Path(tempfile.mkdtemp(prefix="dvk-rss-"))
    port = free_port()
    env = {
        **os.environ,
        "DVK_ENV": "development",
        "DVK_DATA_DIR": str(data_dir),
        "DVK_DATABASE_URL": "",
        "DVK_LOAD_DEMO": "true",
        "DVK_STORAGE_BACKEND": "local",
        "DVK_LOG_LEVEL": "WARNING",
        "DVK_MAX_UPLOAD_BYTES": str(size + MB),
        "DVK_MODEL_QUOTA_BYTES": str(4 * size),
    }
    bin_dir = Path(sys.executable).parent
    subprocess.run([str(bin_dir / "dvk"), "prestart"], env=env, cwd=ROOT, check=True, capture_output=True)
    server = subprocess.Popen(
        [
            str(bin_dir / "uvicorn"),
            "app.main:create_app",
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-access-log",
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=base, timeout=120) as client:
            auth = wait_and_sign_in(client, env.get("DVK_DEMO_PASSWORD", "DanVanKheo@2025"))
            models = client.get("/api/v1/models", params={"state": ["draft", "returned"]}, headers=auth).json()
            model_id = models["items"][0]["id"]
            before = status_kib(server.pid, "VmRSS")
            Path(f"/proc/{server.pid}/clear_refs").write_text("5")  # reset VmHWM to the current RSS
            boundary = "dvk-measure-boundary"
            started = time.perf_counter()
            response = client.post(
                f"/api/v1/models/{model_id}/evidence",
                content=_body(boundary, size),
                headers={**auth, "Content-Type": f"multipart/form-data; boundary={boundary}"},
            )
            elapsed = time.perf_counter() - started
            peak = status_kib(server.pid, "VmHWM")
            blobs = sum(p.stat().st_size for p in (data_dir / "blobs").rglob("*") if p.is_file())
        stored = response.json().get("size") if response.status_code == 201 else None
        print(f"upload: {size / MB:.0f} MB -> HTTP {response.status_code} in {elapsed:.1f} s (stored size {stored})")
        if response.status_code != 201:
            print(response.text[:500])
        print(f"bytes in the blob store: {blobs}")
        print(f"server RSS before upload: {before / 1024:.1f} MiB")
        print(f"server peak RSS during upload: {peak / 1024:.1f} MiB (+{(peak - before) / 1024:.1f} MiB)")
        return 0 if response.status_code == 201 else 1
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=20)
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
