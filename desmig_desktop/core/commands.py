"""What every area's command-line commands share: exit codes, JSON output, opening the village file, and
`Commands`, through which an area adds its subcommands to `desmig` (the parser itself lives in `cli/`).

Exit codes (a public interface): 0 success, 2 usage error, 3 invalid input with nothing written.
"""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable

EXIT_OK, EXIT_USAGE, EXIT_INVALID = 0, 2, 3

Command = Callable[[argparse.Namespace], int]


def parse_day(text: str | None) -> date | None:
    """An `--as-of` day: `31/12/2017` or `2017-12-31` (None when not given); otherwise a ValidationError whose
    message names --as-of and the two ways to write it."""
    if not text:
        return None
    for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    from desmig_desktop.core.errors import Issue, ValidationError
    from desmig_desktop.core.i18n import _

    raise ValidationError([Issue("as_of", _(
        "--as-of: tanggal \"{text}\" tidak dikenal; tulis DD/MM/YYYY atau YYYY-MM-DD, mis. 31/12/2017.").format(
        text=text))])


def json_default(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=json_default))


def open_context(args: argparse.Namespace, create: bool = False) -> Any:
    """The service context on `--db` (or the user's village file), with `--officer` for the audit trail.

    Only `init` and `demo` may `create` the file: for every other command a missing file is an error (exit 3,
    nothing created), so a mistyped path never reads as an empty village. A read-only file opens for reading."""
    from desmig_desktop.core.config import load_settings
    from desmig_desktop.core.context import ServiceContext
    from desmig_desktop.core.paths import default_db_path

    officer = args.officer or load_settings().officer_name
    ctx = ServiceContext.open(Path(args.db) if args.db else default_db_path(), officer=officer, create=create)
    _opened.append(ctx)
    return ctx


_opened: list[Any] = []


def close_contexts() -> None:
    """Close the files the command opened (SQLite folds its write-ahead log back into the file)."""
    while _opened:
        _opened.pop().close()


class Commands:
    """The subcommand tree of `desmig`: `group("persons", …)` once, then `add(group, "list", func, …)`."""

    def __init__(self, sub: Any, common: argparse.ArgumentParser, parser_class: type[argparse.ArgumentParser]):
        self._sub = sub
        self._common = common
        self._parser_class = parser_class
        self._groups: dict[str, Any] = {}

    def group(self, name: str, help_text: str) -> Any:
        """The subparsers of `desmig NAME …`, made on first use (two areas may add to one group)."""
        if name not in self._groups:
            parser = self._sub.add_parser(name, help=help_text, parents=[self._common])
            self._groups[name] = parser.add_subparsers(dest="sub", required=True, parser_class=self._parser_class)
        return self._groups[name]

    def add(self, parent: Any, name: str, func: Command, help_text: str) -> argparse.ArgumentParser:
        """A command `name` under `parent` (a group, or None for a top-level command)."""
        sp = (parent or self._sub).add_parser(name, help=help_text, parents=[self._common])
        sp.set_defaults(func=func)
        return sp
