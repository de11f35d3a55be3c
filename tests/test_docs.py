"""The documentation tells the truth about what a reader can check from the outside: the README's module
map names every module there is (and none that is not), every command-line option is described somewhere
in README.md or docs/, and every public name of ``nutgraf`` says what it does."""

from __future__ import annotations

import argparse
import inspect
import re
import shlex
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path

import pytest

import nutgraf
from nutgraf.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "nutgraf"
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def _module_map() -> str:
    """The code block under the README's "How it is built"."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## How it is built", 1)[1]
    return section.split("```", 2)[1]


def _entries(block: str) -> dict[str, str]:
    """Each top-level entry of the module map (``fetch.py``, ``store/``) and the text describing it."""
    entries: dict[str, str] = {}
    name = ""
    for line in block.splitlines()[2:]:  # the language tag's empty line, then "src/nutgraf/"
        first = line[2:].split(" ", 1)[0] if line.startswith("  ") and not line.startswith("   ") else ""
        if first:
            name = first
            entries[name] = line[2 + len(first) :]
        elif name:
            entries[name] += " " + line.strip()
    return entries


def test_the_module_map_names_every_module_and_package() -> None:
    entries = _entries(_module_map())
    missing: list[str] = []
    for path in sorted(PACKAGE.iterdir()):
        if path.name.startswith(("_", ".")) and path.name != "__main__.py":
            continue
        if path.suffix == ".py":
            if path.name not in entries:
                missing.append(path.name)
        elif path.is_dir() and (path / "__init__.py").exists():
            if f"{path.name}/" not in entries:
                missing.append(f"{path.name}/")
                continue
            described = entries[f"{path.name}/"]
            for inner in sorted(path.iterdir()):
                if inner.name.startswith("_") or inner.suffix not in (".py", ""):
                    continue
                if inner.is_dir() and not any(inner.glob("*.py")):
                    continue  # templates/, static/: described as files, not modules
                if not re.search(rf"\b{re.escape(inner.stem)}\b", described):
                    missing.append(f"{path.name}/{inner.name}")
    assert not missing, f"README's 'How it is built' does not name {missing}"


def test_the_module_map_names_nothing_that_does_not_exist() -> None:
    listing = _module_map().split("src/nutgraf/", 1)[1]
    named = re.findall(r"(?<![\w./])([a-z_]+(?:\.py|/))", listing)
    absent = [name for name in named if not any(PACKAGE.rglob(name.rstrip("/")))]
    assert not absent, f"README's 'How it is built' names {absent}, which src/nutgraf does not hold"


def _options(parser: argparse.ArgumentParser, command: str = "nutgraf") -> dict[str, set[str]]:
    """Each command (``nutgraf feeds add``) and the long options it takes, subcommands followed."""
    found: dict[str, set[str]] = {command: set()}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.update(_options(sub, f"{command} {name}"))
        else:
            found[command] |= {o for o in action.option_strings if o.startswith("--") and o != "--help"}
    return found


def test_every_command_and_option_is_documented() -> None:
    """Each command is named in a page (``nutgraf eval``; a nested one as ``sites flags``), and each of its
    options appears in a page that names it."""
    pages = [path.read_text(encoding="utf-8") for path in DOCS]
    undocumented: list[str] = []
    for command, options in _options(build_parser()).items():
        words = command.split()
        name = " ".join(words[-2:]) if len(words) > 2 else command
        naming = [page for page in pages if name in page]
        if not naming:
            undocumented.append(command)
        undocumented += [
            f"{command} {o}" for o in sorted(options) if naming and not any(o in p for p in naming)
        ]
    assert not undocumented, f"not in README.md or docs/*.md: {undocumented}"


#: A command line the docs show: what follows ``nutgraf`` where a line, a code span, a path to the script or
#: ``python -m`` starts it (not a bench's ``--system nutgraf``), up to the end of its line or code span.
_COMMAND_LINE = re.compile(r"(?:^[ \t]*+|`|/bin/|-m )nutgraf ([^`\n|]++)", re.MULTILINE)
#: A long option on such a line.
_LONG_OPTION = re.compile(r"(?<![\w-])--[a-z][a-z-]*+")


def test_every_option_shown_with_a_command_is_one_it_takes() -> None:
    # The test above checks that every option is documented; nothing checked the other way, that an
    # option the docs show beside a command is one it takes: a flag renamed or removed would have stayed
    # in a copied command line, refused by the parser.
    commands = _options(build_parser())
    wrong = []
    for path in DOCS:
        # A shell line continued with a backslash is one command.
        for line in _COMMAND_LINE.findall(path.read_text(encoding="utf-8").replace("\\\n", " ")):
            command = "nutgraf"
            for word in line.split():  # the command its words name, nested ones too: nutgraf sites update
                if f"{command} {word}" not in commands:
                    break
                command = f"{command} {word}"
            if command == "nutgraf" and not line.startswith("--"):  # prose: "nutgraf fetches each page"
                continue
            wrong += [
                f"{path.name}: {command} {option}"
                for option in _LONG_OPTION.findall(line)
                if option not in commands[command] | {"--help"}
            ]
    assert not wrong, wrong


def _undocumented_members(cls: type) -> list[str]:
    names = []
    for name, member in vars(cls).items():
        if name.startswith("_"):
            continue
        if isinstance(member, property):
            member = member.fget
        elif isinstance(member, cached_property):
            member = member.func
        elif isinstance(member, (classmethod, staticmethod)):
            member = member.__func__
        if inspect.isfunction(member) and not member.__doc__:
            names.append(f"{cls.__name__}.{name}")
    return names


def test_the_public_api_has_docstrings() -> None:
    undocumented: list[str] = []
    for name in nutgraf.__all__:
        public = getattr(nutgraf, name)
        if not (inspect.isclass(public) or inspect.isfunction(public)):
            continue  # __version__
        if not public.__doc__:
            undocumented.append(name)
        if inspect.isclass(public):
            undocumented += _undocumented_members(public)
    assert not undocumented, f"public names without a docstring: {undocumented}"


def test_the_public_functions_say_what_they_return_and_raise() -> None:
    """Each function of ``nutgraf.__all__`` has the "Returns:" and "Raises:" sections a caller reads."""
    missing = [
        f"{name} ({section})"
        for name in nutgraf.__all__
        if inspect.isfunction(public := getattr(nutgraf, name))
        for section in ("Returns:", "Raises:")
        if section not in (public.__doc__ or "")
    ]
    assert not missing, f"public functions whose docstring lacks a section: {missing}"


def test_the_readme_names_every_public_name() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    unnamed = [
        name for name in nutgraf.__all__ if f"`{name}`" not in readme and f"nutgraf.{name}" not in readme
    ]
    assert not unnamed, f"nutgraf.__all__ names the README does not: {unnamed}"


def _read_variables() -> set[str]:
    """The ``NUTGRAF_*`` variables nutgraf's code names."""
    return {
        name
        for path in PACKAGE.rglob("*.py")
        for name in re.findall(r"\bNUTGRAF_[A-Z_]*[A-Z]\b", path.read_text(encoding="utf-8"))
    }


