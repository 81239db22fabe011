"""Steps for the Ray tests: crashes at one document, once (a sentinel file remembers it)."""
from __future__ import annotations

import os
import signal
from pathlib import Path

from tamis.document import Document
from tamis.steps import Step


class KillWorkerOnce(Step):
    """SIGKILLs its own (Ray worker) process at one document, once: a worker lost mid-task."""

    name = "kill_worker_once"

    def __init__(self, doc_id: str = "", sentinel: str = "") -> None:
        self.doc_id = doc_id
        self.sentinel = sentinel

    def process(self, doc: Document) -> Document:
        if doc.id == self.doc_id and not Path(self.sentinel).exists():
            Path(self.sentinel).write_text(str(os.getpid()))
            os.kill(os.getpid(), signal.SIGKILL)
        return doc


class KillDriverOnce(Step):
    """SIGKILLs the driver (its pid read from `pid_file`), then itself, at one document, once: the driver
    lost mid-run."""

    name = "kill_driver_once"

    def __init__(self, doc_id: str = "", pid_file: str = "", sentinel: str = "") -> None:
        self.doc_id = doc_id
        self.pid_file = pid_file
        self.sentinel = sentinel

    def process(self, doc: Document) -> Document:
        if doc.id == self.doc_id and not Path(self.sentinel).exists():
            Path(self.sentinel).write_text("killed")
            os.kill(int(Path(self.pid_file).read_text()), signal.SIGKILL)
            # and this task dies with it, so it cannot finish and mark itself done after the driver died
            os.kill(os.getpid(), signal.SIGKILL)
        return doc


class NodeLog(Step):
    """Touches `dir/<ray node id>` for every document it sees: which nodes did the work."""

    name = "node_log"

    def __init__(self, dir: str = "") -> None:
        self.dir = dir

    def process(self, doc: Document) -> Document:
        import ray

        Path(self.dir, ray.get_runtime_context().get_node_id()).touch()
        return doc
