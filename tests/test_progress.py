"""The progress line: shown on a terminal, never in a pipe or with --quiet."""
from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def build_in_terminal(content: Path, output: Path, *extra: str) -> tuple[str, str]:
    """Run a build whose stderr is a terminal (a pseudo-terminal); return (stdout, what the terminal showed)."""
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "generator", "build", "--content", str(content),
                                "--output", str(output), *extra], cwd=ROOT, stdout=subprocess.PIPE, stderr=follower)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the build is over
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    out = process.stdout.read().decode()
    assert process.wait() == 0, shown
    return out, shown.decode()


def test_a_terminal_sees_each_step_with_counts_and_time(make_content, tmp_path):
    out, shown = build_in_terminal(make_content(), tmp_path / "out")
    assert "\r" in shown
    for step in ("reading the content folder", "checking and linking", "planning pages", "rendering pages"):
        assert step in shown, shown
    assert " s" in shown and "/" in shown  # "rendering … 12/12 · 0.3 s"
    assert shown.endswith("\r")  # the line is cleared before the summary
    assert out.startswith("built ")


def test_quiet_and_pipes_get_no_progress_line(make_content, tmp_path):
    out, shown = build_in_terminal(make_content(), tmp_path / "out", "--quiet")
    assert out == "" and shown == ""
    piped = subprocess.run([sys.executable, "-m", "generator", "build", "--content", str(tmp_path / "content"),
                            "--output", str(tmp_path / "piped")], cwd=ROOT, capture_output=True, text=True)
    assert piped.returncode == 0 and piped.stderr == "" and piped.stdout.startswith("built ")
