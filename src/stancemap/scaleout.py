"""Scale-out: analyse articles in worker processes, on this machine or on a Dask cluster.

The only module of stancemap that imports Dask (``dask.distributed``). One mechanism for both:

- ``workers=N`` starts a ``LocalCluster`` of N worker processes on this machine (one thread
  each); ``workers=1`` analyses in this process, without Dask;
- ``scheduler="tcp://host:8786"`` sends the same job to a running cluster.

Each worker builds the pipeline once (:func:`stancemap.nlp.pipeline.get_pipeline` caches it per
process) and analyses partitions of ``partition_size`` articles (smaller ones at the end, so that
the workers finish together). The client reads the input lazily, keeps at most ``in_flight``
partitions' worth of articles on the cluster (back-pressure: memory stays flat whatever the
input size) and yields the results in input order. Run-unique ids and
``meta.duplicate_id`` / ``meta.duplicate_of`` are assigned by the client in input order, so the
records are the same as a single-process run's. A partition whose worker dies is retried; if it keeps killing workers,
its articles are retried one by one and an article that still kills its worker comes back
skipped with reason ``worker_lost``.

Scripts that use more than one worker must guard their entry point
(``if __name__ == "__main__":``): worker processes are started with ``spawn`` and import the
main module again.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import resource
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from .api import _coerce, _failed, _UniqueIds, analyze_raw
from .errors import ConfigError, SchedulerUnreachable, StancemapError, WorkerLost
from .ingest import RawArticle
from .records import Article
from .settings import Settings

__all__ = [
    "Pool",
    "analyze_stream",
    "analyze_partition",
    "choose_workers",
    "local_cluster",
    "machine_cores",
    "SMALL_INPUT",
]

log = logging.getLogger(__name__)

#: Inputs with fewer articles than this run in this process when the worker count is automatic:
#: starting worker processes (a few seconds each, mostly loading the model) would dominate.
SMALL_INPUT = 64
#: Dask's timers wake every server's event loop many times a second: the loop-health tick every 20 ms,
#: the system monitor (CPU, memory, disk metrics) every 500 ms, the memory monitor every 100 ms.
#: Idle, they cost a local cluster's client (scheduler and nannies) 20-30 ms of CPU a second and
#: each worker 12-15 ms, and in a working worker each wake-up takes the GIL from the thread
#: analysing articles. At 1 s, 5 s and 500 ms they cost 6-7 ms and 2-3 ms a second
#: (``python benchmarks/cpu_split.py --idle 15 [--dask-defaults]``). A blocked loop is still
#: reported after ``distributed.admin.tick.limit``; a worker over its memory limit is still stopped.
QUIET_TIMERS: dict[str, Any] = {
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "500ms",
}
#: Dask settings of the local workers. Dask's statistical profiler samples each worker's stack
#: every 10 ms and keeps one call tree per second for the last 1,000 seconds
#: (``distributed.admin.low-level-log-length``): with spaCy's deep stacks that history grew a
#: worker by over 100 MB in a long run (peak RSS +27 % from 1k to 10k articles), so it is off.
#: The quiet timers too (restarted workers get this config from their nanny).
WORKER_CONFIG: dict[str, Any] = {"distributed.worker.profile.enabled": False, **QUIET_TIMERS}
#: Dask settings of the nannies that start the local workers. Dask starts its workers with
#: ``MALLOC_TRIM_THRESHOLD_=65536``; setting any such threshold turns off glibc's adaptive mmap
#: threshold, so every array over 128 KiB the parser allocates was mapped and unmapped afresh:
#: seven times the page faults of one process and about a quarter more CPU time per article.
#: The workers get glibc's defaults, as one process has (whose memory stays flat).
NANNY_CONFIG: dict[str, Any] = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}
#: Seconds to wait for a scheduler address to answer.
CONNECT_TIMEOUT = 3.0
#: Seconds to wait for a scheduler to have at least one worker.
WORKER_TIMEOUT = 60.0


def machine_cores() -> int:
    """CPU cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def choose_workers(requested: int | None, settings: Settings, *, n_items: int | None = None) -> int:
    """The number of local worker processes: ``requested`` (or ``settings.workers``) when > 0,
    else the machine's cores, or 1 for inputs known to be small (``n_items < SMALL_INPUT``).

    A cross-document actor registry learns from the articles in input order, so it needs one worker.
    """
    n = requested if requested else settings.workers
    if n < 0:
        raise ConfigError(f"workers must be 0 (automatic) or more, not {n}", source="--workers")
    if settings.actor_registry:
        if n > 1:
            raise ConfigError("the actor registry learns from articles in input order and needs one worker "
                              "(use --workers 1 with --registry)", source="--workers")
        return 1
    if n:
        return n
    if n_items is not None and n_items < SMALL_INPUT:
        return 1
    return machine_cores()


