"""``ToolRouter``: the client of a running ``toolrouter serve``."""

from __future__ import annotations

import os
from typing import Any

from ._config import _UNSET
from ._http import RestClient
from .admin import (
    AuthConfigsApi,
    ConnectApi,
    ConnectedAccountsApi,
    LogsApi,
    SessionsApi,
    ToolkitsApi,
    ToolsApi,
)
from .errors import ValidationError
from .session import Session


class ToolRouter:
    """The client of a toolrouter server's REST API.

    Args:
        api_url: the server's URL (``http://localhost:8080``; ``/api/v1`` is added). Default:
            ``TOOLROUTER_URL``.
        api_key: the admin API key. Default: ``TOOLROUTER_API_KEY``.
        timeout: seconds one request may take (tools that call slow APIs need more).

    Example::

        from toolrouter import ToolRouter

        router = ToolRouter(api_url="http://localhost:8080", api_key="...")
        session = router.create(user_id="user_123", toolkits=["github", "gmail"])
        print(session.mcp.url, session.mcp.headers)
    """

    def __init__(self, api_url: str | None = None, api_key: str | None = None, *, timeout: float = 120.0):
        url = api_url or os.environ.get("TOOLROUTER_URL")
        key = api_key or os.environ.get("TOOLROUTER_API_KEY")
        if not url:
            raise ValidationError(
                "Pass api_url (or set TOOLROUTER_URL) to the URL of a running toolrouter server.",
                field="api_url",
            )
        if not key:
            raise ValidationError(
                "Pass api_key (or set TOOLROUTER_API_KEY) to the server's admin API key.", field="api_key"
            )
        self._client = RestClient(url, key, timeout=timeout)
        self.sessions = SessionsApi(self._client)
        self.auth_configs = AuthConfigsApi(self._client)
        self.connected_accounts = ConnectedAccountsApi(self._client)
        self.toolkits = ToolkitsApi(self._client)
        self.tools = ToolsApi(self._client)
        self.logs = LogsApi(self._client)
        self.connect = ConnectApi(self._client)

    @property
    def api_url(self) -> str:
        """``<server>/api/v1``."""
        return self._client.api_url

    def __repr__(self) -> str:  # never shows the key
        return f"ToolRouter(api_url={self.api_url!r})"

    def create(
        self,
        user_id: str,
        *,
        toolkits: Any = _UNSET,
        tools: Any = _UNSET,
        tags: Any = _UNSET,
        auth_configs: Any = _UNSET,
        connected_accounts: Any = _UNSET,
        manage_connections: Any = _UNSET,
        preload: Any = _UNSET,
    ) -> Session:
        """A new session for ``user_id``.

        Args:
            toolkits: ``["github", "gmail"]`` (enable these), ``{"enable": [...]}`` or
                ``{"disable": [...]}``. Omitted: every toolkit.
            tools: per toolkit, tool slugs or ``{"enable"}`` / ``{"disable"}`` / ``{"tags"}``.
            tags: ``["readOnlyHint"]`` or ``{"enable": [...], "disable": [...]}``.
            auth_configs: ``{"github": "ac_..."}``: where new connections go.
            connected_accounts: ``{"github": "ca_..."}``: the account that runs the toolkit's tools.
            manage_connections: ``True``/``False`` or ``{"enable", "callback_url",
                "wait_for_connections"}``.
            preload: ``{"tools": [...]}``: app tools exposed beside the meta-tools.
        """
        return self.sessions.create(
            user_id,
            toolkits=toolkits,
            tools=tools,
            tags=tags,
            auth_configs=auth_configs,
            connected_accounts=connected_accounts,
            manage_connections=manage_connections,
            preload=preload,
        )

    def info(self) -> dict[str, Any]:
        """What the server says about itself (``{"base_url"}``)."""
        return {"base_url": self._client.request("GET", "/info").get("baseUrl")}

    def ping(self) -> None:
        """Returns once the server and its store answer; raises otherwise."""
        self._client.request("GET", "/ping")
