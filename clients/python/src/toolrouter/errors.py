"""Errors of the toolrouter client: one root, :class:`ToolRouterError`, and a subclass per condition.

Every error the server answers with keeps its stable ``code`` (``SESSION_NOT_FOUND``,
``VALIDATION_ERROR``, ...), its HTTP ``status``, the offending ``field`` of a validation error and
the error's data as ``details`` (snake_case keys, e.g. ``actual_config_version``). Catch a family
(``NotFoundError``, ``ConflictError``) or a single condition (``SessionNotFoundError``).
"""

from __future__ import annotations

from typing import Any

from ._case import keys_to_snake


class ToolRouterError(Exception):
    """Root of every error this client raises.

    Attributes:
        code: the server's stable code (``SESSION_NOT_FOUND``), or ``SERVER_UNREACHABLE`` /
            ``INVALID_RESPONSE`` / ``CONNECTION_REQUEST_TIMEOUT`` for problems found here.
        message: what went wrong and what to do next.
        status: the HTTP status; 0 when no answer came.
        field: the offending field of a validation error, if the server named one.
        details: the error's data beside its message (``session_id``, ``suggestions``, ...).
    """

    default_code = "TOOLROUTER_ERROR"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        status: int = 0,
        field: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code or self.default_code
        self.status = status
        self.field = field
        self.details: dict[str, Any] = details or {}

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


class APIConnectionError(ToolRouterError):
    """The server could not be reached (``SERVER_UNREACHABLE``): check ``api_url`` and that it runs."""

    default_code = "SERVER_UNREACHABLE"


class InvalidResponseError(ToolRouterError):
    """The server answered with something other than the API's JSON (``INVALID_RESPONSE``)."""

    default_code = "INVALID_RESPONSE"


class AuthenticationError(ToolRouterError):
    """401 ``UNAUTHORIZED``: the admin API key is missing or wrong."""

    default_code = "UNAUTHORIZED"


class PermissionDeniedError(ToolRouterError):
    """403, e.g. ``CONNECTED_ACCOUNT_OWNERSHIP``: an account that belongs to another user."""

    default_code = "FORBIDDEN"


class ValidationError(ToolRouterError):
    """400 ``VALIDATION_ERROR``: a bad value; ``field`` names it when the server could."""

    default_code = "VALIDATION_ERROR"


class InvalidToolArgumentsError(ValidationError):
    """400 ``INVALID_TOOL_ARGUMENTS``: arguments that do not match the tool's input schema."""

    default_code = "INVALID_TOOL_ARGUMENTS"


class NoAuthConfigError(ValidationError):
    """400 ``NO_AUTH_CONFIG``: the toolkit has no auth config; create one with ``router.auth_configs``."""

    default_code = "NO_AUTH_CONFIG"


class NotFoundError(ToolRouterError):
    """404: a session, toolkit, tool, auth config, account or link that does not exist."""

    default_code = "NOT_FOUND"


class SessionNotFoundError(NotFoundError):
    """404 ``SESSION_NOT_FOUND``."""

    default_code = "SESSION_NOT_FOUND"


class ToolkitNotFoundError(NotFoundError):
    """404 ``TOOLKIT_NOT_FOUND``; ``details['suggestions']`` lists near misses."""

    default_code = "TOOLKIT_NOT_FOUND"


class ToolNotFoundError(NotFoundError):
    """404 ``TOOL_NOT_FOUND``."""

    default_code = "TOOL_NOT_FOUND"


class AuthConfigNotFoundError(NotFoundError):
    """404 ``AUTH_CONFIG_NOT_FOUND``."""

    default_code = "AUTH_CONFIG_NOT_FOUND"


class ConnectedAccountNotFoundError(NotFoundError):
    """404 ``CONNECTED_ACCOUNT_NOT_FOUND``."""

    default_code = "CONNECTED_ACCOUNT_NOT_FOUND"


class ExecutionLogNotFoundError(NotFoundError):
    """404 ``EXECUTION_LOG_NOT_FOUND``."""

    default_code = "EXECUTION_LOG_NOT_FOUND"


