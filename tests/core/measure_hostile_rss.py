"""Measure a worker's peak memory (RSS) under the hostile bodies of issue 14.

    .venv/bin/python tests/core/measure_hostile_rss.py

Starts `dvk prestart` + uvicorn on 127.0.0.1 (a free port, a throwaway SQLite data folder), signs in as
demo.registrant, then for each case resets the server's peak (clear_refs) and reads VmHWM from /proc
(Linux) after the request: multipart to a JSON endpoint without signing in (300 MB streamed), an
oversized chunked upload (300 MB), an XLSX bomb, a DOCX bomb, PNG and JPEG pixel floods. Also run by
tests/core/test_hostile_memory.py with a bound.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "registrations"))

from tests.core import bombs  # noqa: E402
from tests.support.live_server import free_port, wait_and_sign_in  # noqa: E402
from tests.support.procfs import status_kib  # noqa: E402

MB = 1024 * 1024
BOUNDARY = "dvk-measure-boundary"


def _form(kind: str, filename: str, file: Iterator[bytes]) -> Iterator[bytes]:
    yield (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n{kind}\r\n'
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="title"\r\n\r\nHostile\r\n'
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n"
    ).encode()
    yield from file
    yield f"\r\n--{BOUNDARY}--\r\n".encode()


def _filler(size: int, head: bytes = b"%PDF-1.7\n") -> Iterator[bytes]:
    yield head
    block, left = b"\x00" * MB, size - len(head)
    while left > 0:
        yield block[: min(MB, left)]
        left -= MB


def _hostile_xlsx(cells: int = 600_000, random_values: bool = False) -> bytes:
    from registrations_support import form_row, hand_form

    return bombs.xlsx_with_sheet(
        hand_form([form_row(1, "Thôn Tân Lập", "A")]), bombs.wide_row(cells, random_values=random_values)
    )


def cases(model_id: str, campaign: str, year: int) -> list[tuple[str, str, bool, Callable[[], Iterator[bytes]]]]:
    """(name, path, signed in, body factory) for each hostile request."""
    evidence = f"/api/v1/models/{model_id}/evidence"
    imports = f"/api/v1/imports/registrations?campaign={campaign}&year={year}"
    return [
        (
            "multipart 300 MB to POST /models, not signed in",
            "/api/v1/models",
            False,
            lambda: _form("other", "a.pdf", _filler(300 * MB)),
        ),
        (
            "chunked upload 300 MB (limit 25 MB), signed in",
            evidence,
            True,
            lambda: _form("other", "a.pdf", _filler(300 * MB)),
        ),
        (
            "XLSX bomb (600 000 cells in one row) to the import",
            imports,
            True,
            lambda: _form("other", "dang-ky.xlsx", iter([_hostile_xlsx()])),
        ),
        (
            "XLSX with one incompressible row of 100 000 cells to the import",
            imports,
            True,
            lambda: _form("other", "dang-ky.xlsx", iter([_hostile_xlsx(100_000, random_values=True)])),
        ),
        (
            "DOCX bomb (document.xml of 200 MiB) as evidence",
            evidence,
            True,
            lambda: _form("other", "ke-hoach.docx", iter([bombs.docx_bomb()])),
        ),
        (
            "PNG pixel flood 30000x30000 as model_photo",
            evidence,
            True,
            lambda: _form("model_photo", "anh.png", iter([bombs.png_flood()])),
        ),
        (
            "JPEG pixel flood 65500x65500 as model_photo",
            evidence,
            True,
            lambda: _form("model_photo", "anh.jpg", iter([bombs.jpeg_flood()])),
        ),
    ]


def measure() -> list[dict[str, object]]:
    """Run every case against a fresh server; one row of figures per case."""
    data_dir = Path(tempfile.mkdtemp(prefix="dvk-hostile-"))
    port = free_port()
    env = {
        **os.environ,
        "DVK_ENV": "development",
        "DVK_DATA_DIR": str(data_dir),
        "DVK_DATABASE_URL": "",
        "DVK_LOAD_DEMO": "true",
        "DVK_STORAGE_BACKEND": "local",
        "DVK_LOG_LEVEL": "WARNING",
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
    rows: list[dict[str, object]] = []
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
            auth = wait_and_sign_in(client, env.get("DVK_DEMO_PASSWORD", "DanVanKheo@2025"))
            model = client.get("/api/v1/models", params={"state": ["draft", "returned"]}, headers=auth).json()
            first = client.get(f"/api/v1/models/{model['items'][0]['id']}", headers=auth).json()
            for name, path, signed_in, body in cases(first["id"], first["campaign_id"], first["year"]):
                before = status_kib(server.pid, "VmRSS")
                Path(f"/proc/{server.pid}/clear_refs").write_text("5")
                headers = {**(auth if signed_in else {}), "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}
                try:
                    response = client.post(path, content=body(), headers=headers)
                    answer = f"{response.status_code} {response.json().get('code')}"
                except httpx.TransportError as exc:  # the server answered and closed while we were still sending
                    answer = f"connection closed by the server ({type(exc).__name__})"
                peak = status_kib(server.pid, "VmHWM")
                rows.append({"case": name, "answer": answer, "before_mib": before / 1024, "peak_mib": peak / 1024})
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=20)
        shutil.rmtree(data_dir, ignore_errors=True)
    return rows


def main() -> int:
    """Print the figures."""
    for row in measure():
        print(
            f"{row['case']}: {row['answer']}; RSS {row['before_mib']:.1f} MiB -> peak {row['peak_mib']:.1f} MiB "
            f"(+{float(row['peak_mib']) - float(row['before_mib']):.1f})"
        )  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