# -- worker side ----------------------------------------------------------------------------------

class _Assigned(_UniqueIds):
    """Ids and duplicate meta assigned by the client (the run's order), looked up by the final id."""

    def __init__(self, metas: dict[str, dict[str, Any]]) -> None:
        super().__init__()
        self.metas = metas

    def assign(self, raw: RawArticle) -> dict[str, Any]:
        return dict(self.metas.get(raw.id, {}))


def analyze_partition(raws: list[RawArticle], settings: Settings,
                      metas: dict[str, dict[str, Any]]) -> list[Article]:
    """Analyse one partition (runs on a worker; the pipeline is built once per process)."""
    from .nlp.pipeline import use_numpy_ops

    use_numpy_ops(settings.numpy_ops)  # thinc's current ops are per thread: this task thread takes the same route
    return list(analyze_raw(raws, settings=settings, ids=_Assigned(metas)))


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _worker_version() -> str:
    from . import __version__

    return __version__


def _load_pipeline(settings: Settings) -> list[str]:
    from .nlp.pipeline import get_pipeline

    return list(get_pipeline(settings).pipe_names)


# -- clusters -------------------------------------------------------------------------------------

def _main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _ignore_sigint_on_workers(client: Any) -> None:
    """Workers of a local cluster, restarted ones too, leave Ctrl-C to the client."""
    from distributed import WorkerPlugin

    class IgnoreSigint(WorkerPlugin):
        name = "stancemap-ignore-sigint"

        def setup(self, worker: Any) -> None:
            if _main_thread():
                signal.signal(signal.SIGINT, signal.SIG_IGN)

    client.register_plugin(IgnoreSigint())


def _quiet() -> None:
    """Dask's own log lines (cluster start, connections) only for errors; stancemap logs what matters."""
    import warnings

    logging.getLogger("distributed").setLevel(logging.ERROR)
    # the scheduler's status server takes another port when 8787 is busy (another cluster): not news
    warnings.filterwarnings("ignore", message=r"Port \d+ is already in use", category=UserWarning)


class _TeardownNoise(logging.Filter):
    """In a local worker process: drops what a worker logs about losing the scheduler while it is
    being shut down, and nothing else. A record is dropped only when all of these hold: it is one
    of :data:`TEARDOWN_MESSAGES`, it carries a closed connection (an ``OSError``: Dask's
    ``CommClosedError``, tornado's ``StreamClosedError``), and the worker is closing. Any other
    error, and the same error while the worker runs, still reaches stderr with its traceback."""

    def __init__(self) -> None:
        super().__init__()
        self.worker: Any = None  # the worker of this process (a weak reference), set by dask_setup

    def _closing(self) -> bool:
        w = self.worker() if self.worker is not None else None
        return w is not None and str(getattr(w.status, "name", "")) in _CLOSING

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        teardown = isinstance(exc, OSError) and record.getMessage() in TEARDOWN_MESSAGES
        return not (teardown and self._closing())


#: What a worker logs when the connection of a heartbeat in flight closes: the worker closing its
#: own connections under it while the scheduler is slow to answer (CI after Ctrl-C, under load:
#: ``Worker.close`` stops the heartbeat timer but not a heartbeat already sent), or a scheduler gone.
TEARDOWN_MESSAGES = frozenset({"Failed to communicate with scheduler during heartbeat."})
#: Worker states in which the loss of the scheduler is expected.
_CLOSING = frozenset({"closing", "closing_gracefully", "closed", "failed"})
_TEARDOWN_FILTER = _TeardownNoise()


def dask_setup(worker: Any) -> None:
    """Dask preload hook, run in every local worker process (restarted ones too) as it starts
    (``local_cluster`` passes this module as the workers' preload): installs the teardown filter."""
    import weakref

    _TEARDOWN_FILTER.worker = weakref.ref(worker)
    logger = logging.getLogger("distributed.worker")
    if _TEARDOWN_FILTER not in logger.filters:
        logger.addFilter(_TEARDOWN_FILTER)


