"""Sites: publishers that put nutgraf's "Get a summary" button on their own pages.

``registry`` registers, checks and describes them (hosts, origins, the snippet to paste); ``pages`` reads
a site's page by its address (fetched by nutgraf from the site's own hosts, known afterwards under its
canonical and AMP addresses too). Feeds and sitemaps warm a site through :mod:`nutgraf.feeds`. The
submodules are imported by name: this package imports none of them, so ``feeds`` can use ``pages`` while
``registry`` uses ``feeds``.
"""
