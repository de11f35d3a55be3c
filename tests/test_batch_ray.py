"""`nutgraf batch --engine ray`: same output as local, and kill -9 + resume on a two-node loopback cluster.

Ray start-up costs seconds, so there are few tests here: one on the private local Ray the engine starts by
default, and one on a cluster of two nodes started as separate processes, the way a real cluster is. The
cluster listens on 127.0.0.1 only, with an auth token of its own; it is torn down by signalling the
`ray start --block` processes this module started, not by `ray stop`, which would stop every Ray of the
user on the machine.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from nutgraf.batch.inputs import RawRecord
from nutgraf.batch.ray_reaper import processes_using
from nutgraf.batch.run import CHUNK_BYTES
from test_batch import SUMMARIZER, article, kill_and_resume, mixed_inputs, read_jsonl, write_jsonl

pytest.importorskip("ray")
RAY = Path(sys.executable).with_name("ray")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _ray_start(arguments: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    command = [
        str(RAY), "start", *arguments, "--block", "--node-ip-address", "127.0.0.1", "--num-cpus", "1",
        "--disable-usage-stats", "--dashboard-agent-listen-port", str(_free_port()),
    ]  # fmt: skip
    with log.open("wb") as handle:
        # A session of its own, so that teardown can signal exactly this node's processes.
        process = subprocess.Popen(
            command, env=env, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True
        )
    deadline = time.monotonic() + 90
    while b"Ray runtime started" not in log.read_bytes():
        if process.poll() is not None or time.monotonic() > deadline:
            _stop(process)
            pytest.fail(f"ray start failed:\n{log.read_text(errors='replace')[-3000:]}")
        time.sleep(0.2)
    return process


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=10)
    # Whatever of this node is still running after a graceful stop (Ray's agents linger for half a
    # minute) is in the process group started above.
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


@pytest.fixture(scope="module")
def ray_env() -> dict[str, str]:
    """Environment for Ray processes: no usage stats, and an auth token of this test module's own."""
    return dict(
        os.environ,
        RAY_DISABLE_USAGE_STATS="1",
        RAY_AUTH_MODE="token",
        RAY_AUTH_TOKEN=secrets.token_hex(32),
    )


@pytest.fixture(scope="module")
def ray_cluster(ray_env: dict[str, str]) -> Iterator[str]:
    """A head node and one worker node on loopback, one CPU each; yields the head's address."""
    temp = Path(tempfile.mkdtemp(prefix="ngray-", dir="/tmp"))  # short: Ray puts sockets under it
    port = _free_port()
    head = _ray_start(
        ["--head", "--port", str(port), "--include-dashboard", "false", "--temp-dir", str(temp / "ray")],
        ray_env,
        temp / "head.log",
    )
    try:
        worker = _ray_start(["--address", f"127.0.0.1:{port}"], ray_env, temp / "worker.log")
    except BaseException:
        _stop(head)
        raise
    yield f"127.0.0.1:{port}"
    _stop(worker)
    _stop(head)
    shutil.rmtree(temp, ignore_errors=True)


def _by_id(records: list[dict]) -> dict[str, dict]:
    """Records by id, without null fields (Parquet has a column for every field, JSONL need not)."""
    assert len({r["id"] for r in records}) == len(records), "an id appears twice"
    return {r["id"]: {key: value for key, value in r.items() if value is not None} for r in records}


def _batch(
    *arguments: str, env: dict[str, str], summarizer: str = SUMMARIZER
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "nutgraf.cli", "batch", *arguments, "--summarizer", summarizer]
    return subprocess.run([*command, "--no-progress"], capture_output=True, text=True, timeout=300, env=env)


@pytest.fixture
def ray_temp() -> Iterator[Path]:
    """A folder for TMPDIR, where Ray (and nutgraf's private Ray) put their files; short, as Ray puts
    sockets under it. Whatever still has a file in it at the end is killed, not to outlive a failed test."""
    temp = Path(tempfile.mkdtemp(prefix="ngt-", dir="/tmp"))
    yield temp
    if Path("/proc").is_dir():
        for pid in processes_using(str(temp)):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    shutil.rmtree(temp, ignore_errors=True)


