"""toolrouter: the Python client of a toolrouter server's REST API (standard library only).

Example::

    from toolrouter import ToolRouter

    router = ToolRouter(api_url="http://localhost:8080", api_key="...")
    session = router.create(user_id="user_123", toolkits=["github"])
    tools = session.tools()  # OpenAI function tools
"""

from .errors import (
    APIConnectionError,
    AuthConfigNotFoundError,
    AuthenticationError,
    ConflictError,
    ConnectedAccountNotFoundError,
    ConnectionFailedError,
    ConnectionRequestTimeoutError,
    ConnectionRequiredError,
    ConnectLinkExpiredError,
    ConnectLinkNotFoundError,
    ConnectLinkUsedError,
    ExecutionLogNotFoundError,
    InvalidResponseError,
    InvalidToolArgumentsError,
    NoAuthConfigError,
    NotFoundError,
    PermissionDeniedError,
    ServerError,
    SessionConfigConflictError,
    SessionNotFoundError,
    ToolkitNotFoundError,
    ToolNotFoundError,
    ToolRouterError,
    ValidationError,
)
from .models import (
    AuthConfig,
    AuthConfigRef,
    ConnectedAccount,
    ConnectedAccountRef,
    ConnectLink,
    ConnectLinkField,
    ConnectResult,
    EnsureConnectedResult,
    ExecutionLog,
    ExecutionLogDetail,
    LogPayload,
    LogsPage,
    Mcp,
    SearchResult,
    SessionToolkit,
    Tool,
    ToolExecutionResult,
    Toolkit,
    ToolkitConnection,
    ToolkitsPage,
)
from .router import ToolRouter
from .session import ConnectionRequest, Session

__version__ = "0.1.0"

__all__ = [
    "APIConnectionError",
    "AuthConfig",
    "AuthConfigNotFoundError",
    "AuthConfigRef",
    "AuthenticationError",
    "ConflictError",
    "ConnectLink",
    "ConnectLinkExpiredError",
    "ConnectLinkField",
    "ConnectLinkNotFoundError",
    "ConnectLinkUsedError",
    "ConnectedAccount",
    "ConnectedAccountNotFoundError",
    "ConnectedAccountRef",
    "ConnectionFailedError",
    "ConnectResult",
    "ConnectionRequest",
    "ConnectionRequestTimeoutError",
    "ConnectionRequiredError",
    "EnsureConnectedResult",
    "ExecutionLog",
    "ExecutionLogDetail",
    "ExecutionLogNotFoundError",
    "InvalidResponseError",
    "InvalidToolArgumentsError",
    "LogPayload",
    "LogsPage",
    "Mcp",
    "NoAuthConfigError",
    "NotFoundError",
    "PermissionDeniedError",
    "SearchResult",
    "ServerError",
    "Session",
    "SessionConfigConflictError",
    "SessionNotFoundError",
    "SessionToolkit",
    "Tool",
    "ToolExecutionResult",
    "ToolNotFoundError",
    "ToolRouter",
    "ToolRouterError",
    "Toolkit",
    "ToolkitConnection",
    "ToolkitNotFoundError",
    "ToolkitsPage",
    "ValidationError",
]
