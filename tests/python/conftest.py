"""Shared fixtures for the Python tests: how to run the `parallax` CLI built by xtask."""
import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture
def parallax():
    """Run the CLI with the given arguments; return its CompletedProcess (text, checked)."""
    binary = os.environ.get("PARALLAX_BIN", str(ROOT / "target" / "debug" / "parallax"))

    def run(*args, stdin=None, check=True):
        return subprocess.run(
            [binary, *map(str, args)], input=stdin, capture_output=True, text=True, check=check
        )

    return run
