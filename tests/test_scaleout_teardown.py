"""Tearing down a local cluster (real dask.distributed LocalCluster, in a child process whose stderr
is read whole): a worker that closes while its heartbeat waits for the scheduler's answer (as on a
loaded machine, where CI saw it after Ctrl-C) prints no traceback, every worker process is gone when
``local_cluster`` returns, and the filter lets every other error through: the same heartbeat
message while the worker runs, another message with a closed connection, the heartbeat message
with an error that is no closed connection."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
from pathlib import Path

from stancemap.scaleout import TEARDOWN_MESSAGES, _TeardownNoise

ROOT = Path(__file__).resolve().parents[1]
HEARTBEAT = next(iter(TEARDOWN_MESSAGES))

# Run in a child process: the workers write to the stderr they inherit from it.
SCRIPT = textwrap.dedent('''
    import asyncio, gc, logging, sys, time
    import psutil
    from distributed import Client, LocalCluster, WorkerPlugin
    from distributed.comm.core import CommClosedError
    from stancemap.scaleout import TEARDOWN_MESSAGES, local_cluster

    HEARTBEAT = next(iter(TEARDOWN_MESSAGES))

    def raised(exc):  # an exception with a traceback, as a failed heartbeat has
        try:
            raise exc
        except Exception as e:
            return e

    def log_while_running():
        logging.getLogger("distributed.worker").error(HEARTBEAT, exc_info=raised(CommClosedError("running-1")))
        return True

    class LogWhileClosing(WorkerPlugin):
        name = "log-while-closing"

        def teardown(self, worker):  # called by Worker.close, with the worker closing
            log = logging.getLogger("distributed.worker")
            log.error(HEARTBEAT, exc_info=raised(CommClosedError("closing-dropped")))
            log.error("Some other failure.", exc_info=raised(CommClosedError("closing-other-message")))
            log.error(HEARTBEAT, exc_info=raised(ValueError("closing-not-a-closed-connection")))

    if __name__ == "__main__":
        with local_cluster(2) as addr:
            with Client(addr) as client:
                if "--strict" in sys.argv:
                    client.run(log_while_running)
                    client.register_plugin(LogWhileClosing())
                pids = [p.pid for p in psutil.Process().children(recursive=True)
                        if "from multiprocessing.spawn" in " ".join(p.cmdline())]
            cluster = [o for o in gc.get_objects() if isinstance(o, LocalCluster)][0]
            answer = cluster.scheduler.handlers["heartbeat_worker"]

            async def slow(*args, **kwargs):  # a busy scheduler: heartbeats wait 2 s for their answer
                await asyncio.sleep(2.0)
                return answer(*args, **kwargs)

            cluster.scheduler.handlers["heartbeat_worker"] = slow
            time.sleep(1.5)  # each worker now has a heartbeat in flight
        left = [p for p in pids if psutil.pid_exists(p) and psutil.Process(p).status() != psutil.STATUS_ZOMBIE]
        print("workers", len(pids), "left", len(left), flush=True)
''')


def _run(*args: str) -> tuple[str, str]:
    proc = subprocess.run([sys.executable, "-c", SCRIPT, *args], capture_output=True, text=True, timeout=180,
                          env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    return proc.stdout, proc.stderr


def test_a_worker_closing_with_its_heartbeat_in_flight_prints_no_traceback():
    out, err = _run()
    assert "workers 2 left 0" in out  # and no worker process outlives the teardown
    assert "Traceback" not in err and HEARTBEAT not in err, err


def test_other_worker_errors_still_print_their_tracebacks():
    out, err = _run("--strict")
    assert "workers 2 left 0" in out
    assert "CommClosedError: running-1" in err  # the heartbeat message while the worker runs
    assert "CommClosedError: closing-other-message" in err  # another message, while closing
    assert "ValueError: closing-not-a-closed-connection" in err  # no closed connection, while closing
    assert "closing-dropped" not in err  # only the teardown heartbeat is dropped
    assert err.count("Traceback (most recent call last)") == 6  # three records from each of the two workers


def test_the_filter_keeps_records_of_a_worker_that_runs_or_is_unknown():
    f = _TeardownNoise()
    rec = logging.LogRecord("distributed.worker", logging.ERROR, __file__, 1, HEARTBEAT, None,
                            (OSError, OSError("closed"), None))
    assert f.filter(rec)  # no worker set: not known to be closing


def test_kill_left_kills_only_the_processes_it_saw_running():
    """The handles are taken while the workers run (as ``_close_local`` takes them before closing):
    one that still runs at the kill is killed; one that stopped and was reaped is left alone; and a
    handle whose PID now belongs to another process (a reused PID: same number, later start time)
    does not kill that process."""
    import psutil

    from stancemap.scaleout import _kill_left, _processes

    sleeper = [sys.executable, "-c", "import time; time.sleep(120)"]
    left, stopped, bystander = (subprocess.Popen(sleeper) for _ in range(3))
    try:
        procs = _processes([left.pid, stopped.pid, 99999999])  # (no such PID: left out)
        assert [p.pid for p in procs] == [left.pid, stopped.pid]
        stopped.terminate()
        assert stopped.wait(10) == -15  # reaped: its PID is free for the system to give again
        # the handle of a worker whose PID the system gave to the bystander: the bystander's PID with
        # the start time of a process that ran before it
        reused = psutil.Process(bystander.pid)
        reused._ident = (bystander.pid, reused.create_time() - 30.0)
        _kill_left([*procs, reused], timeout=5.0)
        assert left.wait(10) == -9  # killed
        assert bystander.poll() is None and psutil.Process(bystander.pid).status() != psutil.STATUS_ZOMBIE
    finally:
        for p in (left, stopped, bystander):
            p.kill()
            p.wait(10)
