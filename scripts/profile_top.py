"""Summarise a py-spy `--format raw` profile: the top frames by self and by cumulative share of the samples,
and self time by package, as Markdown tables.

Usage: python scripts/profile_top.py PROFILE.txt [--top 25] [--min-cumulative 0]

A raw profile is one line per distinct stack, `frame;frame;…;leaf COUNT`, each frame `function (file:line)`
(or `function (file)` with py-spy's `--nolineno`). py-spy leaves idle threads out unless told `--idle`, so
the samples are the worker's busy time and a share of them is a share of its CPU. Line numbers are dropped
here: a function is one row however many of its lines were sampled. Cumulative counts a stack once per
function, however often it recurses.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

_FRAME = re.compile(r"^(?P<func>.*?) \((?P<file>[^()]*?)(?::\d+)?\)$")


def frame_name(frame: str) -> str:
    """`function (file)`, the line number dropped."""
    found = _FRAME.match(frame.strip())
    if not found:
        return frame.strip()
    return f"{found['func']} ({found['file']})"


def package(frame: str) -> str:
    """What a frame's file belongs to: the top-level package (`sqlalchemy`, `app.registry`, `asyncio`…)."""
    found = _FRAME.match(frame.strip())
    path = found["file"] if found else frame
    path = path.replace("\\", "/")
    for marker in ("site-packages/", "lib/python3."):
        if marker in path:
            path = path.split(marker, 1)[1]
            if marker.startswith("lib/"):
                path = path.split("/", 1)[1] if "/" in path else path
    parts = [p for p in path.split("/") if p]
    if not parts:
        return "?"
    if parts[0] == "app" and len(parts) > 1:
        return "app." + parts[1].removesuffix(".py")
    return parts[0].removesuffix(".py")


def read(path: Path) -> list[tuple[list[str], int]]:
    """The stacks (root first) and their sample counts."""
    stacks = []
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line:
            continue
        frames, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        stacks.append(([f for f in frames.split(";") if f], int(count)))
    return stacks


def summarise(stacks: list[tuple[list[str], int]]) -> tuple[int, Counter[str], Counter[str], Counter[str]]:
    """Total samples; self counts by function; cumulative counts by function; self counts by package."""
    total = 0
    own: Counter[str] = Counter()
    cumulative: Counter[str] = Counter()
    packages: Counter[str] = Counter()
    for frames, count in stacks:
        total += count
        if not frames:
            continue
        leaf = frames[-1]
        own[frame_name(leaf)] += count
        packages[package(leaf)] += count
        for name in {frame_name(f) for f in frames}:
            cumulative[name] += count
    return total, own, cumulative, packages


# Where a request's CPU goes, exclusively: each sample goes to the first component one of whose frames it holds
# (checked in this order); what none claims is the HTTP server, the middleware and the event loop.
COMPONENTS: list[tuple[str, tuple[str, ...]]] = [
    ("quota counter (core/ratelimit: enforce, the counter statement)", ("enforce (app/core/ratelimit.py)", "hit (")),
    ("the caller (auth/dependencies.get_caller: token, grants statement)", ("get_caller (app/auth/dependencies.py)",)),
    (
        "endpoint: running its statements",
        (
            "execute (sqlalchemy/ext/asyncio/session.py)",
            "scalar (sqlalchemy/ext/asyncio/session.py)",
            "fetch_rows (app/core/driver.py)",
        ),
    ),
    ("endpoint: the rest (building statements, reading rows, JSON)", ("run_endpoint_function (fastapi/routing.py)",)),
    (
        "the session: open, commit, close (core/db.get_session)",
        (
            "get_session (app/core/db.py)",
            "close (sqlalchemy/ext/asyncio/session.py)",
            "commit (sqlalchemy/ext/asyncio/session.py)",
        ),
    ),
    ("routing (fastapi/routing._match)", ("_match (fastapi/routing.py)",)),
    ("other dependencies and parameters (fastapi solve_dependencies)", ("solve_dependencies (fastapi/",)),
]


def components(stacks: list[tuple[list[str], int]]) -> tuple[int, Counter[str]]:
    """Total samples and each component's samples (see COMPONENTS)."""
    total, shares = 0, Counter[str]()
    for frames, count in stacks:
        total += count
        names = [frame_name(f) for f in frames]
        for label, patterns in COMPONENTS:
            if any(name.startswith(patterns) for name in names):
                shares[label] += count
                break
        else:
            shares["HTTP server, middleware, event loop, the rest"] += count
    return total, shares


def table(title: str, counts: Counter[str], total: int, top: int, skip_above: float = 101.0) -> str:
    """A Markdown table of the `top` largest shares (rows above `skip_above` % left out: the event loop)."""
    lines = [f"| {title} | % of samples |", "|---|---|"]
    shown = 0
    for name, count in counts.most_common():
        share = 100.0 * count / total if total else 0.0
        if share > skip_above:
            continue
        lines.append(f"| `{name}` | {share:.1f} |")
        shown += 1
        if shown >= top:
            break
    return "\n".join(lines)


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("profile", type=Path)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument(
        "--skip-above", type=float, default=97.0, help="leave out cumulative rows above this share (loop frames)"
    )
    args = parser.parse_args()
    stacks = read(args.profile)
    total, own, cumulative, packages = summarise(stacks)
    print(f"{args.profile.name}: {total} samples\n")
    print(table("self (function, file)", own, total, args.top))
    print()
    print(table("cumulative (function, file)", cumulative, total, args.top, args.skip_above))
    print()
    print(table("self by package", packages, total, args.top))
    print()
    print(table("component (exclusive)", components(stacks)[1], total, len(COMPONENTS) + 1))


if __name__ == "__main__":
    main()
