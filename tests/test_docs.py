"""Everything a user can type is documented in the README (after datasette's documented-everything test)."""

from __future__ import annotations

import argparse
from pathlib import Path

from eventwire.cli import build_parser

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


def _subparsers() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("no subcommands")


def test_every_command_is_documented() -> None:
    for name in _subparsers():
        assert f"eventwire {name}" in README, name


def test_every_option_is_documented() -> None:
    missing = []
    for name, sub in _subparsers().items():
        for action in sub._actions:
            for opt in action.option_strings:
                if opt.startswith("--") and opt != "--help" and opt not in README:
                    missing.append(f"{name} {opt}")
    assert not missing, missing


def test_readme_starts_with_the_two_commands() -> None:
    head = README[:1500]
    assert "make demo" in head and "make test" in head
