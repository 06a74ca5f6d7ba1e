"""Typed results of the API, as dataclasses with snake_case fields.

Timestamps are the server's ISO 8601 strings. Data that belongs to the caller or to a toolkit
(JSON Schemas, tool results, headers) is kept exactly as the server sent it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from ._case import keys_to_snake

T = TypeVar("T")

ConnectedAccountStatus = Literal["INITIATED", "ACTIVE", "FAILED", "EXPIRED", "INACTIVE", "REVOKED"]
AuthMode = Literal["oauth2", "api_key", "bearer", "basic", "none"]


def _build(cls: type[T], data: dict[str, Any] | None, **nested: Any) -> T:
    """``cls`` from an API object: keys to snake_case, unknown keys dropped, ``nested`` overrides."""
    names = {item.name for item in dataclasses.fields(cls)}  # type: ignore[arg-type]
    values = {key: value for key, value in keys_to_snake(data).items() if key in names}
    values.update(nested)
    return cls(**values)


@dataclass
class Mcp:
    """How an MCP client reaches a session: ``url`` and the ``headers`` to send (its own token)."""

    type: str
    url: str
    headers: dict[str, str]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Mcp:
        return cls(type=data.get("type", "http"), url=data["url"], headers=dict(data.get("headers") or {}))


@dataclass
class Tool:
    """A tool of the catalog (or a meta-tool) with its JSON Schemas."""

    slug: str
    name: str
    description: str
    toolkit: str
    input_schema: dict[str, Any]
    tags: list[str] = field(default_factory=list)
    kind: str = "http"
    output_schema: dict[str, Any] | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Tool:
        return _build(cls, data)


@dataclass
class Toolkit:
    """A toolkit of the catalog."""

    slug: str
    name: str
    description: str = ""
    categories: list[str] = field(default_factory=list)
    auth_modes: list[str] = field(default_factory=list)
    is_no_auth: bool = False
    tool_count: int = 0
    logo: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Toolkit:
        return _build(cls, data)


@dataclass
class AuthConfigRef:
    """The auth config a session would use for a toolkit."""

    id: str
    mode: str | None = None
    is_managed: bool = False

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AuthConfigRef:
        return _build(cls, data)


@dataclass
class ConnectedAccountRef:
    """The account a session would use for a toolkit."""

    id: str
    status: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ConnectedAccountRef:
        return _build(cls, data)


@dataclass
class ToolkitConnection:
    """Whether the session's user can run a toolkit's tools now, and with what."""

    is_active: bool = False
    auth_config: AuthConfigRef | None = None
    connected_account: ConnectedAccountRef | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ToolkitConnection:
        auth_config = data.get("authConfig")
        account = data.get("connectedAccount")
        return _build(
            cls,
            data,
            auth_config=AuthConfigRef.from_json(auth_config) if auth_config else None,
            connected_account=ConnectedAccountRef.from_json(account) if account else None,
        )


@dataclass
class SessionToolkit:
    """One item of ``session.toolkits()``; ``connection`` is ``None`` for no-auth toolkits."""

    slug: str
    name: str
    is_no_auth: bool = False
    logo: str | None = None
    connection: ToolkitConnection | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SessionToolkit:
        connection = data.get("connection")
        return _build(cls, data, connection=ToolkitConnection.from_json(connection) if connection else None)


@dataclass
class ToolkitsPage:
    """One page of ``session.toolkits()``; pass ``next_cursor`` back for the next (``None``: last page)."""

    items: list[SessionToolkit]
    next_cursor: str | None = None
    total_pages: int = 0

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ToolkitsPage:
        return cls(
            items=[SessionToolkit.from_json(item) for item in data.get("items", [])],
            next_cursor=data.get("nextCursor"),
            total_pages=int(data.get("totalPages") or 0),
        )


@dataclass
class SearchResult:
    """A tool found by ``session.search(query)``, ranked by ``score``."""

    slug: str
    name: str
    description: str
    toolkit: str
    input_schema: dict[str, Any]
    score: float = 0.0
    is_connected: bool = False

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SearchResult:
        return _build(cls, data)


@dataclass
class ToolExecutionResult:
    """What a tool returned. A tool problem is ``successful=False`` with ``error``, never an exception."""

    data: Any
    error: str | None
    successful: bool
    log_id: str = ""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ToolExecutionResult:
        return cls(
            data=data.get("data"),
            error=data.get("error"),
            successful=bool(data.get("successful")),
            log_id=data.get("logId") or "",
        )

    def to_dict(self) -> dict[str, Any]:
        """``{"successful", "data", "error"}``: the text a model reads for this result."""
        return {"successful": self.successful, "data": self.data, "error": self.error}


@dataclass
class AuthConfig:
    """How a toolkit's users authenticate. App secrets go in and never come out (``has_credentials``)."""

    id: str
    toolkit: str
    mode: str
    name: str = ""
    is_managed: bool = False
    is_default: bool = False
    created_by: str = "operator"
    scopes: list[str] = field(default_factory=list)
    has_credentials: bool = False
    created_at: str = ""
    updated_at: str = ""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AuthConfig:
        return _build(cls, data)


