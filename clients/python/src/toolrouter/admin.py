"""Admin helpers: ``router.sessions``, ``auth_configs``, ``connected_accounts``, ``toolkits``, ``tools``, ``logs``."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from ._case import keys_to_camel, keys_to_snake
from ._config import _UNSET, config_to_json
from ._http import RestClient, segment
from .models import (
    AuthConfig,
    ConnectedAccount,
    ConnectLink,
    ConnectResult,
    ExecutionLogDetail,
    LogsPage,
    Tool,
    ToolExecutionResult,
    Toolkit,
)
from .session import DEFAULT_CONNECTION_TIMEOUT, Session, wait_for_connection


class SessionsApi:
    """``router.sessions``: create, use, list and delete sessions."""

    def __init__(self, client: RestClient) -> None:
        self._client = client

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
        """A new session for ``user_id``; the same as ``router.create(...)`` (see there)."""
        config = config_to_json(
            toolkits=toolkits,
            tools=tools,
            tags=tags,
            auth_configs=auth_configs,
            connected_accounts=connected_accounts,
            manage_connections=manage_connections,
            preload=preload,
        )
        answer = self._client.request("POST", "/sessions", body={"userId": user_id, "config": config})
        return Session(self._client, answer)

    def use(self, session_id: str) -> Session:
        """An existing session by id; raises :class:`~toolrouter.errors.SessionNotFoundError`."""
        return Session(self._client, self._client.request("GET", f"/sessions/{segment(session_id)}"))

    def list(self, *, user_id: str | None = None) -> list[Session]:
        """Sessions, newest first; only ``user_id``'s when given."""
        answer = self._client.request("GET", "/sessions", query={"userId": user_id})
        return [Session(self._client, item) for item in answer["items"]]

    def rotate_token(self, session_id: str) -> Session:
        """Gives the session a new MCP token (in ``session.mcp.headers``); the old one stops working
        at once. Use it to revoke a leaked token."""
        answer = self._client.request("POST", f"/sessions/{segment(session_id)}/rotate-token")
        return Session(self._client, answer)

    def delete(self, session_id: str) -> None:
        """Deletes a session; its MCP token stops working at once."""
        self._client.request("DELETE", f"/sessions/{segment(session_id)}")


class AuthConfigsApi:
    """``router.auth_configs``: how each toolkit's users authenticate. App secrets never come back."""

    def __init__(self, client: RestClient) -> None:
        self._client = client

    def create(
        self,
        toolkit: str,
        mode: str,
        *,
        name: str | None = None,
        credentials: dict[str, Any] | None = None,
        scopes: list[str] | None = None,
        is_default: bool | None = None,
    ) -> AuthConfig:
        """A new auth config. ``credentials`` are the app's (``{"client_id", "client_secret"}`` for OAuth)."""
        body = _without_none(
            {
                "toolkit": toolkit,
                "mode": mode,
                "name": name,
                "credentials": keys_to_camel(credentials) if credentials is not None else None,
                "scopes": scopes,
                "isDefault": is_default,
            }
        )
        return AuthConfig.from_json(self._client.request("POST", "/auth-configs", body=body))

    def list(self, *, toolkit: str | None = None) -> list[AuthConfig]:
        """Auth configs, of one toolkit when given."""
        answer = self._client.request("GET", "/auth-configs", query={"toolkit": toolkit})
        return [AuthConfig.from_json(item) for item in answer["items"]]

    def get(self, auth_config_id: str) -> AuthConfig:
        """One auth config; raises :class:`~toolrouter.errors.AuthConfigNotFoundError`."""
        return AuthConfig.from_json(self._client.request("GET", f"/auth-configs/{segment(auth_config_id)}"))

    def update(
        self,
        auth_config_id: str,
        *,
        name: str | None = None,
        credentials: dict[str, Any] | None = None,
        scopes: list[str] | None = None,
        is_default: bool | None = None,
    ) -> AuthConfig:
        """Changes the given fields of an auth config."""
        body = _without_none(
            {
                "name": name,
                "credentials": keys_to_camel(credentials) if credentials is not None else None,
                "scopes": scopes,
                "isDefault": is_default,
            }
        )
        answer = self._client.request("PATCH", f"/auth-configs/{segment(auth_config_id)}", body=body)
        return AuthConfig.from_json(answer)

    def delete(self, auth_config_id: str) -> None:
        """Deletes an auth config."""
        self._client.request("DELETE", f"/auth-configs/{segment(auth_config_id)}")


