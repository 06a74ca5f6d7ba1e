"""Session config: Python keyword arguments <-> the API's JSON (only the API's own keys change case)."""

from __future__ import annotations

from typing import Any

from ._case import keys_to_camel, keys_to_snake

_UNSET: Any = object()
"""An argument that was not given (``None`` is a value: it is sent, and the server answers it)."""


def config_to_json(
    *,
    toolkits: Any = _UNSET,
    tools: Any = _UNSET,
    tags: Any = _UNSET,
    auth_configs: Any = _UNSET,
    connected_accounts: Any = _UNSET,
    manage_connections: Any = _UNSET,
    preload: Any = _UNSET,
) -> dict[str, Any]:
    """The JSON ``config`` of a session from the given keyword arguments (omitted ones stay out)."""
    given = {
        "toolkits": toolkits,
        "tools": tools,
        "tags": tags,
        "authConfigs": auth_configs,
        "connectedAccounts": connected_accounts,
        "manageConnections": manage_connections,
        "preload": preload,
    }
    config = {key: value for key, value in given.items() if value is not _UNSET}
    # Only manage_connections has snake_case keys of its own (callback_url, wait_for_connections);
    # the keys of auth_configs, connected_accounts and tools are toolkit slugs and stay as they are.
    if isinstance(config.get("manageConnections"), dict):
        config["manageConnections"] = keys_to_camel(config["manageConnections"])
    return config


def config_from_json(config: dict[str, Any] | None) -> dict[str, Any]:
    """A session's config as the server returned it, with snake_case keys."""
    result = keys_to_snake(config)
    if isinstance(result.get("manage_connections"), dict):
        result["manage_connections"] = keys_to_snake(result["manage_connections"])
    return result
