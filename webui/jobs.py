"""Uploads are read off the request threads, by a small pool of workers.

A request only saves the file under `uploads/.queue/` and answers at once (202, with a status URL). A worker
copies it to its place under `uploads/`, has it read in a separate process (decoding, OCR and extraction are
Python work: in a thread they would hold the interpreter's lock and slow every page), writes the records, and
only then removes it from the queue: a file is the stored upload once its ingest has committed, and a file
still queued when the server stops (even by `kill -9`) is read again when it starts. The pool is bounded, so
eight slow scans cannot hold every request thread; the same bytes sent again while queued, or after they
failed, get that job's answer instead of a second reading.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import secrets
import threading
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from graph.ingest import load_records
from graph.pages import document_url
from graph.store import GraphStore
from loaders import LoadError, extract_file

SOURCES_OF = "UNWIND $sources AS s MATCH (d:Document {source: s}) RETURN d.key AS key ORDER BY key"
_SEP = "--"  # between a job's id and the file's safe name, in the queue folder


@dataclass
class Job:
    id: str
    file: str  # the name as uploaded
    name: str  # the safe name it is stored under
    state: str = "queued"  # queued, reading, done, failed
    documents: list[str] = field(default_factory=list)
    error: str | None = None
    already_in_graph: bool = False
    replaced_earlier_version: bool = False

    def to_dict(self) -> dict:
        return {"id": self.id, "file": self.file, "saved_as": self.name, "state": self.state,
                "documents": self.documents, "urls": [document_url(k) for k in self.documents],
                "error": self.error, "already_in_graph": self.already_in_graph,
                "replaced_earlier_version": self.replaced_earlier_version}


READER_NICENESS = 10  # a reading (OCR of a long scan) yields the processor to the pages people are waiting for


def _in_background() -> None:
    """A reader process runs at a lower priority, and so do the OCR processes it starts."""
    os.nice(READER_NICENESS)


class UploadQueue:
    def __init__(self, folder: Path, store: GraphStore, workers: int = 2) -> None:
        self.folder = folder
        self.queue = folder / ".queue"
        self.queue.mkdir(parents=True, exist_ok=True)
        self.store = store
        self.jobs: dict[str, Job] = {}
        self._lock = threading.Lock()  # one file placed and ingested at a time: versions replace in order
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="vanban-upload")
        # started fresh (forkserver), not forked from a server whose other threads may hold locks at that moment
        self._readers = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("forkserver"),
                                            initializer=_in_background)
        self._by_content: dict[bytes, str] = {}  # a queued or failed job's bytes -> its id
        self._stored: dict[Path, tuple[tuple[int, int], bytes]] = {}  # a stored upload -> (size, mtime), hash
        for queued in sorted(self.queue.iterdir()):  # what a stopped server had not finished
            if queued.is_file() and _SEP in queued.name:
                job_id, name = queued.name.split(_SEP, 1)
                self._submit(Job(job_id, name, name))

    def already_in_graph(self, data: bytes, digest: bytes) -> tuple[Path, list[str]] | None:
        """An upload already stored, and in the graph, with exactly these bytes (`digest`: their sha256)."""
        for p in self.folder.iterdir():
            if p.is_file() and p.stat().st_size == len(data) and self._digest_of(p) == digest:
                keys = [r["key"] for r in self.store.read(SOURCES_OF, {"sources": [str(p.resolve())]})]
                if keys:
                    return p, keys
        return None

    def _digest_of(self, path: Path) -> bytes:
        """A stored upload's content hash, read once per version of the file (not at every upload of its size)."""
        st = path.stat()
        seen = self._stored.get(path)
        if seen is None or seen[0] != (st.st_size, st.st_mtime_ns):
            seen = self._stored[path] = ((st.st_size, st.st_mtime_ns), hashlib.sha256(path.read_bytes()).digest())
        return seen[1]

    def submit(self, file: str, name: str, data: bytes, digest: bytes) -> Job:
        earlier = self.jobs.get(self._by_content.get(digest, ""))
        if earlier is not None and earlier.state != "done":
            return earlier  # queued, being read, or failed: the same bytes get the same answer
        job = Job(secrets.token_hex(8), file, name)
        self._by_content[digest] = job.id
        tmp = self.queue / f".{job.id}.part"
        tmp.write_bytes(data)
        tmp.replace(self.queue / f"{job.id}{_SEP}{name}")  # whole in the queue, or not there
        return self._submit(job)

    def _submit(self, job: Job) -> Job:
        self.jobs[job.id] = job
        self._pool.submit(self._run, job)
        return job

    def _run(self, job: Job) -> None:
        queued = self.queue / f"{job.id}{_SEP}{job.name}"
        path = (self.folder / job.name).resolve()
        try:
            with self._lock:
                job.state = "reading"
                data = queued.read_bytes()
                old = None
                if path.exists() and path.read_bytes() != data:  # a new version: the old one kept, then replaced
                    history = self.folder / "history"
                    history.mkdir(exist_ok=True)
                    old = history / f"{hashlib.sha256(path.read_bytes()).hexdigest()[:12]}-{job.name}"
                    path.replace(old)
                path.write_bytes(data)
                try:
                    record = self._readers.submit(extract_file, str(path), self.store.learned_path()).result()
                except LoadError as e:
                    path.unlink(missing_ok=True)
                    if old is not None:
                        old.replace(path)  # the version the graph still holds
                    job.state, job.error = "failed", e.problem
                else:
                    job.documents = load_records(self.store, [record]).keys
                    job.state, job.replaced_earlier_version = "done", old is not None
        except Exception as e:  # noqa: BLE001 - said on the job's page; the queued file stays for a retry
            job.state, job.error = "failed", f"{type(e).__name__}: {e}"
            return
        queued.unlink(missing_ok=True)

    def close(self, wait: bool = True) -> None:
        """Stop the workers. Without waiting, what is queued stays in `.queue/` and is read at the next start."""
        self._pool.shutdown(wait=wait, cancel_futures=not wait)
        self._readers.shutdown(wait=wait, cancel_futures=not wait)
