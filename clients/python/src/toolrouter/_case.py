"""camelCase <-> snake_case for the API's field names (never for data such as toolkit slugs)."""

from __future__ import annotations

import re
from typing import Any

_UPPER = re.compile(r"(?<!^)(?=[A-Z])")


def to_snake(name: str) -> str:
    """``authConfigId`` -> ``auth_config_id``; a name with no capitals is returned as it is."""
    return _UPPER.sub("_", name).lower() if any(c.isupper() for c in name) else name


def to_camel(name: str) -> str:
    """``auth_config_id`` -> ``authConfigId``; a name with no underscore is returned as it is."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def keys_to_snake(value: dict[str, Any] | None) -> dict[str, Any]:
    """The top-level keys of an API object in snake_case (values untouched)."""
    return {to_snake(key): item for key, item in (value or {}).items()}


def keys_to_camel(value: dict[str, Any] | None) -> dict[str, Any]:
    """The top-level keys of a Python mapping in camelCase (values untouched)."""
    return {to_camel(key): item for key, item in (value or {}).items()}