#: Variables nutgraf sets for itself (``serve --workers N`` hands its settings and its process id to its
#: processes).
_INTERNAL_VARIABLES = {"NUTGRAF_SERVE_SETTINGS", "NUTGRAF_SERVE_PARENT"}


def test_every_environment_variable_is_documented_and_exists() -> None:
    read = _read_variables()
    documented = {
        name
        for path in DOCS
        for name in re.findall(r"\bNUTGRAF_[A-Z_]*[A-Z]\b", path.read_text(encoding="utf-8"))
    }
    tests_read = {"NUTGRAF_TEST_POSTGRES"}
    assert sorted(read - documented - _INTERNAL_VARIABLES) == [], "read by nutgraf, not documented"
    assert sorted(documented - read - tests_read) == [], "documented, read by nothing"


def _refused_past_a_year(variable: str, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Whether ``variable`` set to a year and a second is refused for it: by the service's settings, or by
    the ``llm`` engine, which reads its own when made."""
    from nutgraf.engines.llm import LLMSummarizer
    from nutgraf.environment import MOST_SECONDS
    from nutgraf.errors import NutgrafError
    from nutgraf.settings import Settings

    monkeypatch.setenv(variable, str(MOST_SECONDS + 1))
    try:
        Settings.from_env()
        LLMSummarizer("model", base_url="http://127.0.0.1:9/v1")
    except NutgrafError as error:
        return variable in str(error) and "(a year)" in str(error)
    finally:
        monkeypatch.delenv(variable)
    return False


def _settings_tables(text: str) -> Iterator[tuple[str, str]]:
    """Each table of settings (a column of variables) of a Markdown document, and the paragraph right after
    it."""
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        if not lines[index].startswith("|"):
            index += 1
            continue
        start = index
        while index < len(lines) and lines[index].startswith("|"):
            index += 1
        table = "\n".join(lines[start:index])
        while index < len(lines) and not lines[index].strip():
            index += 1
        after = index
        while index < len(lines) and lines[index].strip() and not lines[index].startswith(("|", "#")):
            index += 1
        if table.split("|", 2)[1].strip() == "Variable":
            yield table, " ".join(lines[after:index])


def test_every_table_of_settings_capped_at_a_year_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    # Seconds settings past a year are refused at start, and no table of settings said so: a reader who set
    # NUTGRAF_LEASE_SECONDS to ten years learnt the bound from the refusal.
    from nutgraf.environment import MOST_SECONDS

    for variable in _read_variables() - _INTERNAL_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    capped = {name for name in _read_variables() if _refused_past_a_year(name, monkeypatch)}
    assert {"NUTGRAF_LEASE_SECONDS", "NUTGRAF_LLM_TOTAL_TIMEOUT"} <= capped
    bound = f"at most a year ({MOST_SECONDS:,} s)"
    silent = [
        f"{path.name}: {', '.join(sorted(named))}"
        for path in DOCS
        for table, after in _settings_tables(path.read_text(encoding="utf-8"))
        if (named := {name for name in capped if f"`{name}`" in table}) and bound not in after
    ]
    assert not silent, f"tables of settings capped at a year without a note after them saying {bound!r}"


def _values_in_use() -> dict[str, object]:
    """What the code reads from the environment now, by where it is kept: the service's settings, the
    ``llm`` engine's (read when it is made) and the SQLite store's wait."""
    from dataclasses import asdict

    from nutgraf.engines.llm import LLMSummarizer
    from nutgraf.settings import Settings
    from nutgraf.store.database import sqlite_busy_seconds

    engine = LLMSummarizer("model", base_url="http://127.0.0.1:9/v1")
    return {
        **{f"Settings.{name}": value for name, value in asdict(Settings.from_env()).items()},
        **{f"llm.{name}": getattr(engine, name) for name in ("timeout", "total_timeout", "retries")},
        "sqlite_busy_seconds": sqlite_busy_seconds(),
    }


def _changed_by(variable: str, before: dict[str, object], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Which of :func:`_values_in_use` ``variable`` sets: those that change when it is set to 7, or to 0
    where 7 is refused (a yes-or-no variable)."""
    from nutgraf.errors import NutgrafError

    for value in ("7", "0"):
        monkeypatch.setenv(variable, value)
        try:
            after = _values_in_use()
        except NutgrafError:
            continue
        finally:
            monkeypatch.delenv(variable)
        return [name for name in before if after[name] != before[name]]
    return []


#: A table of settings' row: its variables in the first cell, their defaults in the second.
_SETTINGS_ROW = re.compile(r"^\| ((?:`NUTGRAF_\w++`(?:, )?)++) \| ([^|]*+)\|", re.MULTILINE)
#: A default a row gives as a number (1 for a yes-or-no variable's yes): 300, 5000000, 1,000.
_NUMBER = re.compile(r"\d[\d,]*+(?:\.\d++)?")


def test_every_default_in_a_table_of_settings_is_the_code_s(monkeypatch: pytest.MonkeyPatch) -> None:
    # The tables of settings in deploy.md, reader.md and embed.md give each variable's default by hand,
    # and nothing compared them with the code's: a reader tuning one from the table starts from the wrong
    # value if the code's default moved. Each variable documented with a number is set to another value,
    # and the value it changed must be the documented number before it.
    for variable in _read_variables() - _INTERNAL_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    before = _values_in_use()
    documented = [
        (path.name, variable, default)
        for path in DOCS
        for table, _ in _settings_tables(path.read_text(encoding="utf-8"))
        for names, defaults in _SETTINGS_ROW.findall(table)
        for variable, default in zip(
            re.findall(r"NUTGRAF_\w++", names), defaults.strip().split(", "), strict=False
        )
        if _NUMBER.fullmatch(default)
    ]
    assert len(documented) >= 20, documented
    wrong = []
    for place, variable, default in documented:
        changed = _changed_by(variable, before, monkeypatch)
        assert changed, f"{place}: {variable} changed nothing the code reads"
        number = float(default.replace(",", ""))
        if any(before[name] != number for name in changed):
            wrong.append(
                f"{place}: {variable} is documented {default}, the code's is {[before[n] for n in changed]}"
            )
    assert not wrong, wrong


#: A Markdown link (``[text](target)``), an HTML anchor (``<a id="name">``), a heading and a fenced code block.
_LINK = re.compile(r"\]\(([^)\s]++)\)")
_ANCHOR = re.compile(r'<a id="([^"]++)"')
_HEADING = re.compile(r"^#++ (.++)$", re.MULTILINE)
_FENCED = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)


