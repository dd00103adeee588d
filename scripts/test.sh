#!/usr/bin/env bash
# Set up everything the test suite needs on a fresh machine, then run all of it:
# a new virtual environment with the package and its test extras, Chromium for the browser tests, ruff, mypy
# (strict on the core; settings in pyproject.toml), pytest.
# Usage: ./scripts/test.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

venv="${OSALLISUUS_TEST_VENV:-.venv}"
python="${PYTHON:-python3}"

"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e ".[test]"

if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Chromium for the browser tests (apt-get)…" >&2
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  # Another apt-get (an update running in the background, another install) holds the package lock for a while:
  # wait for it, up to ten minutes, instead of stopping with "Could not get lock".
  wait_for_lock=(-o DPkg::Lock::Timeout=600)
  $sudo_cmd apt-get "${wait_for_lock[@]}" update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get "${wait_for_lock[@]}" install -y -qq chromium >/dev/null
fi

"$venv/bin/ruff" check .
"$venv/bin/ruff" format --check --quiet .
"$venv/bin/mypy"
"$venv/bin/python" -m pytest -n auto "$@"