def _silence_shutdown() -> None:
    """Once the run is over (finished or interrupted), what Dask's comms, tornado's callbacks and
    asyncio's tasks report while the cluster is torn down (closed streams, cancelled tasks) is no
    news to the user: only critical lines from here on."""
    for name in ("distributed", "tornado", "asyncio"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


@contextlib.contextmanager
def local_cluster(workers: int, *, allowed_failures: int = 1, memory_limit: str | float = "auto") -> Iterator[str]:
    """A ``LocalCluster`` of ``workers`` processes (one thread each) on this machine; yields its address.

    A task whose worker dies is tried again on another one, ``allowed_failures`` times; the
    processes are stopped on exit, also after Ctrl-C.
    """
    import dask
    from distributed import LocalCluster

    _quiet()
    # Ctrl-C in a terminal reaches every process of the foreground group. Workers started while
    # SIGINT is ignored here ignore it too (an ignored signal stays ignored across exec), so only
    # this process sees it and stops them in order; restarted workers ignore it through
    # _ignore_sigint_on_workers. A Ctrl-C during these one or two seconds of start-up is lost.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if _main_thread() else None
    try:
        with dask.config.set({"distributed.scheduler.allowed-failures": allowed_failures,
                              "distributed.worker.daemon": True, **NANNY_CONFIG, **QUIET_TIMERS}):
            # the nannies hand this config (dotted keys: they merge it shallowly) to every worker
            # process they start, restarted ones too
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR,
                                   memory_limit=memory_limit, config=WORKER_CONFIG, preload=[__name__])
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    try:
        yield str(cluster.scheduler_address)
    finally:
        _silence_shutdown()  # workers hit by Ctrl-C too: no tracebacks
        _close_local(cluster)


#: Seconds a local worker is given to stop (it finishes the article in hand) before it is killed.
STOP_TIMEOUT = 5.0


def _close_local(cluster: Any, timeout: float = STOP_TIMEOUT) -> None:
    """Tear a local cluster down workers first: every worker process is stopped (killed when it
    does not stop within ``timeout``) and seen gone before the scheduler closes, so that no worker
    outlives the scheduler (its heartbeats would then fail with a traceback) or this process.
    ``cluster.close`` alone closes the workers first too, but gives up on the whole at its own
    timeout and can then leave worker processes behind. The worker's own teardown race (a heartbeat
    in flight while the worker closes its connections) is :class:`_TeardownNoise`'s. Nothing here
    raises: this runs while an interruption or an error propagates."""
    import asyncio

    nannies = list(getattr(cluster, "workers", {}).values())
    # the worker processes, taken while they run: a psutil.Process remembers its process's start
    # time, so that once the workers are reaped a later process given the same PID is not killed
    procs = _processes(pid for pid in (getattr(n, "pid", None) for n in nannies) if pid)

    async def stop_all() -> None:
        await asyncio.gather(*(n.close(timeout=timeout, reason="stancemap-teardown") for n in nannies),
                             return_exceptions=True)

    with contextlib.suppress(Exception):
        cluster.sync(stop_all, callback_timeout=2 * timeout + 5)
    _kill_left(procs, timeout)
    with contextlib.suppress(Exception):
        cluster.close(timeout=2 * timeout)
    _kill_left(procs, timeout)


def _processes(pids: Iterable[int]) -> list[Any]:
    """psutil handles of the running processes among ``pids`` (those gone already are left out)."""
    import psutil

    procs = []
    for pid in pids:
        with contextlib.suppress(psutil.Error):
            procs.append(psutil.Process(pid))
    return procs


def _kill_left(procs: list[Any], timeout: float) -> None:
    """Kill the processes among ``procs`` (psutil handles taken while they ran) that still run, and
    wait until they are gone (a zombie is gone: it prints nothing). A handle whose PID now belongs
    to another process (its start time differs) is not running for psutil, and is left alone.
    The processes are not reaped here: multiprocessing does."""
    import psutil

    deadline = time.monotonic() + timeout
    killed = []
    for p in procs:
        with contextlib.suppress(psutil.Error):
            if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                log.debug("scaleout: worker process %d still ran at teardown; killed", p.pid)
                p.kill()  # (psutil checks the start time again: a reused PID raises, nothing is sent)
                killed.append(p)
    for p in killed:
        with contextlib.suppress(psutil.Error):
            while p.is_running() and p.status() != psutil.STATUS_ZOMBIE and time.monotonic() < deadline:
                time.sleep(0.02)


