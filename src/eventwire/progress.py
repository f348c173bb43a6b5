"""Progress of long runs on a terminal (articles done, rate, time left); silent when output is piped."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    def __init__(self, total: int | None = None, stream: TextIO | None = None, enabled: bool | None = None,
                 every: float = 0.5) -> None:  # fmt: skip
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total = total
        self.done = 0
        self.skipped = 0
        self.started = time.monotonic()
        self._last = 0.0
        self.every = every

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.done / elapsed
        parts = [f"{self.done}" + (f"/{self.total}" if self.total else "") + " articles", f"{rate:.1f}/s"]
        if self.total and rate > 0:
            left = max(self.total - self.done, 0) / rate
            parts.append(f"{int(left // 60)}m{int(left % 60):02d}s left")
        if self.skipped:
            parts.append(f"{self.skipped} skipped")
        return ", ".join(parts)

    def update(self, done: int = 1, skipped: int = 0) -> None:
        self.done += done
        self.skipped += skipped
        now = time.monotonic()
        if self.enabled and now - self._last >= self.every:
            self._last = now
            self.stream.write("\r" + self.line() + "\033[K")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r" + self.line() + "\033[K\n")
            self.stream.flush()
