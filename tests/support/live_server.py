"""A real API server (uvicorn, N worker processes) on a loopback port, for tests that need real sockets,
real processes and real timeouts: retry storms, killed workers, keep-alive after errors."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path

import httpx

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """`uvicorn app.main:create_app --factory` in a subprocess; the environment is the test run's plus `env`."""

    def __init__(self, *, workers: int = 1, env: Mapping[str, str] | None = None) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.workers = workers
        self.env = {**os.environ, "DVK_LOAD_DEMO": "false", **(env or {})}
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 90) -> LiveServer:
        """Start and wait until /healthz answers."""
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "app.main:create_app",
                "--factory",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--workers",
                str(self.workers),
                "--log-level",
                "warning",
            ],
            cwd=PROJECT_ROOT,
            env=self.env,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}")
            try:
                if httpx.get(f"{self.base_url}/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("server did not start")

    def kill(self) -> None:
        """SIGKILL every process of the server at once (nothing gets to clean up)."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        """Stop gracefully (SIGTERM), then make sure."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()


def wait_and_sign_in(
    client: httpx.Client, password: str, username: str = "demo.registrant", attempts: int = 200
) -> dict[str, str]:
    """Wait until the server at `client`'s base URL answers /healthz, sign in, and return the auth header."""
    for _ in range(attempts):
        try:
            if client.get("/healthz").status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.1)
    token = client.post(
        "/api/v1/auth/token", data={"username": username, "password": password, "grant_type": "password"}
    ).json()["access_token"]
    return {"Authorization": f"Bearer {token}"}