def _probe(address: str, timeout: float) -> None:
    """Reach the address (a plain TCP connect, then one Dask handshake), so that a wrong address
    fails fast with one line and leaves no half-built client behind."""
    import asyncio
    import socket

    from distributed.comm import connect, parse_address
    from distributed.comm.addressing import parse_host_port

    async def hello() -> None:
        comm = await connect(address, timeout=timeout)
        await comm.close()

    try:
        scheme, loc = parse_address(address)
        if scheme == "tcp":
            with socket.create_connection(parse_host_port(loc), timeout=timeout):
                pass
        asyncio.run(asyncio.wait_for(hello(), timeout + 1))
    except Exception as exc:  # OSError, TimeoutError, ValueError for a malformed address
        msg = str(exc).split("\n")[0].strip() or type(exc).__name__
        if isinstance(exc, TimeoutError | asyncio.TimeoutError):
            msg = f"no answer within {timeout:g} s"
        elif isinstance(exc, ConnectionRefusedError):
            msg = "connection refused"
        raise SchedulerUnreachable(f"no Dask scheduler there ({msg}); start one with 'dask scheduler' "
                                   "and give its tcp://HOST:PORT", source=address) from None


@contextlib.contextmanager
def _client(address: str, *, timeout: float = CONNECT_TIMEOUT) -> Iterator[Any]:
    from distributed import Client

    _quiet()
    _probe(address, timeout)
    try:
        client = Client(address, timeout=timeout, set_as_default=False)
    except Exception as exc:
        msg = str(exc).split("\n")[0].strip() or type(exc).__name__
        raise SchedulerUnreachable(f"cannot connect to the Dask scheduler ({msg})", source=address) from None
    try:
        yield client
    except BaseException:
        _silence_shutdown()  # interrupted or failed: the teardown's own complaints are no news
        raise
    finally:
        with contextlib.suppress(Exception):
            client.close(timeout=10)


def _check_cluster(client: Any, address: str, settings: Settings) -> int:
    """Wait for workers, check that they run this stancemap, and build the pipeline on each."""
    from . import __version__

    try:
        client.wait_for_workers(1, timeout=WORKER_TIMEOUT)
    except TimeoutError:
        raise SchedulerUnreachable(f"the scheduler has no workers after {WORKER_TIMEOUT:g} s "
                                   "(start some with: dask worker ADDRESS)", source=address) from None
    try:
        versions = client.run(_worker_version)
    except Exception as exc:
        raise SchedulerUnreachable(f"the workers cannot run stancemap ({type(exc).__name__}: {exc}); "
                                   f"install stancemap {__version__} on every worker", source=address) from None
    bad = sorted(w for w, v in versions.items() if v != __version__)
    if bad:
        raise SchedulerUnreachable(f"worker {bad[0]} runs stancemap {versions[bad[0]]}, this client "
                                   f"{__version__}; install the same version everywhere", source=address)
    try:
        client.run(_load_pipeline, settings)  # every worker loads the model now, in parallel
    except StancemapError:
        raise
    except Exception as exc:
        raise SchedulerUnreachable(f"a worker could not build the pipeline ({type(exc).__name__}: {exc})",
                                   source=address) from None
    return len(versions)


# -- the client -----------------------------------------------------------------------------------

#: The last articles of a run go out in partitions of this fraction of the partition size.
TAIL_FRACTION = 4


