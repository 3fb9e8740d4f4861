"""The eval runner's deterministic scoring in one worker process, off the event loop.

Why: the runner's wall time is bound by CPU that holds the GIL, and on the speed
benchmark about half of the event loop's CPU per case is the deterministic tone and
accuracy checks (`assertions.run_assertions`). Those checks read only the case's
`ScoringContext` and the assertion specs, so a second interpreter (its own GIL, the
other core) can run them while the loop sends requests, awaits and writes results. The
graded (LLM judge) assertions stay on the loop; `EvalRunner` merges both in the specs'
order.

How:
- One process, started as ``python -m socialreply.evaluation.score_worker`` (fork and
  exec: the runner's process has onnxruntime and executor threads, which a bare "fork"
  would copy in a broken state; multiprocessing's "spawn" would also re-run the caller's
  main script, which a script calling `evaluate` without a ``__main__`` guard does not
  survive), talking over one socket pair that the event loop watches with
  ``add_reader``: no extra threads in the runner.
- It never stalls a run: a case goes to the worker only after it has answered a warm-up
  call (the first case scored, scored in the runner too), so its start (imports, the
  phrase tables, lingua and heads as the cases need them) overlaps in-process scoring.
- A case the worker cannot take (not ready, too much already sent, worker gone) or that
  fails there is scored in-process: the checks are deterministic, so the results are the
  same either way (`tests/evaluation/test_score_worker.py` checks a whole suite both ways);
  a worker that dies mid-run sends its pending cases back to in-process scoring.
- The worker is process-wide: started by the first run that wants it and reused by later
  runs in the same process (the benchmark's warm-up run starts it). A cold CLI run pays
  its start on the other core (about 1-2 s of CPU: spawning Python, importing the
  scorers, loading lingua and heads), during which its cases are scored in-process. It is
  stopped when the runner's process exits (``atexit``), killed when a run is cancelled
  or fails (Ctrl-C), and it exits by itself when its socket closes (the runner's
  process killed); it ignores SIGINT, which the terminal sends to both.

Used only when asked (`RunOptions.score_workers` = 1, `eval run --score-workers 1`); the
default (0) scores in the runner's process. Measured in session 21 on the 2-core machine
(benchmarks/README.md, "Evaluation runner"): with the default triage heads the speed
benchmark read 1.49x in-process against 1.29x with the worker (medians of four
alternating invocations, quiet machine), rules only 1.17x against 1.16x; the event loop
saves ~1 ms of CPU a case, but the work costs ~0.9 ms more in all, and the worker adds
about 94 MB (the 5,000-case run: 453 MB runner + 94 MB worker, over the 500 MB the
issue allows a run). Neither meets the 1.15x target, so the default keeps the memory
target and the worker is there for runs where time matters more than memory.
"""

from __future__ import annotations

import asyncio
import atexit
import itertools
import os
import pickle
import signal
import socket
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import fields
from multiprocessing.connection import Connection

from .context import AssertionResult, ScoringContext
from .suites import AssertionSpec

# Requests sent and not yet answered, at most (then the loop scores the case itself): keeps
# the bytes in the socket well under its send buffer, so a send never blocks the loop. A
# run also caps it at its concurrency (`attach`): the runner has 2 x concurrency cases
# under way, and cases waiting on the worker must leave enough to keep every model slot
# busy. 20 covers a burst of drafts answered together at concurrency 20 (16 left 1 case
# in 9 to the loop on the speed benchmark).
MAX_IN_FLIGHT = 32
MAX_REQUEST_BYTES = 128 * 1024
_SOCKET_BUFFER = 512 * 1024  # asked for; the kernel may cap it (net.core.wmem_max)
_WARM_UP = -1
_CONTEXT_FIELDS = tuple(f.name for f in fields(ScoringContext))
# Not ``-m`` this module: the package's __init__ imports it first, and runpy warns.
_ENTRY = "from socialreply.evaluation.score_worker import main; main()"


def is_deterministic(spec: AssertionSpec) -> bool:
    from .assertions import ASSERTION_TYPES

    return not ASSERTION_TYPES[spec.base_type].graded


def deterministic(specs: Sequence[AssertionSpec]) -> list[AssertionSpec]:
    return [s for s in specs if is_deterministic(s)]


def score_here(specs: Sequence[AssertionSpec], ctx: ScoringContext) -> list[AssertionResult]:
    """The deterministic specs' results, as `run_assertions` gives them (what the worker
    runs; the runner's in-process path calls `run_assertions` itself)."""
    from .assertions import run_deterministic

    return [run_deterministic(spec, ctx) for spec in specs]


def _request(ident: int, specs: Sequence[AssertionSpec], ctx: ScoringContext) -> bytes:
    values = tuple(getattr(ctx, name) for name in _CONTEXT_FIELDS)
    return pickle.dumps((ident, list(specs), values), protocol=pickle.HIGHEST_PROTOCOL)


