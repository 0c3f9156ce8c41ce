"""Progress of a long job on stderr: a live bar with rate and ETA on a terminal, plain periodic
lines otherwise (logs, CI)."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    def __init__(self, total: int | None, stream: TextIO = sys.stderr, enabled: bool = True) -> None:
        self.total = total
        self.stream = stream
        self.enabled = enabled
        self.live = enabled and stream.isatty()
        self.every = 0.2 if self.live else 10.0
        self.started = self.last = time.monotonic()
        self.shown = False

    def update(self, done: int, stored: int, failed: int, force: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or (not force and now - self.last < self.every):
            return
        self.last = now
        elapsed = max(now - self.started, 1e-9)
        rate = done / elapsed
        parts = [f"{done}" + (f"/{self.total}" if self.total else "") + " articles", f"{stored} new"]
        if failed:
            parts.append(f"{failed} failed")
        parts.append(f"{rate:.1f}/s")
        if self.total and rate > 0 and done <= self.total:
            parts.append(f"ETA {_clock((self.total - done) / rate)}")
        line = " · ".join(parts)
        if self.live:
            bar = _bar(done / self.total) if self.total else ""
            self.stream.write(f"\r\x1b[2K{bar}{line}")
        else:
            self.stream.write(f"ghatna: {line}\n")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.live and self.shown:
            self.stream.write("\n")
            self.stream.flush()


def _bar(fraction: float, width: int = 24) -> str:
    filled = int(min(max(fraction, 0.0), 1.0) * width)
    return f"[{'#' * filled}{'.' * (width - filled)}] {fraction:4.0%} "


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