def _partitions(raws: Iterable[RawArticle], size: int, tail: int = 0) -> Iterator[list[RawArticle]]:
    """Consecutive partitions of ``size`` articles, read lazily; the last ``tail`` partitions' worth of
    articles (and the remainder) are cut into partitions of ``size / TAIL_FRACTION``.

    Workers take partitions in input order, so a run ends when the last one does: with whole
    partitions at the end, the other workers wait for it (half a partition's time on average, 1-2 s
    of a 2-worker run); with small ones they all finish within a small partition of each other.
    The input is read ``tail`` partitions ahead to see its end coming."""
    it = iter(raws)
    want = size * (tail + 1)
    buf: deque[RawArticle] = deque()
    while True:
        if len(buf) < want:
            buf.extend(itertools.islice(it, want - len(buf)))
        if len(buf) < want:  # the input ends within the look-ahead
            break
        yield [buf.popleft() for _ in range(size)]
    small = max(1, -(-size // TAIL_FRACTION)) if tail else size
    while buf:
        yield [buf.popleft() for _ in range(min(small, len(buf)))]


def _lost(raw: RawArticle, exc: BaseException, meta: dict[str, Any]) -> Article:
    raw.error = WorkerLost(f"the worker analysing it died on every try ({type(exc).__name__}); "
                           "the article may be too large for the worker's memory", source=raw.origin)
    return _failed(raw, meta)


class _Run:
    """One job on a cluster: bounded submission, in-order results, retries."""

    def __init__(self, client: Any, settings: Settings, partition_size: int, in_flight: int,
                 stats: dict[str, Any], *, workers: int = 1) -> None:
        self.client = client
        self.tail = workers if workers > 1 else 0  # small partitions at the end (see _partitions)
        self.settings = settings
        self.partition_size = partition_size
        self.in_flight = in_flight
        self.stats = stats
        self.ids = _UniqueIds()
        self.seq = 0
        self.token = os.urandom(4).hex()

    def _assign(self, part: list[RawArticle]) -> dict[str, dict[str, Any]]:
        """Run-unique ids (renaming repeated ones) and duplicate meta, in input order."""
        metas = {}
        for raw in part:
            meta = self.ids.assign(raw)  # may rename raw.id first
            metas[raw.id] = meta
        return metas

    def _submit(self, part: list[RawArticle], metas: dict[str, dict[str, Any]]) -> Any:
        self.seq += 1
        return self.client.submit(analyze_partition, part, self.settings, metas, pure=False,
                                  priority=-self.seq, key=f"stancemap-{self.token}-{self.seq}")

    def _gather(self, part: list[RawArticle], metas: dict[str, dict[str, Any]], fut: Any) -> list[Article]:
        from distributed.scheduler import KilledWorker

        try:
            result: list[Article] = fut.result()
            return result
        except KilledWorker as exc:
            if len(part) == 1:
                self.stats["lost"] += 1
                log.warning("%s: worker died on every try; article skipped", part[0].origin)
                return [_lost(part[0], exc, metas.get(part[0].id, {}))]
        finally:
            fut.release()
        # the partition kept killing workers: each article alone, so that only the culprit is lost
        self.stats["split"] += 1
        log.warning("partition of %d articles from %s killed its workers; retrying them one by one",
                    len(part), part[0].origin)
        singles = [([r], self._submit([r], metas)) for r in part]
        return [a for p, f in singles for a in self._gather(p, metas, f)]

    def __call__(self, raws: Iterable[RawArticle]) -> Iterator[tuple[RawArticle, Article]]:
        pending: deque[tuple[list[RawArticle], dict[str, dict[str, Any]], Any]] = deque()
        parts = _partitions(raws, self.partition_size, tail=self.tail)
        exhausted = False
        # the bound counts articles (in_flight whole partitions' worth), so that the small partitions
        # at the end keep every worker supplied while the client waits for an earlier, larger one
        budget = self.in_flight * self.partition_size
        held = 0
        try:
            while True:
                while not exhausted and held < budget:
                    part = next(parts, None)
                    if part is None:
                        exhausted = True
                        break
                    metas = self._assign(part)
                    pending.append((part, metas, self._submit(part, metas)))
                    held += len(part)
                    self.stats["partitions"] += 1
                if not pending:
                    return
                part, metas, fut = pending.popleft()
                held -= len(part)
                arts = self._gather(part, metas, fut)
                if len(arts) != len(part):  # pragma: no cover - a broken worker installation
                    raise StancemapError(f"a worker returned {len(arts)} results for {len(part)} articles")
                yield from zip(part, arts)
        finally:
            for _, _, fut in pending:  # stopped early (error, Ctrl-C, consumer closed): cancel the rest
                with contextlib.suppress(Exception):
                    fut.cancel()


def _in_process(raws: Iterable[RawArticle], settings: Settings) -> Iterator[tuple[RawArticle, Article]]:
    held: deque[RawArticle] = deque()

    def feed() -> Iterator[RawArticle]:
        for raw in raws:
            held.append(raw)
            yield raw

    for art in analyze_raw(feed(), settings=settings):
        yield held.popleft(), art


def analyze_stream(
    items: Iterable[str | Mapping[str, Any] | RawArticle],
    settings: Settings | None = None,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    partition_size: int | None = None,
    in_flight: int | None = None,
    stats: dict[str, Any] | None = None,
) -> Iterator[tuple[RawArticle, Article]]:
    """Analyse articles on local worker processes or a Dask cluster; yields ``(raw, article)`` in input order.

    Args:
        items: texts, ``{id, text, ...}`` mappings or RawArticles, read lazily.
        settings: the run's settings (``settings.workers`` and ``settings.scheduler`` are the
            defaults of the two arguments below).
        workers: local worker processes; 0 or None = the machine's cores, or 1 (this process,
            no Dask) when the input has fewer than ``SMALL_INPUT`` articles.
        scheduler: address of a running ``dask.distributed`` scheduler; ``workers`` is then ignored.
        partition_size: articles per task (default: ``settings.batch_size``).
        in_flight: partitions' worth of articles on the cluster at once (default: three per worker).
        stats: a dict filled in at the end: workers, partitions, split, lost, peak_rss_mb per worker.

    A bad article comes back with ``article.meta["error"]`` (like :func:`stancemap.analyze_many`);
    errors of the whole run (no scheduler, a model that is not installed) raise StancemapError.
    """
    settings = settings or Settings()
    stats = {} if stats is None else stats
    stats.update(workers=1, partitions=0, split=0, lost=0, peak_rss_mb={})
    raws: Iterator[RawArticle] = (_coerce(x, i, settings) for i, x in enumerate(items))
    address = scheduler if scheduler is not None else settings.scheduler
    size = max(1, partition_size or settings.batch_size)
    if address:
        if settings.actor_registry:
            raise ConfigError("the actor registry learns from articles in input order and cannot be used with "
                              "a cluster (leave out --registry or --scheduler)", source="--scheduler")
        with _client(address) as client, _interruptible() as hit:
            n = _check_cluster(client, address, settings)
            yield from _checked(_on_cluster(client, raws, settings, n, size, in_flight, stats), hit)
        return
    n_items = None
    if not (workers or settings.workers) and not settings.actor_registry:
        head = list(itertools.islice(raws, SMALL_INPUT))
        n_items = len(head) if len(head) < SMALL_INPUT else None
        raws = itertools.chain(head, raws)
    n = choose_workers(workers, settings, n_items=n_items)
    if n == 1:
        yield from _in_process(raws, settings)
        stats["peak_rss_mb"] = {"local": round(_peak_rss_mb(), 1)}
        return
    t0 = time.perf_counter()
    with local_cluster(n) as addr, _client(addr) as client, _interruptible() as hit:
        _ignore_sigint_on_workers(client)
        _check_cluster(client, addr, settings)
        log.info("scaleout: %d local workers ready in %.1f s", n, time.perf_counter() - t0)
        yield from _checked(_on_cluster(client, raws, settings, n, size, in_flight, stats), hit)


class _Interrupted:
    """SIGINT handler that remembers the signal as well as raising KeyboardInterrupt: Python drops an
    exception raised inside a garbage-collector callback or a finaliser ("Exception ignored in ..."),
    and Dask runs such callbacks in this process, so a Ctrl-C landing in one would otherwise be lost
    and the run would go on to the end."""

    def __init__(self) -> None:
        self.hit = False

    def __call__(self, signum: int, frame: Any) -> None:
        self.hit = True
        raise KeyboardInterrupt


@contextlib.contextmanager
def _interruptible() -> Iterator[_Interrupted]:
    flag = _Interrupted()
    previous = signal.getsignal(signal.SIGINT) if _main_thread() else signal.SIG_IGN
    if previous is signal.SIG_IGN:  # not the main thread, or started with Ctrl-C ignored: leave it so
        yield flag
        return
    signal.signal(signal.SIGINT, flag)
    try:
        yield flag
    finally:
        signal.signal(signal.SIGINT, previous)


def _checked(records: Iterator[tuple[RawArticle, Article]], flag: _Interrupted) -> Iterator[tuple[RawArticle, Article]]:
    """The records, stopping with KeyboardInterrupt as soon as a Ctrl-C was seen (also one Python dropped)."""
    for rec in records:
        if flag.hit:
            raise KeyboardInterrupt
        yield rec
    if flag.hit:
        raise KeyboardInterrupt


def _on_cluster(client: Any, raws: Iterable[RawArticle], settings: Settings, n: int, size: int,
                in_flight: int | None, stats: dict[str, Any]) -> Iterator[tuple[RawArticle, Article]]:
    stats["workers"] = n
    run = _Run(client, settings, size, max(1, in_flight or 3 * n), stats, workers=n)
    yield from run(raws)
    with contextlib.suppress(Exception):
        stats["peak_rss_mb"] = {w: round(v, 1) for w, v in client.run(_peak_rss_mb).items()}
    log.info("scaleout: %d workers, %d partitions (%d split after worker deaths, %d articles lost); "
             "peak RSS per worker MB: %s", n, stats["partitions"], stats["split"], stats["lost"],
             " ".join(f"{v:.0f}" for v in stats["peak_rss_mb"].values()))


def _install_registry(settings: Settings, registry: Any) -> None:
    """Give this worker's pipeline the cross-article actor registry (a snapshot of the store's)."""
    from .nlp.pipeline import get_pipeline

    nlp = get_pipeline(settings)
    if "stancemap_actors" in nlp.pipe_names:
        nlp.get_pipe("stancemap_actors").registry = registry  # type: ignore[attr-defined]


class Pool:
    """Workers kept for many calls: ``analyze(list of raw articles) -> list of Articles`` in order.

    For callers that analyse batch by batch (the store's ingest writes each batch in one
    transaction). ``workers``/``scheduler`` as in :func:`analyze_stream`; the automatic worker count
    uses ``n_items`` (the number of inputs, when known) for the small-input rule. With one local
    worker nothing is started and ``parallel`` is False: analyse in this process instead.
    """

    def __init__(self, settings: Settings, *, workers: int | None = None, scheduler: str | None = None,
                 partition_size: int | None = None, n_items: int | None = None) -> None:
        self.settings = settings
        self.address = scheduler if scheduler is not None else settings.scheduler
        if self.address and settings.actor_registry:
            raise ConfigError("the actor registry file learns from articles in input order and cannot be used "
                              "with a cluster (leave out --registry or --scheduler)", source="--scheduler")
        self.workers = 0 if self.address else choose_workers(workers, settings, n_items=n_items)
        self.partition_size = partition_size
        self.client: Any = None
        self.stats: dict[str, Any] = {"workers": self.workers, "partitions": 0, "split": 0, "lost": 0,
                                      "peak_rss_mb": {}}
        self._stack = contextlib.ExitStack()

    @property
    def parallel(self) -> bool:
        return bool(self.address) or self.workers > 1

    def __enter__(self) -> Pool:
        if not self.parallel:
            return self
        try:
            if self.address:
                self.client = self._stack.enter_context(_client(self.address))
                self.workers = _check_cluster(self.client, self.address, self.settings)
            else:
                address = self._stack.enter_context(local_cluster(self.workers))
                self.client = self._stack.enter_context(_client(address))
                _ignore_sigint_on_workers(self.client)
                _check_cluster(self.client, address, self.settings)
        except BaseException:
            self._stack.close()
            raise
        self.stats["workers"] = self.workers
        return self

    def __exit__(self, *exc: object) -> None:
        if self.client is not None:
            with contextlib.suppress(Exception):
                self.stats["peak_rss_mb"] = {w: round(v, 1) for w, v in self.client.run(_peak_rss_mb).items()}
        self._stack.close()
        self.client = None

    def use_registry(self, registry: Any) -> None:
        """Every worker (restarted ones too) starts from this actor registry snapshot."""
        if self.client is None:
            raise RuntimeError("Pool.use_registry needs a started pool with workers")
        from distributed import WorkerPlugin

        settings = self.settings

        class Registry(WorkerPlugin):
            name = "stancemap-registry"

            def setup(self, worker: Any) -> None:
                _install_registry(settings, registry)

        self.client.register_plugin(Registry())

    def analyzer_for(self, registry: Any) -> Any:
        """``analyze``, with every worker given ``registry`` first (for :func:`stancemap.corpus.ingest_paths`)."""
        if registry is not None and len(registry):
            self.use_registry(registry)
        return self.analyze

    def analyze(self, raws: list[RawArticle]) -> list[Article]:
        """The analysed articles of ``raws``, in order (ids and duplicate meta as one analyze_raw call)."""
        if self.client is None:
            raise RuntimeError("Pool.analyze needs a started pool with workers (use it as a context manager)")
        if not raws:
            return []
        size = self.partition_size or max(1, min(self.settings.batch_size, -(-len(raws) // self.workers)))
        run = _Run(self.client, self.settings, size, 3 * self.workers, self.stats, workers=self.workers)
        return [art for _, art in run(raws)]
