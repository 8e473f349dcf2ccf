# Shared by scripts/serve and scripts/test: create .venv and install the project (idempotent).
# Usage: INSTALL_EXTRA=dev source scripts/_env.sh   (INSTALL_EXTRA empty: runtime only)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-}"
if [ -z "$PYTHON" ]; then
  for candidate in python3.11 python3.12 python3.13 python3; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
      PYTHON="$candidate"; break
    fi
  done
fi
[ -n "$PYTHON" ] || { echo "Python 3.11+ is required" >&2; exit 1; }
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
extra="${INSTALL_EXTRA:-}"
stamp=".venv/.installed${extra:+-$extra}"
# Reinstall only when pyproject.toml or the lock changed since the last install. Every version comes from
# requirements.lock (constraints: the runtime-only install takes its subset); ./scripts/lock re-pins.
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ requirements.lock -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip >/dev/null
  if [ -n "$extra" ]; then
    .venv/bin/python -m pip install --quiet -c requirements.lock -e ".[$extra]"
  else
    .venv/bin/python -m pip install --quiet -c requirements.lock -e .
  fi
  touch "$stamp"
fi
export PATH="$ROOT/.venv/bin:$PATH"