class ConnectedAccountsApi:
    """``router.connected_accounts``: users' accounts. Credentials go in and never come back."""

    def __init__(self, client: RestClient) -> None:
        self._client = client

    def import_(
        self,
        user_id: str,
        auth_config_id: str,
        credentials: dict[str, Any],
        *,
        alias: str | None = None,
    ) -> ConnectedAccount:
        """Stores credentials you already hold as an ACTIVE account.

        ``credentials`` is one of ``{"api_key"}``, ``{"token"}``, ``{"username", "password"}`` or
        ``{"access_token", "refresh_token"?, "expires_at"?, "token_type"?, "scope"?}``. Also
        available as ``create``.
        """
        body = _without_none(
            {
                "userId": user_id,
                "authConfigId": auth_config_id,
                "credentials": keys_to_camel(credentials),
                "alias": alias,
            }
        )
        return ConnectedAccount.from_json(self._client.request("POST", "/connected-accounts", body=body))

    create = import_

    def list(
        self,
        *,
        user_id: str | None = None,
        toolkit: str | None = None,
        auth_config_id: str | None = None,
        status: str | list[str] | None = None,
    ) -> list[ConnectedAccount]:
        """Accounts matching every given filter; ``status`` may be one status or several."""
        query = {
            "userId": user_id,
            "toolkit": toolkit,
            "authConfigId": auth_config_id,
            "status": [status] if isinstance(status, str) else status,
        }
        answer = self._client.request("GET", "/connected-accounts", query=query)
        return [ConnectedAccount.from_json(item) for item in answer["items"]]

    def get(self, connected_account_id: str) -> ConnectedAccount:
        """One account; raises :class:`~toolrouter.errors.ConnectedAccountNotFoundError`."""
        path = f"/connected-accounts/{segment(connected_account_id)}"
        return ConnectedAccount.from_json(self._client.request("GET", path))

    def delete(self, connected_account_id: str) -> None:
        """Deletes an account and its credentials."""
        self._client.request("DELETE", f"/connected-accounts/{segment(connected_account_id)}")

    def enable(self, connected_account_id: str) -> ConnectedAccount:
        """Lets sessions use the account again."""
        path = f"/connected-accounts/{segment(connected_account_id)}/enable"
        return ConnectedAccount.from_json(self._client.request("POST", path))

    def disable(self, connected_account_id: str) -> ConnectedAccount:
        """Keeps the account but stops sessions from using it (status INACTIVE)."""
        path = f"/connected-accounts/{segment(connected_account_id)}/disable"
        return ConnectedAccount.from_json(self._client.request("POST", path))

    def wait_for_connection(
        self, connected_account_id: str, timeout: float = DEFAULT_CONNECTION_TIMEOUT
    ) -> ConnectedAccount:
        """Blocks until the account is ACTIVE (or raises after ``timeout`` seconds)."""
        return wait_for_connection(self._client, connected_account_id, timeout)


# `import` is a keyword: `router.connected_accounts.import_(...)`, or getattr(api, "import").
setattr(ConnectedAccountsApi, "import", ConnectedAccountsApi.import_)


class ToolkitsApi:
    """``router.toolkits``: the catalog's toolkits."""

    def __init__(self, client: RestClient) -> None:
        self._client = client

    def list(self) -> list[Toolkit]:
        """Every toolkit in the catalog."""
        return [Toolkit.from_json(item) for item in self._client.request("GET", "/toolkits")["items"]]

    def get(self, slug: str) -> Toolkit:
        """One toolkit; raises :class:`~toolrouter.errors.ToolkitNotFoundError`."""
        return Toolkit.from_json(self._client.request("GET", f"/toolkits/{segment(slug)}"))