class ConnectLinkNotFoundError(NotFoundError):
    """404 ``CONNECT_LINK_NOT_FOUND``."""

    default_code = "CONNECT_LINK_NOT_FOUND"


class ConflictError(ToolRouterError):
    """409: the request conflicts with the current state (``CONFLICT`` and the codes below)."""

    default_code = "CONFLICT"


class SessionConfigConflictError(ConflictError):
    """409 ``SESSION_CONFIG_CONFLICT``: ``update(expected_config_version=...)`` lost a race.

    ``details`` holds ``expected_config_version`` and ``actual_config_version``: read the session
    again and retry.
    """

    default_code = "SESSION_CONFIG_CONFLICT"


class ConnectionRequiredError(ConflictError):
    """409 ``CONNECTION_REQUIRED``: the user must connect the toolkit first (``session.authorize``)."""

    default_code = "CONNECTION_REQUIRED"


class ConnectionFailedError(ConflictError):
    """409 ``CONNECTION_FAILED``: the connection the user started failed or expired."""

    default_code = "CONNECTION_FAILED"


class ConnectLinkUsedError(ConflictError):
    """409 ``CONNECT_LINK_USED``: a connect link works once."""

    default_code = "CONNECT_LINK_USED"


class ConnectLinkExpiredError(ToolRouterError):
    """410 ``CONNECT_LINK_EXPIRED``: authorize again for a fresh link."""

    default_code = "CONNECT_LINK_EXPIRED"


class ConnectionRequestTimeoutError(ToolRouterError):
    """408 ``CONNECTION_REQUEST_TIMEOUT``: the user did not finish connecting in time."""

    default_code = "CONNECTION_REQUEST_TIMEOUT"


class ServerError(ToolRouterError):
    """5xx: the server or its store failed (``INTERNAL_ERROR``, ``STORE_ERROR``, ``TOOL_TIMEOUT``, ...)."""

    default_code = "INTERNAL_ERROR"


_BY_CODE: dict[str, type[ToolRouterError]] = {
    cls.default_code: cls
    for cls in (
        AuthenticationError,
        ValidationError,
        InvalidToolArgumentsError,
        NoAuthConfigError,
        NotFoundError,
        SessionNotFoundError,
        ToolkitNotFoundError,
        ToolNotFoundError,
        AuthConfigNotFoundError,
        ConnectedAccountNotFoundError,
        ConnectLinkNotFoundError,
        ExecutionLogNotFoundError,
        ConflictError,
        SessionConfigConflictError,
        ConnectionRequiredError,
        ConnectionFailedError,
        ConnectLinkUsedError,
        ConnectLinkExpiredError,
        ConnectionRequestTimeoutError,
    )
}
_BY_CODE["CONNECTED_ACCOUNT_OWNERSHIP"] = PermissionDeniedError

_BY_STATUS: dict[int, type[ToolRouterError]] = {
    400: ValidationError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    408: ConnectionRequestTimeoutError,
    409: ConflictError,
}


def error_from_response(status: int, body: Any) -> ToolRouterError:
    """The typed error for an error answer ``{"error": {"code", "message", "field"?, "details"?}}``.

    The class is chosen by ``code`` (any ``*_NOT_FOUND`` is a :class:`NotFoundError`), then by status.
    """
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict) or not isinstance(error.get("code"), str):
        return InvalidResponseError(
            f"The toolrouter server answered {status} without a JSON error. "
            "Check that api_url points at a toolrouter server.",
            status=status,
        )
    code: str = error["code"]
    cls = _BY_CODE.get(code)
    if cls is None and code.endswith("_NOT_FOUND"):
        cls = NotFoundError
    if cls is None:
        cls = ServerError if status >= 500 else _BY_STATUS.get(status, ToolRouterError)
    details = error.get("details")
    return cls(
        str(error.get("message", "")),
        code=code,
        status=status,
        field=error.get("field") if isinstance(error.get("field"), str) else None,
        details=keys_to_snake(details) if isinstance(details, dict) else None,
    )
