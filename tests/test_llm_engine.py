"""The llm engine against a real OpenAI-style chat-completions server on loopback, started by the test."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

import nutgraf
from nutgraf.engines.llm import stream_summary
from nutgraf.errors import SummarizerResponseError, SummarizerUnavailableError

ARTICLE = """City officials approved a new budget on Monday that raises spending on schools by 12 percent.

The budget, worth $4.2 billion, passed by a vote of 7 to 2. Mayor Ana Ruiz said the plan would hire 300 teachers.
"""
SUMMARY = "The city approved a budget on Monday that raises school spending by 12 percent. It will hire 300 teachers."


def completion(content: Any) -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
        ],
    }


@dataclass
class Reply:
    """What the fake server does with one request."""

    status: int = 200
    body: Any = None  # a dict is sent as JSON, a str as it is
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    stream: list[str] | None = None  # SSE data lines
    drop: bool = False  # close the connection without answering


class FakeLLM:
    """A minimal chat-completions server: answers each request with the next scripted reply."""

    def __init__(self) -> None:
        self.replies: list[Reply] = []
        self.requests: list[dict[str, Any]] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", 0))
                fake.requests.append(
                    {
                        "path": self.path,
                        "auth": self.headers.get("authorization"),
                        "json": json.loads(self.rfile.read(length)),
                    }
                )
                reply = fake.replies.pop(0) if len(fake.replies) > 1 else fake.replies[0]
                time.sleep(reply.delay)
                if reply.drop:
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                if reply.stream is not None:
                    self.send_response(200)
                    self.send_header("content-type", "text/event-stream")
                    self.end_headers()
                    for data in reply.stream:
                        self.wfile.write(f"data: {data}\n\n".encode())
                        self.wfile.flush()
                    return
                body = reply.body if isinstance(reply.body, str) else json.dumps(reply.body)
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body.encode())))
                self.end_headers()
                self.wfile.write(body.encode())

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def llm() -> Iterator[FakeLLM]:
    server = FakeLLM()
    yield server
    server.close()


def options(server: FakeLLM, **extra: Any) -> dict[str, Any]:
    return {"base_url": server.url, "model": "tiny", "backoff": 0.01, "timeout": 2.0, **extra}


def test_summary_from_the_server_with_evidence(llm: FakeLLM) -> None:
    llm.replies = [Reply(body=completion(SUMMARY))]
    summary = nutgraf.summarize(ARTICLE, summarizer="llm", sentences=2, api_key="secret", **options(llm))
    assert [s.text for s in summary.sentences] == [
        "The city approved a budget on Monday that raises school spending by 12 percent.",
        "It will hire 300 teachers.",
    ]
    assert all(s.start is None for s in summary.sentences)
    assert summary.evidence is not None and len(summary.evidence.sentences) == 2
    request = llm.requests[0]
    assert request["path"] == "/v1/chat/completions"
    assert request["auth"] == "Bearer secret"
    assert request["json"]["model"] == "tiny"
    prompt = request["json"]["messages"][-1]["content"]
    assert "at most 2 sentences" in prompt and "Mayor Ana Ruiz" in prompt


def test_settings_from_the_environment(llm: FakeLLM, monkeypatch: pytest.MonkeyPatch) -> None:
    llm.replies = [Reply(body=completion(SUMMARY))]
    monkeypatch.setenv("NUTGRAF_LLM_BASE_URL", llm.url)
    monkeypatch.setenv("NUTGRAF_LLM_MODEL", "env-model")
    monkeypatch.setenv("NUTGRAF_LLM_API_KEY", "env-key")
    nutgraf.summarize(ARTICLE, summarizer="llm", sentences=1)
    assert llm.requests[0]["json"]["model"] == "env-model"
    assert llm.requests[0]["auth"] == "Bearer env-key"


def test_prompt_follows_language_and_word_budget(llm: FakeLLM) -> None:
    llm.replies = [Reply(body=completion("Der Stadtrat hat den Haushalt beschlossen."))]
    german = "Der Stadtrat hat am Montag den neuen Haushalt beschlossen. Die Schulen bekommen mehr Geld."
    nutgraf.summarize(german, summarizer="llm", sentences=None, words=40, **options(llm))
    prompt = llm.requests[0]["json"]["messages"][-1]["content"]
    assert "in etwa 40 Wörtern" in prompt


def test_reply_is_trimmed_to_the_budget(llm: FakeLLM) -> None:
    llm.replies = [Reply(body=completion("- One sentence here.\n- Two sentence here.\n- Three here."))]
    summary = nutgraf.summarize(ARTICLE, summarizer="llm", sentences=2, **options(llm))
    assert [s.text for s in summary.sentences] == ["One sentence here.", "Two sentence here."]


def test_streaming_yields_pieces_in_order(llm: FakeLLM) -> None:
    pieces = ["The city ", "approved ", "a budget."]
    events = [json.dumps({"choices": [{"delta": {"role": "assistant"}}]})]
    events += [json.dumps({"choices": [{"delta": {"content": p}}]}) for p in pieces]
    events += [json.dumps({"choices": [{"delta": {}, "finish_reason": "stop"}]}), "[DONE]"]
    llm.replies = [Reply(stream=events)]
    streamed = list(stream_summary(ARTICLE, sentences=1, **options(llm)))
    assert streamed == pieces
    assert llm.requests[0]["json"]["stream"] is True


def test_5xx_is_retried_then_succeeds(llm: FakeLLM) -> None:
    llm.replies = [
        Reply(status=503, body={"error": {"message": "overloaded"}}),
        Reply(body=completion(SUMMARY)),
    ]
    summary = nutgraf.summarize(ARTICLE, summarizer="llm", **options(llm))
    assert summary.sentences and len(llm.requests) == 2


def test_persistent_5xx_is_retried_then_a_clear_error(llm: FakeLLM) -> None:
    llm.replies = [Reply(status=500, body={"error": {"message": "model crashed"}})]
    with pytest.raises(SummarizerUnavailableError, match=r"HTTP 500 \('model crashed'\); 3 attempts"):
        nutgraf.summarize(ARTICLE, summarizer="llm", retries=2, **options(llm))
    assert len(llm.requests) == 3


def test_rate_limit_honours_retry_after(llm: FakeLLM) -> None:
    llm.replies = [
        Reply(status=429, headers={"retry-after": "0.2"}, body={}),
        Reply(body=completion(SUMMARY)),
    ]
    nutgraf.summarize(ARTICLE, summarizer="llm", **options(llm))
    assert len(llm.requests) == 2


def test_timeout_is_retried_then_a_clear_error(llm: FakeLLM) -> None:
    llm.replies = [Reply(delay=1.0, body=completion(SUMMARY))]
    with pytest.raises(SummarizerUnavailableError, match="no answer within the timeout; 2 attempts"):
        nutgraf.summarize(ARTICLE, summarizer="llm", **options(llm, timeout=0.2, retries=1))


def test_server_down_is_a_clear_error(llm: FakeLLM) -> None:
    url = llm.url
    llm.close()
    with pytest.raises(SummarizerUnavailableError, match="connection refused"):
        nutgraf.summarize(ARTICLE, summarizer="llm", **options(llm, base_url=url, retries=1))


def test_dropped_connection_is_retried(llm: FakeLLM) -> None:
    llm.replies = [Reply(drop=True), Reply(body=completion(SUMMARY))]
    summary = nutgraf.summarize(ARTICLE, summarizer="llm", **options(llm))
    assert summary.sentences


def test_unauthorised_is_not_retried(llm: FakeLLM) -> None:
    llm.replies = [Reply(status=401, body={"error": {"message": "bad key"}})]
    with pytest.raises(SummarizerUnavailableError, match="NUTGRAF_LLM_API_KEY"):
        nutgraf.summarize(ARTICLE, summarizer="llm", **options(llm))
    assert len(llm.requests) == 1


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("<html>502 Bad Gateway</html>", "did not answer with JSON"),
        ({"result": "a summary"}, "without choices"),
        ({"choices": []}, "without choices"),
        (completion(""), "empty summary"),
        (completion(None), "empty summary"),
        (completion(["not", "text"]), "empty summary"),
    ],
)
def test_malformed_replies_are_clear_errors(llm: FakeLLM, body: Any, message: str) -> None:
    llm.replies = [Reply(body=body)]
    with pytest.raises(SummarizerResponseError, match=message):
        nutgraf.summarize(ARTICLE, summarizer="llm", **options(llm))


def test_malformed_stream_is_a_clear_error(llm: FakeLLM) -> None:
    llm.replies = [Reply(stream=["{not json", "[DONE]"])]
    with pytest.raises(SummarizerResponseError, match="not a chat-completion chunk"):
        list(stream_summary(ARTICLE, **options(llm)))


def test_empty_stream_is_a_clear_error(llm: FakeLLM) -> None:
    llm.replies = [Reply(stream=["[DONE]"])]
    with pytest.raises(SummarizerResponseError, match="no summary text"):
        list(stream_summary(ARTICLE, **options(llm)))


def test_missing_settings_are_clear_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NUTGRAF_LLM_BASE_URL", "OPENAI_BASE_URL", "NUTGRAF_LLM_MODEL"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(SummarizerUnavailableError, match="NUTGRAF_LLM_BASE_URL"):
        nutgraf.summarize(ARTICLE, summarizer="llm", model="m")
    with pytest.raises(SummarizerUnavailableError, match="NUTGRAF_LLM_MODEL"):
        nutgraf.summarize(ARTICLE, summarizer="llm", base_url="http://127.0.0.1:9/v1")


def test_strict_drops_sentences_the_article_does_not_support(llm: FakeLLM) -> None:
    faithful = "Mayor Ana Ruiz said the plan would hire 300 teachers."
    invented = "Governor Tom Baker vetoed the budget on Friday."
    llm.replies = [Reply(body=completion(f"{faithful} {invented}"))]
    loose = nutgraf.summarize(ARTICLE, summarizer="llm", **options(llm))
    assert [s.supported for s in loose.evidence.sentences] == [True, False]
    assert {"governor", "Tom", "Baker", "Friday", "vetoed"} <= set(loose.evidence.sentences[1].unsupported)
    strict = nutgraf.summarize(ARTICLE, summarizer="llm", strict=True, **options(llm))
    assert [s.text for s in strict.sentences] == [faithful]
    assert [s.text for s in strict.evidence.sentences] == [faithful]