def test_ray_on_a_private_local_ray_writes_what_local_writes(tmp_path, ray_env, ray_temp):
    pq = pytest.importorskip("pyarrow.parquet")
    inputs = mixed_inputs(tmp_path)
    local = _batch(*inputs, "--output", str(tmp_path / "local.jsonl"), "--workers", "1", env=ray_env)
    assert local.returncode == 0, local.stderr
    env = {key: value for key, value in ray_env.items() if not key.startswith("RAY_AUTH")}
    on_ray = _batch(
        *inputs, "--output", str(tmp_path / "ray.parquet"), "--engine", "ray", "--workers", "2",
        env={**env, "TMPDIR": str(ray_temp)},
    )  # fmt: skip
    assert on_ray.returncode == 0, on_ray.stderr
    assert "12 records written" in on_ray.stderr
    if sys.platform == "linux":  # the run stopped its Ray, and removed Ray's files, before it ended
        assert not processes_using(str(ray_temp))
        assert not list(ray_temp.iterdir())

    expected = _by_id(read_jsonl(tmp_path / "local.jsonl"))
    assert _by_id(pq.read_table(tmp_path / "ray.parquet").to_pylist()) == expected


def test_a_private_local_ray_runs_under_a_tmpdir_as_long_as_ray_allows(tmp_path, ray_env, ray_temp):
    # Ray puts its sockets under TMPDIR/ray, whose path may hold 107 bytes; the reaper's folder,
    # TMPDIR/ngray-XXXXXXXX, is 11 longer, and a TMPDIR Ray alone ran under had failed the run.
    session = f"/session_{'2026-12-03_10-11-12_123456'}_{'9' * 7}/sockets/plasma_store"
    long_tmpdir = ray_temp / ("t" * (107 - len(str(ray_temp)) - len("/ray") - len(session) - 1))
    long_tmpdir.mkdir()
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "r0", "text": article(0, 30)}])
    env = {key: value for key, value in ray_env.items() if not key.startswith("RAY_AUTH")}
    out = tmp_path / "out.jsonl"
    run = _batch(
        str(source), "--output", str(out), "--engine", "ray", "--workers", "1",
        env={**env, "TMPDIR": str(long_tmpdir)},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert len(read_jsonl(out)) == 1


def _reaper_folder(driver: int) -> Path:
    """The folder of the reaper the driver ``driver`` started (its arguments: the folder, the driver)."""
    for process in Path("/proc").iterdir():
        with contextlib.suppress(OSError):
            arguments = (process / "cmdline").read_bytes().decode().split("\0")
            if arguments[1:2] and arguments[1].endswith("ray_reaper.py") and arguments[3] == str(driver):
                return Path(arguments[2])
    raise AssertionError("the run started no reaper")


@pytest.mark.skipif(sys.platform != "linux", reason="the reaper of a killed run's Ray is Linux only")
@pytest.mark.parametrize("tmpdir", ["short", "long"])
def test_a_private_local_ray_does_not_outlive_its_killed_run(tmp_path, ray_env, ray_temp, tmpdir):
    # Under a TMPDIR too long for the reaper's folder to hold Ray's sockets, that folder is made under
    # /tmp: the reaper had been left out there, and a killed run's Ray ran a minute.
    if tmpdir == "long":
        ray_temp = ray_temp / ("t" * 60)
        ray_temp.mkdir()
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": f"r{i}", "text": article(i, 30)} for i in range(400)])
    out = tmp_path / "out.jsonl"
    env = {key: value for key, value in ray_env.items() if not key.startswith("RAY_AUTH")}
    command = [
        sys.executable, "-m", "nutgraf.cli", "batch", str(source), "--output", str(out), "--engine", "ray",
        "--workers", "2", "--chunk-size", "2", "--summarizer", SUMMARIZER, "--no-progress",
    ]  # fmt: skip
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**env, "TMPDIR": str(ray_temp)}
    )
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        if out.exists() and out.read_bytes().count(b"\n") >= 4:
            break
        time.sleep(0.05)
    assert process.poll() is None, "the run ended before it could be killed"
    folder = _reaper_folder(process.pid)
    assert folder.parent == (ray_temp if tmpdir == "short" else Path("/tmp"))
    # Ray's GCS server, raylet, agents and workers, all with log files in Ray's folder.
    assert len(processes_using(str(folder))) >= 5

    process.send_signal(signal.SIGKILL)
    process.wait()

    def left() -> list[object]:
        """What is left of the run's Ray: processes with files in its folder, and the folder."""
        return [*processes_using(str(folder)), *([folder] if folder.exists() else [])]

    deadline = time.monotonic() + 15  # Ray's agents alone would stay a minute
    while left() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not left(), "the killed run's Ray outlived it"


