"""deploy/cluster.py for real: Redis, PostgreSQL and two Celery workers on free ports, in a temporary folder.

Skips, saying why, where redis-server or PostgreSQL is missing and cannot be installed (not root, no apt-get).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from deploy import cluster
from tests.fixtures.cluster import cluster_state, start

ROOT = Path(__file__).resolve().parent.parent


def _running(pid: int) -> bool:
    """Alive and not a zombie (a zombie holds no resources and is not ours to stop)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in "ZX"


def _descendants(pid: int) -> list[int]:
    """Every process below pid (celery's pool child, postgres' background processes, which start sessions of
    their own and so are not in its process group)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry.name}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _environ(pid: int) -> dict[str, str]:
    raw = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    return dict(item.decode(errors="replace").split("=", 1) for item in raw if b"=" in item)


@pytest.fixture(scope="module")
def running() -> Iterator[tuple[Path, cluster.ClusterEnv]]:
    with cluster_state() as state:
        yield state, start(state)


def test_env_lines_follow_the_port_variables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CLUSTER_DIR", str(tmp_path))
    monkeypatch.setenv("CLUSTER_REDIS_PORT", "41234")
    monkeypatch.setenv("CLUSTER_PG_PORT", "41235")
    assert cluster.main(["env"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "export CELERY_BROKER_URL=redis://127.0.0.1:41234/0" in lines
    assert "export DAGSTER_PG_URL=postgresql+psycopg2://dagster@127.0.0.1:41235/dagster" in lines
    assert f"export DAGSTER_HOME={tmp_path / 'dagster_home'}" in lines
    monkeypatch.setenv("CLUSTER_PG_PORT", "nope")
    assert cluster.main(["env"]) == 1
    assert capsys.readouterr().err.strip() == "cluster: CLUSTER_PG_PORT='nope' is not a TCP port"


def test_redis_answers_on_loopback_only(running: tuple[Path, cluster.ClusterEnv]) -> None:
    import redis

    _, cenv = running
    client = redis.Redis.from_url(cenv.broker_url)
    assert client.ping()
    assert client.config_get("bind") == {"bind": "127.0.0.1"}
    assert client.config_get("save") == {"save": ""}
    client.close()


def test_postgres_accepts_the_instance_url(running: tuple[Path, cluster.ClusterEnv]) -> None:
    import psycopg2

    _, cenv = running
    assert cenv.pg_url.startswith("postgresql+psycopg2://")  # a bare postgresql:// selects psycopg3
    with psycopg2.connect(cenv.pg_url.replace("postgresql+psycopg2://", "postgresql://")) as conn:
        cur = conn.cursor()
        cur.execute("SELECT current_user, current_database(), current_setting('listen_addresses')")
        assert cur.fetchone() == ("dagster", "dagster", "127.0.0.1")
    conn.close()


def test_dagster_instance_opens_on_postgres(running: tuple[Path, cluster.ClusterEnv],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from dagster import DagsterInstance
    from dagster_postgres import PostgresEventLogStorage, PostgresRunStorage

    state, cenv = running
    assert cluster.env(ROOT, state=state) == cenv.variables()
    for name, value in cenv.variables().items():
        monkeypatch.setenv(name, value)
    with DagsterInstance.get() as instance:
        assert isinstance(instance.run_storage, PostgresRunStorage)
        assert isinstance(instance.event_log_storage, PostgresEventLogStorage)
        assert instance.get_runs_count() >= 0
        # Celery tasks carry this ref: its `env: DAGSTER_PG_URL` is resolved in each worker's environment.
        assert "DAGSTER_PG_URL" in instance.get_ref().run_storage_data.config_yaml


def test_two_workers_in_their_own_groups_answer_ping(running: tuple[Path, cluster.ClusterEnv]) -> None:
    import os

    from celery import Celery

    state, cenv = running
    pids = cluster.worker_pids(ROOT, state=state)
    assert len(pids) == 2 and len(set(pids)) == 2 and all(_running(pid) for pid in pids)
    assert all(os.getpgid(pid) == pid != os.getpgid(0) for pid in pids)
    for pid in pids:
        environ = _environ(pid)
        assert environ["DAGSTER_PG_URL"] == cenv.pg_url and environ["CELERY_BROKER_URL"] == cenv.broker_url
        assert environ["PYTHONPATH"].split(os.pathsep)[:2] == [str(ROOT / "deploy"), str(ROOT)]
    app = Celery(broker=cenv.broker_url, backend=cenv.broker_url)
    try:
        names: set[str] = set()
        for _ in range(5):
            names |= {name.split("@")[0] for reply in app.control.ping(timeout=2.0) for name in reply}
            if names == {"worker1", "worker2"}:
                break
        assert names == {"worker1", "worker2"}
        queues = {q["name"] for per_worker in (app.control.inspect(timeout=2.0).active_queues() or {}).values()
                  for q in per_worker}
        assert queues == {"dagster", "ocr"}
    finally:
        app.close()


def test_up_again_keeps_what_runs(running: tuple[Path, cluster.ClusterEnv]) -> None:
    state, cenv = running
    before = cluster.status(ROOT, state=state)
    again = cluster.up(ROOT, workers=2, state=state)
    assert again == cenv and cluster.status(ROOT, state=state) == before


# Last: it stops the module's cluster (the fixture's own `down` then finds nothing to do).
def test_kill_worker_then_down_leaves_nothing(running: tuple[Path, cluster.ClusterEnv]) -> None:
    state, cenv = running
    first, second = cluster.worker_pids(ROOT, state=state)
    killed = cluster.kill_worker(ROOT, 2, state=state)
    assert killed == second and not _running(second)
    assert cluster.worker_pids(ROOT, state=state) == [first]

    services = cluster.status(ROOT, state=state)
    ours = [pid for pid in services.values() if pid]
    ours += [child for pid in ours for child in _descendants(pid)]
    assert len(ours) >= 8  # redis; worker1 and its pool child; the postmaster and its background processes
    cluster.down(ROOT, state=state)
    deadline = time.monotonic() + 5
    while any(_running(pid) for pid in ours) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [pid for pid in ours if _running(pid)] == []
    assert not cluster.redis_ping(cenv.redis_port)
    assert not any(cluster._port_taken(port) for port in (cenv.redis_port, cenv.pg_port))
    assert list((state / "pids").iterdir()) == []
    cluster.down(ROOT, state=state)  # idempotent
    assert not any(cluster.status(ROOT, state=state).values())
