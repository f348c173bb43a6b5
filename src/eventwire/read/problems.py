"""Problems with input items: a coded message (``errors.Warnings``) naming the file and line."""

from __future__ import annotations

import re
from typing import Any

from ..errors import Warnings
from .article import Problem

__all__ = ["problem"]

_PREFIX = re.compile(r"^\[\w+\]\s*")


def problem(path: str, line: int | None, code: str, **values: Any) -> Problem:
    """A Problem with the message of ``Warnings.<code>`` (its ``[code]`` prefix dropped: Problem prints it)."""
    template: str = getattr(Warnings, code)
    return Problem(path=path, line=line, message=_PREFIX.sub("", template.format(**values)), code=code)