class ToolsApi:
    """``router.tools``: the catalog's tools, and running one for a user outside any session."""

    def __init__(self, client: RestClient) -> None:
        self._client = client

    def list(self, *, toolkit: str | None = None, search: str | None = None) -> list[Tool]:
        """Tools of the catalog, of one toolkit or matching ``search`` when given."""
        answer = self._client.request("GET", "/tools", query={"toolkit": toolkit, "search": search})
        return [Tool.from_json(item) for item in answer["items"]]

    def get(self, slug: str) -> Tool:
        """One tool with its schemas; raises :class:`~toolrouter.errors.ToolNotFoundError`."""
        return Tool.from_json(self._client.request("GET", f"/tools/{segment(slug)}"))

    def execute(
        self, slug: str, arguments: Any = None, *, user_id: str, account: str | None = None
    ) -> ToolExecutionResult:
        """Runs a tool with ``user_id``'s account, outside any session."""
        body = _without_none(
            {"arguments": {} if arguments is None else arguments, "userId": user_id, "account": account}
        )
        answer = self._client.request("POST", f"/tools/{segment(slug)}/execute", body=body)
        return ToolExecutionResult.from_json(answer)


class LogsApi:
    """``router.logs``: tool executions, newest first."""

    def __init__(self, client: RestClient) -> None:
        self._client = client

    def list(
        self,
        *,
        user_id: str | None = None,
        session_id: str | None = None,
        toolkit: str | None = None,
        tool_slug: str | None = None,
        successful: bool | None = None,
        since: str | datetime | None = None,
        until: str | datetime | None = None,
        cursor: str | None = None,
        limit: int | None = None,
    ) -> LogsPage:
        """One page of logs matching every given filter; pass ``next_cursor`` back for the next.

        ``since`` (inclusive) and ``until`` (exclusive) are ISO 8601 text or a ``datetime`` (a naive
        one is taken as UTC).
        """
        query = {
            "userId": user_id,
            "sessionId": session_id,
            "toolkit": toolkit,
            "toolSlug": tool_slug,
            "successful": successful,
            "since": _iso_time(since),
            "until": _iso_time(until),
            "cursor": cursor,
            "limit": limit,
        }
        return LogsPage.from_json(self._client.request("GET", "/logs", query=query))

    def get(self, log_id: str) -> ExecutionLogDetail:
        """One execution with its redacted ``arguments`` and ``result`` (``ExecutionLogNotFoundError`` when unknown)."""
        return ExecutionLogDetail.from_json(self._client.request("GET", f"/logs/{segment(log_id)}"))


def _iso_time(value: str | datetime | None) -> str | None:
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).isoformat()
    return value


def _without_none(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


class ConnectApi:
    """``router.connect``: for a connect page of your own instead of the hosted ``/connect/<link>``.

    The link id is the last segment of ``ConnectionRequest.redirect_url`` (also ``.link_id``).
    """

    def __init__(self, client: RestClient) -> None:
        self._client = client

    def get_link(self, link_id: str) -> ConnectLink:
        """What the page should show: the form ``fields`` (API key, token, basic) or OAuth, and the status."""
        return ConnectLink.from_json(self._client.request("GET", f"/connect-links/{segment(link_id)}"))

    def submit_credentials(self, link_id: str, credentials: dict[str, Any]) -> ConnectResult:
        """Finishes an API key / bearer / basic link with what the user typed; the account is ACTIVE.

        ``credentials`` keys are the link's field names (``{"api_key": ...}`` or ``{"apiKey": ...}``).
        """
        path = f"/connect-links/{segment(link_id)}/credentials"
        answer = self._client.request("POST", path, body={"credentials": keys_to_camel(credentials)})
        return ConnectResult.from_json(answer)

    def start_oauth(self, link_id: str) -> str:
        """The provider's authorization URL of an OAuth link: redirect the browser there."""
        answer = self._client.request("POST", f"/connect-links/{segment(link_id)}/oauth")
        return answer["authorizationUrl"]

    def handle_oauth_callback(
        self,
        *,
        state: str | None = None,
        code: str | None = None,
        error: str | None = None,
        error_description: str | None = None,
    ) -> ConnectResult:
        """Finishes an OAuth connection with the query the provider sent to your callback page."""
        body = {"state": state, "code": code, "error": error, "error_description": error_description}
        return ConnectResult.from_json(self._client.request("POST", "/oauth/callback", body=body))

    def sweep_stale_connections(self) -> dict[str, Any]:
        """Settles connections that can no longer finish (expired links); returns the server's counts."""
        return keys_to_snake(self._client.request("POST", "/connect-links/sweep"))