def _anchors(text: str) -> set[str]:
    """The fragments a Markdown page answers to, as GitHub makes them: each heading lower-cased, its
    punctuation left out and its spaces made hyphens (``-1``, ``-2`` after a repeat), and the ``<a id>``s."""
    found: set[str] = set(_ANCHOR.findall(text))
    seen: dict[str, int] = {}
    for heading in _HEADING.findall(_FENCED.sub("", text)):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        found.add(f"{slug}-{seen[slug]}" if slug in seen else slug)
        seen[slug] = seen.get(slug, 0) + 1
    return found


def test_every_link_between_the_docs_finds_its_file_and_heading() -> None:
    # The README and docs/ link each other by heading (docs/summarizers.md#length-form-language-and-filters,
    # deploy.md#rate-limits-across-replicas): a heading reworded, or a file renamed, leaves a link that
    # opens the page at its top, or at GitHub's 404, with nothing to tell the writer.
    anchors = {path: _anchors(path.read_text(encoding="utf-8")) for path in DOCS}
    broken = []
    for path in DOCS:
        for target in _LINK.findall(path.read_text(encoding="utf-8")):
            if re.match(r"[a-z]++:", target):  # https:, mailto:
                continue
            file, _, fragment = target.partition("#")
            linked = (path.parent / file).resolve() if file else path
            if not linked.exists():
                broken.append(f"{path.name}: {target} (no such file)")
            elif fragment and linked in anchors and fragment not in anchors[linked]:
                broken.append(f"{path.name}: {target} (no such heading)")
    assert not broken, broken