def test_ray_cluster_kill_9_then_rerun_writes_every_record_exactly_once(tmp_path, ray_cluster, ray_env):
    total = 120
    rows = [{"id": f"r{i}", "text": article(i, 30)} for i in range(total)]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    command = [
        sys.executable, "-m", "nutgraf.cli", "batch", str(source), "--output", str(out), "--engine", "ray",
        "--ray-address", ray_cluster, "--workers", "2", "--chunk-size", "2", "--summarizer", SUMMARIZER,
        "--no-progress",
    ]  # fmt: skip
    kill_and_resume(command, out, total, env=ray_env)

    local = _batch(str(source), "--output", str(tmp_path / "local.jsonl"), "--workers", "1", env=ray_env)
    assert local.returncode == 0, local.stderr
    records = read_jsonl(out)
    assert [r["id"] for r in records] == [f"r{i}" for i in range(total)]
    assert _by_id(records) == _by_id(read_jsonl(tmp_path / "local.jsonl"))
    assert json.dumps(records[0]["summary"])  # summaries, not errors
    assert all("error" not in r for r in records)


def test_a_summarizer_that_cannot_run_on_the_cluster_stops_the_run(tmp_path, ray_cluster, ray_env):
    pytest.importorskip("transformers")
    broken = tmp_path / "broken-model"
    broken.mkdir()
    (broken / "config.json").write_text("{}", encoding="utf-8")
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": article(i)} for i in range(4)])
    out = tmp_path / "out.jsonl"
    result = _batch(
        str(source), "--output", str(out), "--engine", "ray", "--ray-address", ray_cluster,
        summarizer="transformers", env={**ray_env, "NUTGRAF_TRANSFORMERS_MODEL": str(broken)},
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert "run the same command again to resume" in result.stderr and "Ray job failed" not in result.stderr
    assert out.read_text() == ""


def test_an_unreachable_cluster_is_one_line_not_minutes_of_retries(tmp_path, ray_env):
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": article(1)}])
    result = _batch(
        str(source), "--output", str(tmp_path / "out.jsonl"), "--engine", "ray",
        "--ray-address", f"127.0.0.1:{_free_port()}", env=ray_env,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.startswith("nutgraf: error: cannot reach a Ray cluster at 127.0.0.1:")
    assert "Traceback" not in result.stderr


def test_a_ray_task_takes_consecutive_chunks_and_no_more_input_than_one_chunk_may_hold():
    from nutgraf.batch.ray_engine import TASK_CHUNKS, _task_groups

    small = [[RawRecord("json", f"s{i}", b"{}")] for i in range(2 * TASK_CHUNKS + 1)]
    groups = list(_task_groups(small))
    assert [len(group) for group in groups] == [TASK_CHUNKS, TASK_CHUNKS, 1]
    assert [chunk for group in groups for chunk in group] == small
    large = [[RawRecord("page", f"p{i}", bytes(CHUNK_BYTES // 2 + 1))] for i in range(3)]
    assert [len(group) for group in _task_groups(large)] == [1, 1, 1]


# Run in a process of its own: the engine starts a private local Ray and sets Ray's variables as it does.
_HUGE_RECORDS_RUN = """
import itertools, sys
from nutgraf.batch.inputs import RawRecord
from nutgraf.batch.ray_engine import run_ray
from nutgraf.batch.work import CHUNK_BYTES, BatchOptions
pulled = 0
def huge():
    global pulled
    for i in itertools.count():
        pulled += 1
        yield [RawRecord("page", f"r{i}", b"word " * (17 * CHUNK_BYTES // 40))]
results = run_ray(huge(), BatchOptions(summarizer=sys.argv[1]), workers=1)
taken = list(itertools.islice(results, 3))
results.close()
print([result.count for result in taken], pulled)
"""


def test_ray_engine_holds_a_few_huge_records_in_flight_not_a_window_of_them(ray_env, ray_temp):
    # A task holds one chunk however large its record (a JSONL line of 100 MB): the window counted tasks,
    # three for one worker (33 for 16), each held by the driver and Ray's object store until its result
    # came back; now at most WINDOW_BYTES_PER_WORKER (16 MiB) a worker, or one such record.
    env = {key: value for key, value in ray_env.items() if not key.startswith("RAY_AUTH")}
    run = subprocess.run(
        [sys.executable, "-c", _HUGE_RECORDS_RUN, SUMMARIZER],
        capture_output=True,
        text=True,
        timeout=300,
        env={**env, "TMPDIR": str(ray_temp)},
    )
    assert run.returncode == 0, run.stderr
    counts, pulled = run.stdout.strip().splitlines()[-1].rsplit(" ", 1)
    assert counts == "[1, 1, 1]"
    # Records of 17 MiB, past the window's bytes: each goes alone. Read are the three taken and the one
    # _task_groups reads ahead (six before: two more in flight).
    assert int(pulled) <= 3 + 1