def main() -> None:
    """The worker process (`_ENTRY`; its argument is the socket's file descriptor)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the runner decides when this stops
    _serve(Connection(int(sys.argv[1])))


def _serve(conn: Connection) -> None:
    """The worker's loop: one request, one answer (the results, or None when scoring
    raised: the runner then scores that case itself and reports what it raises)."""
    while True:
        try:
            data = conn.recv_bytes()
        except (EOFError, OSError):  # the runner's end closed: exit
            return
        ident, specs, values = pickle.loads(data)
        answer: list[AssertionResult] | None
        try:
            answer = score_here(specs, ScoringContext(*values))
        except Exception:
            answer = None
        try:
            conn.send_bytes(pickle.dumps((ident, answer), protocol=pickle.HIGHEST_PROTOCOL))
        except (BrokenPipeError, OSError):
            return


class ScoreWorker:
    """The loop's side of the worker process (see the module docstring)."""

    def __init__(self) -> None:
        mine, theirs = socket.socketpair()
        for end in (mine, theirs):
            end.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, _SOCKET_BUFFER)
        # The package the runner imported, whatever sys.path the caller built.
        root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        with theirs:
            self.process = subprocess.Popen(
                [sys.executable, "-c", _ENTRY, str(theirs.fileno())],
                pass_fds=(theirs.fileno(),),
                stdin=subprocess.DEVNULL,
                env=env,
            )
        self._conn: Connection | None = Connection(mine.detach())
        self._ids = itertools.count()
        self._pending: dict[int, tuple[asyncio.Future[list[AssertionResult] | None], int]] = {}
        self._bytes = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._limit = MAX_IN_FLIGHT
        self.ready = False
        self._warming = False
        self.scored = 0  # cases the worker scored (for tests and the profile)

    @property
    def alive(self) -> bool:
        return self._conn is not None

    def attach(self, loop: asyncio.AbstractEventLoop, in_flight: int = MAX_IN_FLIGHT) -> None:
        """Read the worker's answers on `loop` (each run has its own loop), with at most
        `in_flight` cases sent and unanswered."""
        if self._conn is None:
            return
        self.detach()
        self._loop = loop
        self._limit = max(1, min(in_flight, MAX_IN_FLIGHT))
        loop.add_reader(self._conn.fileno(), self._on_readable)
        self._on_readable()  # a warm-up answered between two runs

    def wait_ready(self, timeout: float) -> bool:
        """Block until the warm-up call is answered (between runs: tests, benchmarks)."""
        conn = self._conn
        if not self.ready and self._warming and conn is not None and conn.poll(timeout):
            self._on_readable()
        return self.ready

    def detach(self) -> None:
        if self._loop is not None and self._conn is not None and not self._loop.is_closed():
            self._loop.remove_reader(self._conn.fileno())
        self._loop = None
        self._give_back()

    async def score(
        self, specs: Sequence[AssertionSpec], ctx: ScoringContext
    ) -> list[AssertionResult] | None:
        """The results of the deterministic `specs`, scored in the worker; None when the
        caller must score them itself (worker not ready, busy, gone, or scoring raised)."""
        if self._conn is None or self._loop is None:
            return None
        if not self.ready:
            if not self._warming:
                self._warming = self._send(_WARM_UP, specs, ctx) is not None
            return None  # the warm-up case is scored here too
        if len(self._pending) >= self._limit:
            return None
        ident = next(self._ids)
        future = self._send(ident, specs, ctx)
        if future is None:
            return None
        return await future

    def _send(
        self, ident: int, specs: Sequence[AssertionSpec], ctx: ScoringContext
    ) -> asyncio.Future[list[AssertionResult] | None] | None:
        assert self._conn is not None and self._loop is not None
        try:
            data = _request(ident, specs, ctx)
        except Exception:  # something in the case that does not pickle: score it here
            return None
        if self._bytes + len(data) > MAX_REQUEST_BYTES:
            return None
        future: asyncio.Future[list[AssertionResult] | None] = self._loop.create_future()
        try:
            self._conn.send_bytes(data)
        except OSError:
            self._die()
            return None
        if ident != _WARM_UP:  # nobody waits for the warm-up's answer
            self._pending[ident] = (future, len(data))
            self._bytes += len(data)
        return future

    def _on_readable(self) -> None:
        conn = self._conn
        try:
            while conn is not None and conn.poll():
                ident, answer = pickle.loads(conn.recv_bytes())
                if ident == _WARM_UP:
                    self.ready, self._warming = True, False
                    continue
                entry = self._pending.pop(ident, None)
                if entry is None:  # given back to in-process scoring when a run ended
                    continue
                future, size = entry
                self._bytes -= size
                self.scored += answer is not None
                if not future.done():
                    future.set_result(answer)
        except (EOFError, OSError):
            self._die()

    def _give_back(self) -> None:
        """Unanswered cases go back to in-process scoring (None)."""
        pending, self._pending = self._pending, {}
        self._bytes = 0
        for future, _ in pending.values():
            if not future.done():
                future.set_result(None)

    def _die(self) -> None:
        if self._loop is not None and self._conn is not None and not self._loop.is_closed():
            self._loop.remove_reader(self._conn.fileno())
        self.shutdown()

    def shutdown(self) -> None:
        """Stop the process now (a cancelled run, the runner's process exiting)."""
        conn, self._conn = self._conn, None
        self.ready = self._warming = False
        self._give_back()
        if conn is not None:
            conn.close()
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:  # unkillable for now: the OS reaps it later
            pass


_shared: ScoreWorker | None = None
_exit_hook: list[bool] = []


def shared_worker() -> ScoreWorker:
    """The process-wide worker, started on first use (again after one died)."""
    global _shared
    if _shared is None or not _shared.alive:
        if not _exit_hook:
            atexit.register(shutdown_shared)
            _exit_hook.append(True)
        _shared = ScoreWorker()
    return _shared


def running_worker() -> ScoreWorker | None:
    return _shared if _shared is not None and _shared.alive else None


def shutdown_shared() -> None:
    global _shared
    if _shared is not None:
        _shared.shutdown()
        _shared = None
