"""Many files read at once, one reading process per core, in the order given (`vanban extract DIR`, `vanban ingest`).

Each file is read whole in one process; the answers come back in the files' order, at most two per process ahead
of the caller, so that memory stays bounded however many files a folder holds. A file the reader cannot read is
answered with its `LoadError`; a reading process that dies (a crash in a native library, the OOM killer) costs its
file, reported as such, and a fresh pool reads on.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from loaders.errors import LoadError
from loaders.records import FileRecord


def files_under(paths: list[str]) -> list[Path]:
    """The files named, and every file under each folder named, in order."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            # every file is tried: one of a type we cannot read is reported, not silently passed over
            out.extend(sorted(f for f in p.rglob("*") if f.is_file()))
        else:
            out.append(p)
    return out


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _die_with(parent: int) -> None:
    """In a reading process: end when the process that started it ends, even by kill -9 (Linux), so that a killed
    `vanban ingest` leaves no reader behind holding a file and its memory."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the pool's own shutdown is what ends it
        return
    if os.getppid() != parent:  # the parent died before this process could ask
        os._exit(1)


def _read(path: str, learned: str | None) -> FileRecord:
    from loaders import extract_file

    return extract_file(path, Path(learned) if learned else None)


def read_files(paths: Iterable[str | Path], jobs: int | None = None,
               learned: Path | None = None) -> Iterator[tuple[str, FileRecord | LoadError | Exception]]:
    """(path, record or the error that stopped it) for each file, in order; `jobs` processes (default: every core;
    1 reads in this process)."""
    jobs = jobs or default_jobs()
    if jobs <= 1:
        for path in paths:
            try:
                yield str(path), _read(str(path), str(learned) if learned else None)
            except Exception as e:  # noqa: BLE001 - the caller reports each file's failure and goes on
                yield str(path), e
        return
    # spawned, not from a fork server: each reader is this process's own child, and ends with it (_die_with)
    context = multiprocessing.get_context("spawn")
    pool = _pool(jobs, context)
    ahead: deque[tuple[str, Future]] = deque()
    todo = iter(paths)
    try:
        while True:
            while len(ahead) < 2 * jobs:
                path = next(todo, None)
                if path is None:
                    break
                ahead.append((str(path), pool.submit(_read, str(path), str(learned) if learned else None)))
            if not ahead:
                return
            path, future = ahead.popleft()
            try:
                yield path, future.result()
                continue
            except BrokenProcessPool:
                pass
            except Exception as e:  # noqa: BLE001 - LoadError, or a bug: reported for this file, the others go on
                yield path, e
                continue
            # a reading process died, this file's or one beside it: the files the broken pool held are read again,
            # each alone, so that the one that kills its reader is the one reported
            held = [path] + [p for p, _ in ahead]
            ahead.clear()
            pool.shutdown(wait=False, cancel_futures=True)
            for one in held:
                yield one, _alone(one, learned, context)
            pool = _pool(jobs, context)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _alone(path: str, learned: Path | None, context) -> FileRecord | Exception:  # noqa: ANN001
    """One file read in a process of its own: its record, or why it could not be read."""
    single = _pool(1, context)
    try:
        return single.submit(_read, path, str(learned) if learned else None).result()
    except BrokenProcessPool:
        return LoadError(path, "bộ đọc dừng đột ngột khi đọc tệp này (hết bộ nhớ hoặc lỗi thư viện)")
    except Exception as e:  # noqa: BLE001
        return e
    finally:
        single.shutdown(wait=True)


def _pool(jobs: int, context) -> ProcessPoolExecutor:  # noqa: ANN001
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_die_with, initargs=(os.getpid(),))
