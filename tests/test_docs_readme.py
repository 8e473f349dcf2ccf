"""Every README example that talks to the server runs as written: the fenced bash blocks that call curl are
run in order, in one bash (a later block may use what an earlier one set, like $TOKEN), against a live
server with the demo data, as `./scripts/serve` leaves it. Only the base URL is changed (README's
http://127.0.0.1:8000 becomes the test server's); each block must exit 0 and print JSON that is not a
problem. Bounded: every curl gives up after 20 s (a .curlrc), every block after 60 s; loopback only."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core.config import DEV_DEMO_PASSWORD
from tests.support.demo_server import demo_server
from tests.support.live_server import PROJECT_ROOT, LiveServer

README = PROJECT_ROOT / "README.md"
HARNESS = PROJECT_ROOT / "tests" / "conftest.py"
README_BASE_URL = "http://127.0.0.1:8000"
FENCE = re.compile(r"^```(?:bash|sh|shell)\n(.*?)^```", re.DOTALL | re.MULTILINE)
URL = re.compile(r"https?://[^\s'\"\\)]+")
# Blocks that start or test the whole project are not examples to run here.
NOT_HERE = ("./scripts/serve", "./scripts/test", ".ci/run")
# Where an example asks for another format or writes to a file, its output is not JSON.
NOT_JSON = re.compile(r"format=(csv|xlsx)|\s(-o|--output|-O|--remote-name)\s")
END = "\x1eEND-OF-BLOCK"


def curl_blocks(text: str) -> list[str]:
    """README's fenced bash blocks that call curl, in order."""
    return [block for block in FENCE.findall(text) if re.search(r"(^|[\s(|$])curl\s", block)]


def _json_values(output: str) -> list[Any]:
    """Every JSON value printed one after another (curl prints no separator); raises when something else is."""
    decoder, values, at = json.JSONDecoder(), [], 0
    while (at := len(output) - len(output[at:].lstrip())) < len(output):
        value, at = decoder.raw_decode(output, at)
        values.append(value)
    return values


def test_readme_has_examples_to_run_and_the_first_one_is_the_search() -> None:
    blocks = curl_blocks(README.read_text(encoding="utf-8"))
    assert blocks, "README has no curl example"
    assert "--data-urlencode 'q=dan van kheo'" in blocks[0]  # a URL with spaces makes curl fail unsent
    for block in blocks:
        assert not any(command in block for command in NOT_HERE), block
        for url in URL.findall(block):
            assert url.startswith(README_BASE_URL + "/"), f"README example leaves the local server: {url}"
        assert DEV_DEMO_PASSWORD in block or "$DVK_DEMO_PASSWORD" in block or "password" not in block


@pytest.fixture(scope="module")
def server(request: pytest.FixtureRequest) -> Iterator[LiveServer]:
    """A live server on its own database of the run's kind, with the demo data and README's password."""
    harness = request.config.pluginmanager.get_plugin(str(HARNESS))
    assert harness is not None, f"{HARNESS} is not loaded"
    with demo_server(harness.create_scratch_database("readme"), DEV_DEMO_PASSWORD) as live:
        yield live


def test_every_readme_example_runs_as_written(server: LiveServer, tmp_path: Path) -> None:
    assert shutil.which("curl"), "curl is needed to run README's examples"
    blocks = curl_blocks(README.read_text(encoding="utf-8"))
    script = "set -eo pipefail\n" + "".join(
        f"{block.replace(README_BASE_URL, server.base_url)}\nprintf '\\n%s %d\\n' '{END}' {i}\n"
        for i, block in enumerate(blocks)
    )
    (tmp_path / ".curlrc").write_text('max-time = 20\nconnect-timeout = 5\nnoproxy = "*"\n')
    env = {key: value for key, value in os.environ.items() if "proxy" not in key.lower()}
    env.update({"CURL_HOME": str(tmp_path), "HOME": str(tmp_path), "DVK_DEMO_PASSWORD": DEV_DEMO_PASSWORD})
    ran = subprocess.run(
        ["bash", "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60 * len(blocks)
    )
    outputs = ran.stdout.split(END)
    done = len(outputs) - 1
    assert ran.returncode == 0, (
        f"README's curl example #{done + 1} exited {ran.returncode}:\n"
        f"{blocks[min(done, len(blocks) - 1)]}\nstderr: {ran.stderr}\nstdout: {ran.stdout}"
    )
    assert done == len(blocks), ran.stdout
    for i, block in enumerate(blocks):
        output = outputs[i].split("\n", 1)[1] if i else outputs[i]  # drop the previous marker's number
        if NOT_JSON.search(block):
            continue
        values = _json_values(output)
        assert values, f"README example #{i + 1} printed nothing:\n{block}"
        for value in values:
            problem = isinstance(value, dict) and {"type", "status", "code"} <= value.keys()
            assert not problem, f"README example #{i + 1} answered a problem: {value}\n{block}"
