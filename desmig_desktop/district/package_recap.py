"""The package's `recap.csv`: a period's recap as long-format facts, codes and data only, never words.

One fact = {village_code, period, indicator, category, sex, value}:
- the registry's counts: `registry.by_status|by_country|by_sector|by_route|flows` (category = the row's key: a
  status/sector/route/flow code, a country as recorded, "" for a field left empty), `registry.registered`,
  `registry.nik_missing` (category ""), one fact per sex `L`/`P`; `registry.lost_contact` (sex "");
- each pillar's section, flattened generically: every int field of the section's dataclass is a fact whose
  indicator is `<section key>.<field path>`, e.g. `production.rows.active_members`. A tuple of dataclass rows puts
  each row's key in `category` (joined with "/" below an outer row's key): its `id`, `code` or `key` field, else
  the same found in a nested dataclass field (a fund summary's `fund.id`), else its `name` (data), else its text
  fields joined with "/" (codes such as an aid's source and kind), else its index. A dict of ints, or a tuple of
  (code, int) pairs, adds the code to the indicator path (`savings.funds.summary.savings.pokok`). Dates, texts,
  floats and periods carry no fact.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from desmig_desktop.core.periods import Period

REGISTRY = "registry"
SEXES = (("L", "male"), ("P", "female"))
KEY_FIELDS = ("id", "code", "key")


def recap_facts(data: Any) -> list[dict]:
    """The long-format facts of a `recap.dataset.RecapData` (see the module's docstring)."""
    code, period = data.village.code, data.period.code

    def fact(indicator: str, category: str, sex: str, value: int) -> dict:
        return {"village_code": code, "period": period, "indicator": indicator, "category": category,
                "sex": sex, "value": int(value)}

    out: list[dict] = []
    for name in ("by_status", "by_country", "by_sector", "by_route", "flows"):
        for row in getattr(data, name):
            out.extend(fact(f"{REGISTRY}.{name}", row.key, sex, getattr(row, attr)) for sex, attr in SEXES)
    for name in ("registered", "nik_missing"):
        row = getattr(data, name)
        out.extend(fact(f"{REGISTRY}.{name}", "", sex, getattr(row, attr)) for sex, attr in SEXES)
    out.append(fact(f"{REGISTRY}.lost_contact", "", "", data.lost_contact))
    for section in data.sections:
        out.extend(fact(indicator, category, "", value)
                   for indicator, category, value in _flatten(section.data, section.key, ""))
    return out


def _is_int(value: Any) -> bool:
    return isinstance(value, int)  # bool too: a flag is 0/1


def _is_pairs(value: Any) -> bool:
    return isinstance(value, tuple) and all(
        isinstance(p, tuple) and len(p) == 2 and isinstance(p[0], str) and _is_int(p[1]) for p in value)


def _flatten(obj: Any, path: str, category: str) -> Iterator[tuple[str, str, int]]:
    if isinstance(obj, Period) or obj is None:
        return
    if _is_int(obj):
        yield path, category, int(obj)
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            yield from _flatten(getattr(obj, f.name), f"{path}.{f.name}", category)
    elif isinstance(obj, dict):
        for key, value in obj.items():
            if _is_int(value):
                yield f"{path}.{key}", category, int(value)
    elif isinstance(obj, tuple) and obj and _is_pairs(obj):
        for key, value in obj:
            yield f"{path}.{key}", category, int(value)
    elif isinstance(obj, tuple):
        for index, row in enumerate(obj):
            if dataclasses.is_dataclass(row):
                key = row_key(row, index)
                yield from _flatten(row, path, f"{category}/{key}" if category else key)


def row_key(row: Any, index: int) -> str:
    """The category of one row of a section's table (see the module's docstring)."""
    found = _id_like(row, depth=2)
    if found is not None:
        return found
    name = getattr(row, "name", None)
    if isinstance(name, str) and name:
        return name
    texts = [v for f in dataclasses.fields(row) if isinstance(v := getattr(row, f.name), str)]
    return "/".join(texts) if texts else str(index)


def _id_like(row: Any, depth: int) -> str | None:
    for name in KEY_FIELDS:
        value = getattr(row, name, None)
        if isinstance(value, str) and value:
            return value
    if depth == 0:
        return None
    for f in dataclasses.fields(row):
        value = getattr(row, f.name)
        if dataclasses.is_dataclass(value) and not isinstance(value, (type, Period)):
            found = _id_like(value, depth - 1)
            if found is not None:
                return found
    return None
