"""Chunks of a batch on threads: numpy releases the GIL in its loops, so the chunks of
a large batch (profiles are independent) run side by side on the machine's cores. Each
chunk computes exactly what it would in turn, so the numbers are the same."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Threads for a batch's chunks; 1 runs them in turn.
WORKERS = min(4, os.cpu_count() or 1)


def parallel_map(work: Callable[[T], R], items: Iterable[T]) -> list[R]:
    """``[work(x) for x in items]``, on up to WORKERS threads when there is more than
    one item. Items that write into shared arrays must write disjoint parts."""
    todo = list(items)
    if WORKERS <= 1 or len(todo) <= 1:
        return [work(x) for x in todo]
    with ThreadPoolExecutor(min(WORKERS, len(todo))) as pool:
        return list(pool.map(work, todo))  # in order; re-raises a chunk's exception
