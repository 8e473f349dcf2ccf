"""One uvicorn worker on a loopback port shared with its siblings through SO_REUSEPORT (the kernel
balances connections evenly between them). Used by scripts/benchmark.py.

Usage: python scripts/reuseport_worker.py <module:factory> <host> <port> <app_dir>

Why not `uvicorn --fd`: uvicorn wraps an inherited descriptor as an AF_UNIX socket, so asyncio never sets
TCP_NODELAY on the accepted TCP connections and every response waits ~40 ms for a delayed ACK (Nagle).
Here the worker opens a real AF_INET socket itself.
"""

from __future__ import annotations

import socket
import sys

import uvicorn


def main() -> None:
    """Bind, then serve the factory's app on the shared port until SIGTERM."""
    target, host, port, app_dir = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    sys.path.insert(0, app_dir)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(2048)
    config = uvicorn.Config(target, factory=True, access_log=False, log_level="warning")
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main()