#: The schema revision a /healthz answer shown in the docs reports.
_HEALTH_SCHEMA = re.compile(r'"schema": "(\d++)"')


def test_every_health_answer_shown_reports_this_code_s_schema() -> None:
    # deploy.md showed "0003" four migrations after the schema had moved on; a reader comparing it with
    # their server's answer took theirs for out of date.
    from nutgraf.store.database import _newest_revisions

    shown = {(path.name, found) for path in DOCS for found in _HEALTH_SCHEMA.findall(path.read_text("utf-8"))}
    assert shown, "no /healthz answer shown: the pattern no longer finds them"
    assert {found for _, found in shown} == _newest_revisions(), sorted(shown)


#: A request in the docs' code spans: a method, then a path with its query.
_REQUEST = re.compile(r"`(?:GET|POST|PATCH|DELETE) (/[^`\s?]*+\?[^`\s]++)`")


def test_every_request_shown_with_a_query_can_be_sent_as_written() -> None:
    # The API refuses an empty value (`length=`: "length must be one of short, medium, long, not ''"),
    # and the summary endpoints had been shown with a row of them, as a 422 to whoever copied one.
    unsendable = [
        f"{path.name}: {request}"
        for path in DOCS
        for request in _REQUEST.findall(path.read_text(encoding="utf-8"))
        if any(
            equals and not value
            for _, equals, value in (p.partition("=") for p in request.split("?")[1].split("&"))
        )
    ]
    assert not unsendable, unsendable


