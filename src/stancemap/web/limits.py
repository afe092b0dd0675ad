"""Request limits for the analyse endpoints: a token bucket per client and a bounded body reader."""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncIterator

__all__ = ["RateLimiter", "read_limited", "BodyTooLarge"]


class BodyTooLarge(Exception):
    """The request body is over the configured limit."""


class RateLimiter:
    """At most ``burst`` requests at once per client, refilled at ``per_minute`` a minute.

    ``check(key)`` returns 0 when the request may go on, else the seconds to wait.
    """

    def __init__(self, per_minute: float = 10.0, burst: int = 5, *, max_clients: int = 10_000) -> None:
        if per_minute <= 0 or burst < 1:
            raise ValueError("rate limit needs per_minute > 0 and burst >= 1")
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self.max_clients = max_clients
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def check(self, key: str, *, now: float | None = None) -> float:
        t = time.monotonic() if now is None else now
        with self._lock:
            tokens, last = self._buckets.get(key, (self.burst, t))
            tokens = min(self.burst, tokens + (t - last) * self.rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, t)
                wait = 0.0
            else:
                self._buckets[key] = (tokens, t)
                wait = (1.0 - tokens) / self.rate
            if len(self._buckets) > self.max_clients:  # forget the longest idle clients
                for k, _ in sorted(self._buckets.items(), key=lambda kv: kv[1][1])[: self.max_clients // 10]:
                    self._buckets.pop(k, None)
            return wait


async def read_limited(chunks: AsyncIterator[bytes], limit: int) -> bytes:
    """The body from a chunk stream; BodyTooLarge as soon as it passes ``limit`` bytes."""
    buf = bytearray()
    async for chunk in chunks:
        buf.extend(chunk)
        if len(buf) > limit:
            raise BodyTooLarge(f"request body over {limit} bytes")
    return bytes(buf)
