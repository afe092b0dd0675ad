"""``stancemap serve`` and ``stancemap report``: the web face on the command line.

Hooked into :mod:`stancemap.cli` by ``add_parsers``; the web package is imported only when one
of these commands runs, so the rest of the CLI works without the ``web`` extra.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from .errors import ConfigError, InputError, StancemapError
from .settings import Settings

__all__ = ["add_parsers"]


def add_parsers(sub: Any, commands: dict[str, Any], settings_flags: Callable[[argparse.ArgumentParser], None],
                settings_of: Callable[[argparse.Namespace], Settings]) -> None:
    """Add ``serve`` and ``report`` to the ``stancemap`` parser and register their handlers.

    ``settings_flags`` adds the shared settings flags to a parser; ``settings_of`` resolves them
    (both from :mod:`stancemap.cli`, passed in so that this module does not import it back)."""
    _add_settings_flags = settings_flags

    sv = sub.add_parser("serve", help="HTTP JSON API and offline dashboard (read-only over a store)",
                        description="Serve the JSON API (OpenAPI at /openapi.json) and the dashboard at /. "
                                    "The store is opened read-only; nothing is written through the API.")
    sv.add_argument("--db", metavar="FILE", help="stancemap store (DuckDB file, opened read-only); without it "
                    "only /analyse and the API's analyse endpoint work")
    sv.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1, loopback only)")
    sv.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    sv.add_argument("--max-chars", type=int, default=100_000, help="largest article /analyse accepts (characters)")
    sv.add_argument("--rate", type=float, default=10.0, help="analyses per minute per client (default 10)")
    _add_settings_flags(sv)

    rp = sub.add_parser("report", help="one self-contained HTML report (a store or one article)",
                        description="Write one self-contained HTML file (no external requests) with the charts "
                                    "and evidence: of a store (--db) or of one article (a .txt/.html file, or a "
                                    ".json written by 'stancemap analyze -f json').")
    rp.add_argument("input", nargs="?", metavar="ARTICLE", help="article file (.txt, .html, or analysed .json)")
    rp.add_argument("--db", metavar="FILE", help="stancemap store (DuckDB file, opened read-only)")
    rp.add_argument("-o", "--output", required=True, metavar="FILE", help="HTML file to write")
    rp.add_argument("--dyads", type=int, default=12, help="dyad series in a store report (default 12)")
    _add_settings_flags(rp)
    commands["serve"] = lambda args, out: _cmd_serve(args, out, settings_of(args))
    commands["report"] = lambda args, out: _cmd_report(args, out, settings_of)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _cmd_serve(args: argparse.Namespace, out: TextIO, settings: Settings) -> int:
    try:
        from .web.app import WebConfig, create_app, run_server
    except ImportError as err:
        raise ConfigError(f"serving needs the web extra ({err.name} missing): pip install 'stancemap[web]'") from err
    if not _is_loopback(args.host):
        print(f"stancemap: warning: serving on {args.host}, reachable from other machines", file=sys.stderr)
    cfg = WebConfig(max_chars=args.max_chars, per_minute=args.rate, settings=settings)
    if args.db and not Path(args.db).is_file():
        raise InputError("store file not found", source=args.db)
    app = create_app(args.db, config=cfg)
    print(f"stancemap: serving on http://{args.host}:{args.port}/ (Ctrl-C stops)", file=sys.stderr)
    run_server(app, host=args.host, port=args.port)
    return 0


def _load_article(path: str, settings: Settings) -> dict[str, Any]:
    p = Path(path)
    if p.suffix.lower() == ".json":
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except json.JSONDecodeError as err:
            raise InputError(f"not JSON ({err.msg}, line {err.lineno})", source=path) from err
        if isinstance(data, list) and len(data) == 1:
            data = data[0]
        if not isinstance(data, dict) or "text" not in data:
            raise InputError("not one analysed article (expected the output of 'stancemap analyze -f json')",
                             source=path)
        return data
    from .api import analyze_raw
    from .ingest import iter_inputs

    if not p.exists():
        raise InputError("file not found", source=path)
    raws = list(iter_inputs([path], max_bytes=settings.max_bytes, min_english=settings.min_english,
                            check_language=settings.check_language))
    if len(raws) != 1:
        raise InputError(f"holds {len(raws)} articles; a report from a file covers one (use --db for a corpus)",
                         source=path)
    art = next(analyze_raw(raws, settings=settings))
    failure = art.meta.get("error")
    if failure:
        raise InputError(failure.get("message") or "could not be analysed", source=path)
    return art.to_dict()


def _cmd_report(args: argparse.Namespace, out: TextIO,
                settings_of: Callable[[argparse.Namespace], Settings]) -> int:
    if bool(args.input) == bool(args.db):
        raise StancemapError("give either an ARTICLE file or --db FILE", source="report")
    t0 = time.perf_counter()
    if args.db:
        from .web.report import corpus_report

        if not Path(args.db).is_file():
            raise InputError("store file not found", source=args.db)
        html = corpus_report(args.db, max_dyads=args.dyads)
    else:
        from .web.report import article_report

        html = article_report(_load_article(args.input, settings_of(args)))
    Path(args.output).write_text(html, encoding="utf-8")
    size = len(html.encode("utf-8"))
    print(f"stancemap: report written to {args.output} ({size / 1e6:.2f} MB, {time.perf_counter() - t0:.1f} s)",
          file=sys.stderr)
    return 0