@dataclass
class ConnectedAccount:
    """A user's account on a toolkit. Its credentials are never returned."""

    id: str
    user_id: str
    toolkit: str
    auth_config_id: str
    status: str
    status_reason: str | None = None
    alias: str | None = None
    expires_at: str | None = None
    connected_at: str | None = None
    created_at: str = ""
    updated_at: str = ""

    @property
    def is_active(self) -> bool:
        """``status == "ACTIVE"``."""
        return self.status == "ACTIVE"

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ConnectedAccount:
        return _build(cls, data)


@dataclass
class EnsureConnectedResult:
    """``session.ensure_connected``: whether the toolkit was connected already, and its account."""

    toolkit: str
    was_connected: bool
    connected_account: ConnectedAccount | None = None


@dataclass
class ExecutionLog:
    """One tool execution. Never holds credentials."""

    id: str
    user_id: str
    toolkit: str
    tool_slug: str
    successful: bool
    session_id: str | None = None
    connected_account_id: str | None = None
    error: str | None = None
    status_code: int | None = None
    duration_ms: float = 0
    created_at: str = ""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ExecutionLog:
        return _build(cls, data)


@dataclass
class LogPayload:
    """Arguments or a result as a log keeps them, redacted: ``value``, or past the size cap
    ``truncated`` with the start of its JSON text (``preview``) and its whole size (``bytes``)."""

    truncated: bool
    value: Any = None
    preview: str | None = None
    bytes: int | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> LogPayload | None:
        if data is None:
            return None
        return cls(
            truncated=bool(data.get("truncated")),
            value=data.get("value"),
            preview=data.get("preview"),
            bytes=data.get("bytes"),
        )


@dataclass
class ExecutionLogDetail(ExecutionLog):
    """One tool execution as ``router.logs.get()`` returns it: with its ``arguments`` and
    ``result`` (the result's data), redacted and capped; ``None`` when the server kept none."""

    arguments: LogPayload | None = None
    result: LogPayload | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ExecutionLogDetail:
        # The payloads' own keys are the tool's data: never renamed.
        return _build(
            cls,
            data,
            arguments=LogPayload.from_json(data.get("arguments")),
            result=LogPayload.from_json(data.get("result")),
        )


@dataclass
class LogsPage:
    """One page of ``router.logs.list()``, newest first; pass ``next_cursor`` back for the next."""

    items: list[ExecutionLog]
    next_cursor: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LogsPage:
        return cls(
            items=[ExecutionLog.from_json(item) for item in data.get("items", [])],
            next_cursor=data.get("nextCursor"),
        )


@dataclass
class ConnectLinkField:
    """A field of a connect form: ``name`` is the credential key it fills (``apiKey``, ``token``, ...)."""

    name: str
    label: str
    secret: bool = False

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ConnectLinkField:
        return _build(cls, data)


@dataclass
class ConnectLink:
    """What a connect page shows for a link (never a secret): the form fields, or OAuth when empty."""

    id: str
    toolkit: str
    toolkit_name: str
    mode: str
    status: str
    expires_at: str = ""
    fields: list[ConnectLinkField] = field(default_factory=list)
    logo: str | None = None
    help: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ConnectLink:
        fields = [ConnectLinkField.from_json(item) for item in data.get("fields", [])]
        return _build(cls, data, fields=fields)


@dataclass
class ConnectResult:
    """How a connection finished: the account, its status, and where to send the browser (if anywhere)."""

    connected_account_id: str
    status: str = "ACTIVE"
    redirect_to: str | None = None
    error: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ConnectResult:
        return _build(cls, data)
