"""Shared fixtures: paths to the shared data and samples (tests that need them skip where absent)."""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from servers import FakeLLM, ReaderServer

#: CI installs every extra and starts every service, so there a skipped test hides a broken set-up.
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
#: Skips that are right even in CI: the machine decides them, not the set-up.
_SKIPS_ALLOWED_IN_CI = ("a GPU is present",)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped and not hasattr(report, "wasxfail"):
        reason = str(report.longrepr[-1]) if isinstance(report.longrepr, tuple) else str(report.longrepr)
        if not any(allowed in reason for allowed in _SKIPS_ALLOWED_IN_CI):
            report.outcome = "failed"
            report.longrepr = f"skipped in CI, where every extra and service should be installed: {reason}"


SHARED = Path(__file__).resolve().parents[1].parent / "shared"
#: The PostgreSQL server the store tests use; scripts/test-services.sh starts it with this role and db.
POSTGRES_DSN = os.environ.get(
    "NUTGRAF_TEST_POSTGRES", "postgresql://nutgraf:nutgraf@127.0.0.1:5432/nutgraf_test"
)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    path = SHARED / "data"
    if not path.is_dir():
        pytest.skip(f"shared data not found at {path}")
    return path


@pytest.fixture(scope="session")
def seed_article() -> str:
    path = SHARED / "samples" / "seed-article.txt"
    if not path.is_file():
        pytest.skip(f"seed article not found at {path}")
    return path.read_text(encoding="utf-8")


@contextlib.contextmanager
def reader_client(tmp_path: Path, **settings: Any) -> Iterator[httpx.Client]:
    """A client of the reader service (its API and pages) on loopback, over a fresh SQLite file, its jobs run
    in the request and no rate limit; ``settings`` set (the rate limit too) the service's others (``allow_loopback=True``)."""
    from nutgraf.web import Settings, create_app

    chosen = Settings(
        database_url=f"sqlite:///{tmp_path / 'reader.db'}",
        background=False,
        **{"rate_limit_per_minute": 0, **settings},
    )
    with ReaderServer(create_app(chosen)) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        yield http


@pytest.fixture
def api(tmp_path: Path) -> Iterator[httpx.Client]:
    """:func:`reader_client` with the service's default settings."""
    with reader_client(tmp_path) as http:
        yield http


@pytest.fixture
def loopback_api(tmp_path: Path) -> Iterator[httpx.Client]:
    """:func:`reader_client` that may fetch from loopback, where the tests serve their feeds and pages."""
    with reader_client(tmp_path, allow_loopback=True) as http:
        yield http


@pytest.fixture
def llm() -> Iterator[FakeLLM]:
    """An OpenAI-compatible chat-completions server on loopback; each test scripts ``llm.replies``."""
    server = FakeLLM()
    yield server
    server.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A store URL for an empty database: a SQLite file, then a fresh schema on the PostgreSQL server.

    The PostgreSQL case skips when no server answers at ``NUTGRAF_TEST_POSTGRES`` (run
    ``scripts/test-services.sh`` to start one).
    """
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'nutgraf.db'}"
        return
    with postgres_schema() as url:
        yield url


@contextlib.contextmanager
def postgres_schema() -> Iterator[str]:
    """The URL of a fresh schema on the test PostgreSQL server, dropped afterwards (skips without one)."""
    psycopg = pytest.importorskip("psycopg", reason="PostgreSQL tests need the postgres extra (psycopg)")
    try:
        admin = psycopg.connect(POSTGRES_DSN, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        pytest.skip(
            f"no PostgreSQL server at {POSTGRES_DSN.split('@')[-1]} ({exc}); run scripts/test-services.sh"
        )
    schema = f"test_{uuid.uuid4().hex[:12]}"
    with admin:
        admin.execute(f"CREATE SCHEMA {schema}")
        try:
            yield f"{POSTGRES_DSN}?options=-csearch_path%3D{schema}"
        finally:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Debian's Chromium driven by Playwright, one per test module (starting it takes a second)."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package (dev extra)")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}; scripts/test-services.sh installs Debian's")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()
