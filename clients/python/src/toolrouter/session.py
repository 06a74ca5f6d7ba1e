"""A session: what one user's agent may use, and the calls an app makes on it."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._config import _UNSET, config_from_json, config_to_json
from ._http import RestClient, segment
from .errors import ConnectionRequestTimeoutError
from .models import (
    ConnectedAccount,
    EnsureConnectedResult,
    Mcp,
    SearchResult,
    Tool,
    ToolExecutionResult,
    ToolkitsPage,
)
from .openai_tools import extract_tool_calls, run_tool_calls, to_openai_tool, to_responses_tool

if TYPE_CHECKING:
    from collections.abc import Callable

DEFAULT_CONNECTION_TIMEOUT = 60.0
"""Seconds ``wait_for_connection`` waits by default (as the TypeScript SDK's 60 000 ms)."""

_LONG_POLL_MS = 25_000
"""Longest single wait the server is asked for; the client asks again until its own timeout."""


def wait_for_connection(client: RestClient, connected_account_id: str, timeout: float) -> ConnectedAccount:
    """Long-polls ``GET /connected-accounts/:id/wait`` until the account is ACTIVE.

    The server answers as soon as the account's status changes (no 1-second polling). Raises
    :class:`~toolrouter.errors.ConnectionFailedError` when the connection fails and
    :class:`~toolrouter.errors.ConnectionRequestTimeoutError` after ``timeout`` seconds.
    """
    path = f"/connected-accounts/{segment(connected_account_id)}/wait"
    deadline = time.monotonic() + max(0.0, timeout)
    while True:
        remaining_ms = max(0, int((deadline - time.monotonic()) * 1000))
        wait_ms = min(remaining_ms, _LONG_POLL_MS)
        try:
            answer = client.request(
                "GET", path, query={"timeoutMs": wait_ms}, timeout=client.timeout + wait_ms / 1000
            )
            return ConnectedAccount.from_json(answer)
        except ConnectionRequestTimeoutError:
            if time.monotonic() >= deadline:
                raise ConnectionRequestTimeoutError(
                    f"Connected account '{connected_account_id}' did not become ACTIVE within "
                    f"{timeout:g} s. Ask the user to finish the connect link, then wait again.",
                    status=408,
                    details={"connected_account_id": connected_account_id, "timeout": timeout},
                ) from None


@dataclass
class ConnectionRequest:
    """A pending connection: send the user to ``redirect_url``, then ``wait_for_connection()``.

    ``id`` is the connected account (``ca_...``) that becomes ACTIVE when the user finishes.
    """

    id: str
    status: str
    redirect_url: str
    link_id: str
    expires_at: str
    _client: RestClient = field(repr=False, compare=False, default=None)  # type: ignore[assignment]

    @property
    def connected_account_id(self) -> str:
        """The account this request connects (same as ``id``)."""
        return self.id

    def wait_for_connection(self, timeout: float = DEFAULT_CONNECTION_TIMEOUT) -> ConnectedAccount:
        """Blocks until the user finished connecting (ACTIVE account) or ``timeout`` seconds passed."""
        return wait_for_connection(self._client, self.id, timeout)

    @classmethod
    def from_json(cls, client: RestClient, data: dict[str, Any]) -> ConnectionRequest:
        return cls(
            id=data["id"],
            status=data.get("status", "INITIATED"),
            redirect_url=data["redirectUrl"],
            link_id=data.get("linkId", ""),
            expires_at=data.get("expiresAt", ""),
            _client=client,
        )


class Session:
    """One user's session. Get one from ``router.create(...)`` or ``router.sessions.use(id)``.

    Attributes:
        session_id: ``ses_...``.
        user_id: the user whose accounts the session's tools use.
        config: the session's config, snake_case keys (``toolkits``, ``auth_configs``, ...).
        config_version: increments on every update; pass it as ``expected_config_version``.
        mcp: ``mcp.url`` and ``mcp.headers`` for any MCP client (the session's own token).
    """

    def __init__(self, client: RestClient, data: dict[str, Any]) -> None:
        self._client = client
        self._apply(data)

    def _apply(self, data: dict[str, Any]) -> None:
        self.session_id: str = data["sessionId"]
        self.user_id: str = data["userId"]
        self.config: dict[str, Any] = config_from_json(data.get("config"))
        self.config_version: int = int(data.get("configVersion", 0))
        self.mcp: Mcp = Mcp.from_json(data["mcp"])
        self.created_at: str = data.get("createdAt", "")
        self.updated_at: str = data.get("updatedAt", "")

    def __repr__(self) -> str:
        return f"Session(session_id={self.session_id!r}, user_id={self.user_id!r}, config={self.config!r})"

    def _path(self, suffix: str = "") -> str:
        return f"/sessions/{segment(self.session_id)}{suffix}"

    # -- tools for a model -------------------------------------------------------------------

    def list_tools(self) -> list[Tool]:
        """The session's meta-tools (and preloaded tools) as :class:`~toolrouter.models.Tool`."""
        answer = self._client.request("GET", self._path("/tools"))
        return [Tool.from_json(item) for item in answer["items"]]

    def tools(self) -> list[dict[str, Any]]:
        """The session's tools as OpenAI Chat Completions function tools (``tools=`` of ``create``).

        Example::

            tools = session.tools()
            response = client.chat.completions.create(model=model, messages=messages, tools=tools)
            messages += [response.choices[0].message, *session.handle_tool_calls(response)]
        """
        return [to_openai_tool(tool) for tool in self.list_tools()]

    def responses_tools(self) -> list[dict[str, Any]]:
        """The session's tools as OpenAI Responses API function tools (``tools=`` of ``responses.create``)."""
        return [to_responses_tool(tool) for tool in self.list_tools()]

    def handle_tool_calls(
        self, response: Any, *, tools: list[dict[str, Any]] | None = None
    ) -> list[dict[str, Any]]:
        """Runs the tool calls a model made and returns the messages to append, in call order.

        ``response`` is a chat completion, its message, a list of tool calls, or a Responses API
        response (``openai`` SDK objects or dicts). Chat calls answer ``{"role": "tool",
        "tool_call_id", "content"}``; Responses calls answer ``{"type": "function_call_output",
        "call_id", "output"}``. Each call is caught on its own: a failure becomes a result with
        ``successful: false`` for the model. With ``tools`` (what you gave the model), a name
        outside them is refused.
        """
        allowed = None
        if tools is not None:
            allowed = [tool.get("function", tool).get("name") for tool in tools]
        return run_tool_calls(extract_tool_calls(response), self.execute, allowed=allowed)

    # -- running tools -----------------------------------------------------------------------

    def execute(
        self, tool_slug: str, arguments: Any = None, *, account: str | None = None
    ) -> ToolExecutionResult:
        """Runs one tool (an app tool or a meta-tool) for the session's user.

        ``account`` picks one of the user's accounts by id or alias. A tool problem (bad arguments,
        no connection, an upstream error) is a result with ``successful=False``, not an exception.
        """
        body: dict[str, Any] = {"toolSlug": tool_slug, "arguments": {} if arguments is None else arguments}
        if account is not None:
            body["account"] = account
        return ToolExecutionResult.from_json(self._client.request("POST", self._path("/execute"), body=body))

    def proxy_execute(
        self,
        toolkit: str,
        method: str,
        endpoint: str,
        *,
        body: Any = None,
        parameters: list[dict[str, Any]] | None = None,
        account: str | None = None,
    ) -> ToolExecutionResult:
        """Calls the toolkit's API directly with the user's account, for endpoints no tool covers.

        ``parameters`` are ``{"in": "query" | "header", "name", "value"}``.
        """
        payload: dict[str, Any] = {"toolkit": toolkit, "method": method, "endpoint": endpoint}
        if body is not None:
            payload["body"] = body
        if parameters is not None:
            payload["parameters"] = parameters
        if account is not None:
            payload["account"] = account
        return ToolExecutionResult.from_json(self._client.request("POST", self._path("/proxy"), body=payload))

    def search(self, query: str, *, toolkits: list[str] | None = None, limit: int = 10) -> list[SearchResult]:
        """The session's tools that best match ``query``, best first."""
        body: dict[str, Any] = {"query": query, "limit": limit}
        if toolkits is not None:
            body["toolkits"] = toolkits
        answer = self._client.request("POST", self._path("/search"), body=body)
        return [SearchResult.from_json(item) for item in answer["items"]]

    # -- connections -------------------------------------------------------------------------

    def authorize(
        self, toolkit: str, *, callback_url: str | None = None, alias: str | None = None
    ) -> ConnectionRequest:
        """Starts connecting the user's account on ``toolkit``; send the user to ``.redirect_url``.

        A still-valid pending link is re-used. ``callback_url`` (allow-listed on the server) is
        where the browser goes afterwards.
        """
        body: dict[str, Any] = {"toolkit": toolkit}
        if callback_url is not None:
            body["callbackUrl"] = callback_url
        if alias is not None:
            body["alias"] = alias
        return ConnectionRequest.from_json(
            self._client, self._client.request("POST", self._path("/authorize"), body=body)
        )

    def ensure_connected(
        self,
        toolkit: str,
        *,
        callback_url: str | None = None,
        alias: str | None = None,
        timeout: float = DEFAULT_CONNECTION_TIMEOUT,
        on_redirect: Callable[[ConnectionRequest], None] | None = None,
    ) -> EnsureConnectedResult:
        """The toolkit's account when it can run now; otherwise authorizes, calls ``on_redirect``
        with the request (show its ``redirect_url``) and waits up to ``timeout`` seconds."""
        body: dict[str, Any] = {"toolkit": toolkit}
        if callback_url is not None:
            body["callbackUrl"] = callback_url
        if alias is not None:
            body["alias"] = alias
        answer = self._client.request("POST", self._path("/ensure-connected"), body=body)
        pending = answer.get("connectionRequest")
        if not pending:
            account = answer.get("connectedAccount")
            return EnsureConnectedResult(
                toolkit=answer["toolkit"],
                was_connected=bool(answer.get("wasConnected")),
                connected_account=ConnectedAccount.from_json(account) if account else None,
            )
        request = ConnectionRequest.from_json(self._client, pending)
        if on_redirect is not None:
            on_redirect(request)
        account = request.wait_for_connection(timeout)
        return EnsureConnectedResult(toolkit=answer["toolkit"], was_connected=False, connected_account=account)

    def toolkits(
        self,
        *,
        toolkits: list[str] | None = None,
        search: str | None = None,
        is_connected: bool | None = None,
        cursor: str | None = None,
        limit: int | None = None,
    ) -> ToolkitsPage:
        """One page (20 by default) of the session's toolkits with their connection state.

        Example::

            cursor = None
            while True:
                page = session.toolkits(limit=20, cursor=cursor)
                for toolkit in page.items: ...
                if not (cursor := page.next_cursor): break
        """
        query = {
            "toolkits": toolkits,
            "search": search,
            "isConnected": is_connected,
            "cursor": cursor,
            "limit": limit,
        }
        return ToolkitsPage.from_json(self._client.request("GET", self._path("/toolkits"), query=query))

    # -- lifecycle ---------------------------------------------------------------------------

    def update(
        self,
        *,
        toolkits: Any = _UNSET,
        tools: Any = _UNSET,
        tags: Any = _UNSET,
        auth_configs: Any = _UNSET,
        connected_accounts: Any = _UNSET,
        manage_connections: Any = _UNSET,
        preload: Any = _UNSET,
        expected_config_version: int | None = None,
    ) -> Session:
        """Changes the given config keys (the others stay) and refreshes this object; returns it.

        With ``expected_config_version``, a concurrent update raises
        :class:`~toolrouter.errors.SessionConfigConflictError` instead of being overwritten.
        """
        config = config_to_json(
            toolkits=toolkits,
            tools=tools,
            tags=tags,
            auth_configs=auth_configs,
            connected_accounts=connected_accounts,
            manage_connections=manage_connections,
            preload=preload,
        )
        body: dict[str, Any] = {"config": config}
        if expected_config_version is not None:
            body["expectedConfigVersion"] = expected_config_version
        self._apply(self._client.request("PATCH", self._path(), body=body))
        return self

    def refresh(self) -> Session:
        """Reads the session again from the server; returns it."""
        self._apply(self._client.request("GET", self._path()))
        return self

    def list_config_history(self) -> list[dict[str, Any]]:
        """Every config the session has had, newest first: ``config_version``, ``config`` (snake_case
        keys, as ``session.config``) and ``created_at`` of each."""
        answer = self._client.request("GET", self._path("/config-history"))
        return [
            {
                "config_version": entry["configVersion"],
                "config": config_from_json(entry["config"]),
                "created_at": entry["createdAt"],
            }
            for entry in answer["items"]
        ]

    def delete(self) -> None:
        """Deletes the session; its MCP token stops working at once."""
        self._client.request("DELETE", self._path())
