"""Every address the project serves, read from its URLconf, filled in with a record's values.

The permission-matrix and leak tests walk these, so that a new URL pattern is checked as
soon as it exists. A door is keyed by its URL name ("clerk:meeting"), or by its route for
an unnamed pattern (the admin's redirects and catch-all).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver, resolve

_PATH_PARAM = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")
_REGEX_PARAM = re.compile(r"\(\?P<(?P<name>\w+)>(?:[^()]|\([^()]*\))*\)")
# An unnamed regex group, e.g. the history admin's ^([^/]+)/history/([^/]+)/$: arg1, arg2...
_POSITIONAL = re.compile(r"\((?!\?)[^()]*\)")

# A value for a parameter: a string, or a function of the door it is for (an admin
# object_id depends on the model in the door's route).
Value = str | Callable[["Door"], str]


class MissingValue(LookupError):
    pass


@dataclass(frozen=True)
class Door:
    key: str
    route: str
    pattern: URLPattern

    @property
    def params(self) -> list[str]:
        named = [m["name"] for m in _REGEX_PARAM.finditer(self.route)]
        named += [m["name"] for m in _PATH_PARAM.finditer(_REGEX_PARAM.sub("", self.route))]
        positional = _POSITIONAL.findall(_REGEX_PARAM.sub("", self.route))
        return named + [f"arg{n}" for n in range(1, len(positional) + 1)]

    @property
    def admin_model(self) -> tuple[str, str] | None:
        """("minutes", "meeting") for admin/minutes/meeting/..., else None."""
        match = re.match(r"admin/(\w+)/(\w+)/", self.route)
        return (match[1], match[2]) if match else None

    def url(self, values: Mapping[str, Value]) -> str:
        def fill(match: re.Match) -> str:
            name = match["name"]
            if name not in values:
                raise MissingValue(name)
            value = values[name]
            return str(value(self) if callable(value) else value)

        path = _PATH_PARAM.sub(fill, _REGEX_PARAM.sub(fill, self.route))
        counter = iter(range(1, 100))
        path = _POSITIONAL.sub(
            lambda m: fill({"name": f"arg{next(counter)}"}), path.replace("$", "")
        )
        path = "/" + re.sub(r"(?<!\[)\^", "", path)
        match = resolve(path)
        assert match.func == self.pattern.callback, (
            f"{path} (filled in for {self.key}) resolves to {match.view_name}, not to it"
        )
        return path


def _walk(resolver: URLResolver, prefix: str, namespace: str):
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            inner = namespace + (f"{entry.namespace}:" if entry.namespace else "")
            yield from _walk(entry, route, inner)
        elif isinstance(entry, URLPattern):
            key = f"{namespace}{entry.name}" if entry.name else route
            yield Door(key=key, route=route, pattern=entry)


def every_door() -> list[Door]:
    """Each URL pattern once; a pattern shadowed by an earlier one with the same route is left out."""
    doors, routes = [], set()
    for door in _walk(get_resolver(), "", ""):
        if door.route not in routes:
            routes.add(door.route)
            doors.append(door)
    return doors
