"""The commands of the service over the store: ``serve``, ``worker``, ``feeds`` and ``sites``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import replace
from math import ceil
from typing import TYPE_CHECKING

from nutgraf.cli.render import _say_empty
from nutgraf.errors import InvalidInputError
from nutgraf.wording import counted, shown

if TYPE_CHECKING:
    from nutgraf.feeds import FeedCheck, SourcesCheck
    from nutgraf.settings import Settings
    from nutgraf.store import Store, StoredFeed


def _cmd_serve(args: argparse.Namespace) -> int:
    from nutgraf.web import Settings, serve

    settings = Settings.from_env(database_url=args.database, background=False if args.no_background else None)
    settings = replace(settings, allowed_hosts=(*settings.allowed_hosts, *args.allowed_host))
    serve(settings, host=args.host, port=args.port, workers=args.workers)
    return 0


def _cmd_worker(args: argparse.Namespace) -> int:
    from nutgraf.settings import Settings
    from nutgraf.worker import run_worker

    run_worker(Settings.from_env(database_url=args.database))
    return 0


def _cmd_feeds(args: argparse.Namespace) -> int:
    from nutgraf.feeds import lease_kind, poll_feed, subscribe, unsubscribe
    from nutgraf.settings import Settings
    from nutgraf.store.database import utc_now
    from nutgraf.worker import store_for

    settings = Settings.from_env(database_url=args.database, check_engines=False)
    if args.action != "add" and _without_database(settings, "feeds", args):
        return 0
    # A poll's claim lasts NUTGRAF_LEASE_SECONDS, as a worker's does, and as the skipped feed's line says.
    store = store_for(settings)
    try:
        if args.action == "add":
            found = None if args.no_check else _checked_feed(args.url, settings, store)
            # The channel's title from the check, so that `feeds list` names the feed before its first
            # poll (it had shown none until then); one given with --title is taken over it.
            feed, created = subscribe(
                store,
                args.url,
                title=args.title or (found.title if found else None),
                interval_minutes=args.interval,
                fetch_settings=settings.fetch_settings(),
            )
            print(f"{'added' if created else 'already subscribed:'} feed {feed.id} {feed.url}")
            if found and created:
                print(f"it is {found}")
            if not created and feed.interval_s != args.interval * 60:
                # The interval asked for is not taken silently for the one the feed has.
                print(
                    f"it is polled every {counted(feed.interval_s // 60, 'minute')}, not {args.interval}; remove it"
                    f" (nutgraf feeds remove {feed.id}) and add it again to change that"
                )
            if not created and args.title and args.title.strip() and args.title.strip() != feed.title:
                # Nor the title: "already subscribed" alone left the feed listed under its old name.
                kept = f'"{shown(feed.title, 80)}"' if feed.title else "its channel's"
                print(
                    f"its title stays {kept}; remove it (nutgraf feeds remove {feed.id}) and add it again with"
                    " --title to change that"
                )
        elif args.action == "list":
            listed = store.list_feeds()
            if args.json:
                print(json.dumps([f.to_dict() for f in listed], indent=2))
            elif not listed:
                _say_empty("no feeds yet; add one with: nutgraf feeds add URL")
            for f in [] if args.json else listed:
                print(
                    f"{f.id}\t{f.url}\t{f.title or ''}\t{_poll_state(f)}\tnext {f.next_poll_at:%Y-%m-%d %H:%M} UTC"
                )
        elif args.action == "remove":
            site_removal = "`nutgraf sites update {site} --remove-{kind} {url}`"
            if not unsubscribe(store, args.id, site_removal=site_removal):
                raise InvalidInputError(f"no feed with id {args.id}; `nutgraf feeds list` shows them")
            print(f"removed feed {args.id}")
        else:
            chosen = [store.get_feed(i) for i in args.ids] if args.ids else store.list_feeds()
            missing = [i for i, f in zip(args.ids, chosen, strict=False) if f is None]
            if missing:
                raise InvalidInputError(f"no feed with id {missing[0]}; `nutgraf feeds list` shows them")
            failed = False
            for feed in filter(None, chosen):
                # Claimed as a worker claims it, so that a feed a worker is polling is not polled twice.
                kind = lease_kind(store, feed.id)
                lease = store.claim(kind, feed.id)
                if lease is None:
                    # A poll killed mid-way (kill -9, a lost host) holds its claim until it lapses: said,
                    # since "another process is polling it now" alone had sent the user looking for one.
                    # The claim's own time, not this process's NUTGRAF_LEASE_SECONDS: a worker's unit may
                    # set another than the shell that runs this.
                    lapses_at = store.claim_lapses_at(kind, feed.id)
                    left = 0 if lapses_at is None else max(0, ceil((lapses_at - utc_now()).total_seconds()))
                    print(
                        f"feed {feed.id} {feed.url}: another process is polling it now, or one stopped"
                        f" without letting it go, whose claim lapses within {left} s; skipped: poll it"
                        " again then"
                    )
                    continue
                try:
                    with store.fenced(lease):
                        result = poll_feed(
                            store,
                            feed,
                            fetch_settings=settings.fetch_settings(),
                            summarizer=settings.summarizer,
                        )
                finally:
                    store.release(lease)
                failed |= result.status == "failed"
                if result.status == "failed":
                    print(f"feed {feed.id} {feed.url}: failed: {result.error}")
                    continue
                print(
                    f"feed {feed.id} {feed.url}: {result.status.replace('_', ' ')}, "
                    f"{counted(len(result.new_articles), 'new article')}, {counted(len(result.failed_items), 'item')} failed"
                )
                _print_failed_items(result.failed_items)
            return 1 if failed else 0
    finally:
        store.close()
    return 0


def _checked_feed(url: str, settings: Settings, store: Store, kind: str = "feed") -> FeedCheck | None:
    """:func:`nutgraf.feeds.check_new_feed` with the way to add a feed that is not up yet on the command
    line."""
    from nutgraf.feeds import check_new_feed

    return check_new_feed(
        store, url, skip_check="give --no-check", kind=kind, fetch_settings=settings.fetch_settings()
    )


def _sources_check(
    args: argparse.Namespace, store: Store, settings: Settings, found: list[str]
) -> SourcesCheck | None:
    """The check of a site's new feeds and sitemaps, as `feeds add` checks a feed (none with --no-check,
    nor for one already subscribed), that puts in ``found`` what each holds, a line each."""
    from nutgraf.feeds import check_new_sources

    if args.no_check:
        return None

    def check(feeds: list[str], sitemaps: list[str]) -> list[tuple[str, str, FeedCheck]]:
        checked = check_new_sources(
            store, feeds, sitemaps, skip_check="give --no-check", fetch_settings=settings.fetch_settings()
        )
        found.extend(f"  {kind} {url}: {what}" for kind, url, what in checked)
        return checked

    return check


#: The failed items a poll lists under its feed; the rest are counted.
FAILED_ITEMS_SHOWN = 10


def _print_failed_items(failed_items: dict[str, str]) -> None:
    """Each failed item of a poll with why, under its feed's line: the count alone told neither which nor
    why, and nothing else does. An item is named by its key (its link, else its id) unless the reason
    already names it ("https://.../gone answered HTTP 404")."""
    for key, message in list(failed_items.items())[:FAILED_ITEMS_SHOWN]:
        print(f"  {message}" if key in message else f"  {key}: {message}")
    if len(failed_items) > FAILED_ITEMS_SHOWN:
        print(f"  and {counted(len(failed_items) - FAILED_ITEMS_SHOWN, 'more item')}")


def _without_database(settings: Settings, things: str, args: argparse.Namespace) -> bool:
    """Whether the SQLite database of ``settings`` does not exist, said for ``nutgraf THINGS ACTION``:
    an empty list for ``list``, an error for the other actions. Opening it to list had made the file and
    its folders (``--database sqlite:///mistyped/x.db``), which only ``add`` is to do."""
    from nutgraf.store.database import missing_sqlite_file

    path = missing_sqlite_file(settings.database_url)
    if path is None:
        return False
    if args.action != "list":
        raise InvalidInputError(
            f"there is no database at {path} (no {things} were added to it); `nutgraf {things} add URL` creates it"
        )
    if args.json:
        print("[]")
    else:
        _say_empty(f"no {things}: there is no database at {path} yet; `nutgraf {things} add URL` creates it")
    return True


#: Where ``nutgraf sites add`` says the widget is served when neither --public-url nor NUTGRAF_PUBLIC_URL
#: says (``nutgraf serve``'s default address).
LOCAL_URL = "http://127.0.0.1:8000"


def _cmd_sites(args: argparse.Namespace) -> int:
    from nutgraf.settings import Settings
    from nutgraf.store import Store

    settings = Settings.from_env(database_url=args.database, check_engines=False)
    if args.action != "add" and _without_database(settings, "sites", args):
        return 0
    store = Store.open(settings.database_url)
    try:
        if args.action == "add":
            _add_site(store, args, settings)
        elif args.action == "list":
            _list_sites(store, args.json)
        elif args.action == "remove":
            if not store.remove_site(args.id):
                raise InvalidInputError(f"no site with id {args.id!r}; `nutgraf sites list` shows them")
            print(f"removed site {args.id} (its feeds and sitemaps too; its articles stay)")
        elif args.action == "update":
            _update_site(store, args, settings)
        elif args.action in ("enable", "disable"):
            if store.update_site(args.id, enabled=args.action == "enable") is None:
                raise InvalidInputError(f"no site with id {args.id!r}; `nutgraf sites list` shows them")
            print(f"site {args.id}: the button is switched {'on' if args.action == 'enable' else 'off'}")
        else:
            if store.get_site(args.id) is None:
                raise InvalidInputError(f"no site with id {args.id!r}; `nutgraf sites list` shows them")
            flags = store.list_flags(args.id, limit=args.limit)
            if args.json:
                print(json.dumps([flag.to_dict() for flag in flags], ensure_ascii=False, indent=2))
            elif not flags:
                _say_empty(f"no problems flagged on site {args.id}'s pages yet")
            for flag in [] if args.json else flags:
                note = " ".join((flag.note or "").split())
                print(
                    f"{flag.created_at:%Y-%m-%d %H:%M}\t{flag.reason}\t{flag.summarizer}\t{flag.url}\t{note}"
                )
    finally:
        store.close()
    return 0


def _add_site(store: Store, args: argparse.Namespace, settings: Settings) -> None:
    from nutgraf.sites.registry import register_site, snippet

    found: list[str] = []
    site = register_site(
        store,
        args.url,
        site_id=args.id,
        origins=args.origin or (),
        feeds=args.feed or (),
        sitemaps=args.sitemap or (),
        www=args.www,
        summarizer=args.summarizer or settings.summarizer,
        sentences=args.sentences,
        fetch_settings=settings.fetch_settings(),
        check=_sources_check(args, store, settings, found),
    )
    base = (args.public_url or settings.public_url or LOCAL_URL).rstrip("/")
    print(f"added site {site.id}: pages on {', '.join(site.hosts)}, embedded by {', '.join(site.origins)}")
    for line in found:
        print(line)
    print(f"\nPaste this where the button belongs on your article pages:\n\n{snippet(base, site.id)}\n")
    print(f"Install page (snippet, preview, flags): {base}/sites/{site.id}")
    if not (args.public_url or settings.public_url):
        print(f"({base} is where `nutgraf serve` listens by default; give --public-url for your address)")
    elif _blocked_as_mixed_content(base, site.origins):
        print(
            f"nutgraf: note: browsers refuse {base}/embed.js on https pages (mixed content), and the site's "
            "pages are all https; give --public-url https://... (the address of nutgraf behind TLS)",
            file=sys.stderr,
        )


def _update_site(store: Store, args: argparse.Namespace, settings: Settings) -> None:
    """``sites update``: what ``PATCH /api/sites/{id}`` changes. Without it a publisher who added a site
    and then wanted a second origin (or another summarizer, or another feed) had to remove it, and its
    flags with it, and add it again, or run a server with a token to reach the API."""
    from nutgraf.sites.registry import change_site

    sources = (args.add_feed, args.remove_feed, args.add_sitemap, args.remove_sitemap)
    origins = (args.origin, args.add_origin, args.remove_origin)
    if not (any(origins) or args.summarizer is not None or args.sentences is not None or any(sources)):
        raise InvalidInputError(
            "nothing to change: give --origin, --add-origin, --remove-origin, --summarizer, --sentences,"
            " or --add-feed, --remove-feed, --add-sitemap, --remove-sitemap (the origins, feeds and"
            " sitemaps each repeatable); `nutgraf sites disable ID` switches the button off"
        )
    no_site = f"no site with id {args.id!r}; `nutgraf sites list` shows them"
    if store.get_site(args.id) is None:  # before its feeds are fetched, which may take seconds
        raise InvalidInputError(no_site)
    found: list[str] = []
    site = change_site(
        store,
        args.id,
        origins=args.origin or None,
        add_origins=args.add_origin or (),
        remove_origins=args.remove_origin or (),
        summarizer=args.summarizer,
        sentences=args.sentences,
        add_feeds=args.add_feed or (),
        remove_feeds=args.remove_feed or (),
        add_sitemaps=args.add_sitemap or (),
        remove_sitemaps=args.remove_sitemap or (),
        fetch_settings=settings.fetch_settings(),
        check=_sources_check(args, store, settings, found),
    )
    if site is None:  # removed meanwhile
        raise InvalidInputError(no_site)
    print(
        f"site {site.id}: embedded by {', '.join(site.origins)}; {site.sentences} sentences, summarizer"
        f" {site.summarizer}"
    )
    for line in found:
        print(line)
    if any(sources):
        warmed = [f"{source.kind} {source.feed.url}" for source in store.site_sources(site.id)]
        print(f"  warms from {', '.join(warmed) or 'no feed or sitemap'}")
    if args.add_feed or args.add_sitemap:
        print("  (new ones are polled at the next look of `nutgraf serve` or `nutgraf worker`)")


#: Hosts an https page may load a script from over plain http: the browser's own machine.
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def _blocked_as_mixed_content(base: str, origins: Sequence[str]) -> bool:
    """Whether the snippet's script at ``base`` is one no page of ``origins`` may load: http from a host
    not the browser's own, on pages all https."""
    from urllib.parse import urlsplit

    parts = urlsplit(base)
    plain = parts.scheme == "http" and parts.hostname not in LOOPBACK_HOSTS
    return plain and all(origin.startswith("https:") for origin in origins)


def _list_sites(store: Store, as_json: bool) -> None:
    sites = store.list_sites()
    if as_json:
        listed = [{**s.to_dict(), "sources": [x.to_dict() for x in store.site_sources(s.id)]} for s in sites]
        print(json.dumps(listed, indent=2))
        return
    if not sites:
        _say_empty("no sites yet; add one with: nutgraf sites add URL")
    for site in sites:
        state = "on" if site.enabled else "off"
        print(
            f"{site.id}\t{state}\t{','.join(site.hosts)}\t{','.join(site.origins)}\t{counted(store.count_flags(site.id), 'flag')}"
        )
        for source in store.site_sources(site.id):
            skipped = f", {source.skipped} skipped outside the hosts" if source.skipped else ""
            # Its title where the store has one (the check keeps the channel's): a site's section feeds
            # had been told apart by their addresses alone.
            # A title's line breaks and tabs (a channel title wrapped in the feed's XML) as spaces: shown()
            # writes a title holding them as a Python repr, quotes inside quotes.
            title = " ".join((source.feed.title or "").split())
            title = f'"{shown(title, 80)}" ' if title else ""
            print(f"  {source.kind} {title}{source.feed.url}: {_poll_state(source.feed)}{skipped}")


def _poll_state(feed: StoredFeed) -> str:
    """How a feed's (or sitemap's) last poll went; a failing one says why, so that its subscriber can fix
    the address or drop it."""
    failures = f" ({counted(feed.failures, 'failure')})" if feed.failures else ""
    error = f": {feed.last_error}" if feed.last_error else ""
    return f"{feed.last_status or 'never polled'}{failures}{error}"