def test_the_count_of_bench_extraction_pages_is_the_set_s() -> None:
    # Each round of pages added to bench/extraction_pages had left one of the three places that count
    # them behind (docs/extraction.md said 96 and the README 82 of 111).
    pages = (ROOT / "bench" / "extraction_pages" / "html").glob("*.html")
    told = {
        "bench/extraction_pages/README.md": r"\A# extraction_pages\s+(\d+) article pages",
        "docs/extraction.md": r"`bench/extraction_pages` is (\d+) pages",
        "README.md": r"--data bench/extraction_pages [^|]*\| (\d+) pages",
    }
    counts = {
        path: int(re.search(pattern, (ROOT / path).read_text(encoding="utf-8")).group(1))
        for path, pattern in told.items()
    }
    assert counts == dict.fromkeys(told, len(list(pages)))


def test_the_readme_s_sites_add_prints_the_snippet_it_shows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The README showed a third line, an HTML comment of options, as part of what `sites add` prints; it
    # prints two, so a publisher pasting what the README promised could not find it in the output.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## On a publisher's own pages", 1)[1]
    command = re.search(r"```sh\n(nutgraf sites add [^\n]+)\n```", section).group(1)
    shown = section.split("```html\n", 1)[1].split("```", 1)[0]
    from nutgraf.cli import main

    arguments = shlex.split(command)[1:]
    # The README's example feed is on news.example, which is no site: it is not fetched to be checked.
    store = ["--database", f"sqlite:///{tmp_path}/store.db", "--no-check"]
    assert main([*arguments[:2], *store, *arguments[2:]]) == 0
    printed = capsys.readouterr().out
    assert shown.strip() in printed, (shown, printed)


def test_every_option_and_argument_says_what_it_is_in_its_help() -> None:
    # `--format` of summarize, extract and check, and the ids and addresses of feeds and sites, showed
    # in `--help` as a bare name: what json or markdown prints, or which id, was left to the docs.
    def bare(parser: argparse.ArgumentParser, command: str) -> Iterator[str]:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    yield from bare(child, f"{command} {name}")
            elif not action.help and action.dest != "help":
                yield f"{command} {'/'.join(action.option_strings) or action.dest}"

    assert not list(bare(build_parser(), "nutgraf"))


#: An ini code block of the docs (a systemd unit where it holds ``[Service]``).
_INI_BLOCK = re.compile(r"```ini\n(.*?)```", re.DOTALL)
#: A comment after a value on a unit's line, which systemd reads as part of the value.
_TRAILING_COMMENT = re.compile(r"=.*?\s[#;]")


def test_every_systemd_unit_shown_can_be_used_as_written() -> None:
    # systemd takes a comment only on a line of its own: deploy.md's unit had `TimeoutStopSec=40   # ...`,
    # which systemd ignores ("Failed to parse time value"), and an EnvironmentFile= whose path ran on into
    # the comment, a file that does not exist, so the unit did not start.
    units = [
        block
        for path in DOCS
        for block in _INI_BLOCK.findall(path.read_text(encoding="utf-8"))
        if "[Service]" in block
    ]
    assert units
    commented = [line for block in units for line in block.splitlines() if _TRAILING_COMMENT.search(line)]
    assert not commented, commented


#: An nginx configuration of the docs, and a ``location`` block in one (none there nests another).
_NGINX_BLOCK = re.compile(r"```nginx\n(.*?)```", re.DOTALL)
_NGINX_LOCATION = re.compile(r"location [^{]*+\{[^}]*+\}")


def test_every_nginx_location_shown_passes_the_host_on() -> None:
    # nginx gives a location that sets any proxy_set_header none of another's: deploy.md's stream location
    # sent `Host: nutgraf` (the upstream's name), which a reader with NUTGRAF_ALLOWED_HOSTS refuses (400).
    configs = [config for path in DOCS for config in _NGINX_BLOCK.findall(path.read_text(encoding="utf-8"))]
    locations = [block for config in configs for block in _NGINX_LOCATION.findall(config)]
    assert len(locations) >= 2
    hostless = [block.splitlines()[0] for block in locations if "proxy_set_header Host $host;" not in block]
    assert not hostless, hostless
