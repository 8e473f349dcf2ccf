"""One uvicorn worker on a loopback port shared with its siblings through SO_REUSEPORT (the kernel
balances connections evenly between them). Used by scripts/benchmark.py.

Usage: python scripts/reuseport_worker.py <module:factory> <host> <port> <app_dir>

Why not `uvicorn --fd`: uvicorn wraps an inherited descriptor as an AF_UNIX socket, so asyncio never sets
TCP_NODELAY on the accepted TCP connections and every response waits ~40 ms for a delayed ACK (Nagle).
Here the worker opens a real AF_INET socket itself.

With DVK_BENCH_CPU_PROFILE_DIR set, the worker also carries a CPU-time sampler (SIGPROF from ITIMER_PROF, which
ticks only while the process runs, user or system): SIGUSR1 starts it afresh, SIGUSR2 stops it and writes the
stacks seen to `<dir>/cpu-<pid>.txt` in py-spy's raw format (scripts/profile_top.py reads both). Unlike a
wall-clock sampler, it charges nothing to a worker that is runnable but waiting for a core: on a shared
machine that wait lands on whichever frame was running when the kernel switched away (often a socket send).
"""

from __future__ import annotations

import os
import signal
import socket
import sys
from collections import Counter
from pathlib import Path
from types import FrameType

import uvicorn

CPU_SAMPLES_PER_SECOND = 250


def _frame(frame: FrameType) -> str:
    path = frame.f_code.co_filename
    for marker in ("site-packages/", "/lib/python3"):
        if marker in path:
            path = path.split(marker, 1)[1]
            path = path.split("/", 1)[1] if marker.startswith("/lib") and "/" in path else path
            break
    else:
        path = os.path.relpath(path) if path.startswith("/") else path
    return f"{frame.f_code.co_name} ({path})"


def install_cpu_sampler(folder: Path) -> None:
    """The SIGPROF sampler (see the module's docstring), driven by SIGUSR1 (start) and SIGUSR2 (stop, write)."""
    counts: Counter[str] = Counter()
    interval = 1.0 / CPU_SAMPLES_PER_SECOND

    try:
        from greenlet import getcurrent
    except ImportError:  # pragma: no cover - SQLAlchemy's asyncio support brings greenlet
        getcurrent = None

    def sample(_signum: int, frame: FrameType | None) -> None:
        stack = []
        # SQLAlchemy runs its sync layers in a greenlet whose frames end at the greenlet's start: carry on
        # from where its parent switched into it (greenlet_spawn), so cumulative shares add up.
        glet = getcurrent() if getcurrent is not None else None
        while frame is not None:
            stack.append(_frame(frame))
            frame = frame.f_back
            if frame is None and glet is not None and glet.parent is not None:
                glet = glet.parent
                frame = glet.gr_frame
        counts[";".join(reversed(stack))] += 1

    def start(*_: object) -> None:
        counts.clear()
        signal.setitimer(signal.ITIMER_PROF, interval, interval)

    def stop(*_: object) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        folder.mkdir(parents=True, exist_ok=True)
        lines = "".join(f"{stack} {n}\n" for stack, n in counts.most_common())
        (folder / f"cpu-{os.getpid()}.txt").write_text(lines)

    signal.signal(signal.SIGPROF, sample)
    signal.signal(signal.SIGUSR1, start)
    signal.signal(signal.SIGUSR2, stop)


def main() -> None:
    """Bind, then serve the factory's app on the shared port until SIGTERM."""
    target, host, port, app_dir = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    sys.path.insert(0, app_dir)
    if os.environ.get("DVK_BENCH_CPU_PROFILE_DIR"):
        install_cpu_sampler(Path(os.environ["DVK_BENCH_CPU_PROFILE_DIR"]))
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(2048)
    config = uvicorn.Config(target, factory=True, access_log=False, log_level="warning")
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main()
