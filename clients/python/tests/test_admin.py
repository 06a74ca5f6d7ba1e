"""Admin helpers (auth configs, connected accounts, catalog, logs) and how errors map to exceptions."""

from __future__ import annotations

import os
import socket
import unittest
from datetime import datetime, timezone
from unittest import mock

from support import ADMIN_KEY, router, servers, unique_user

from toolrouter import (
    APIConnectionError,
    AuthConfigNotFoundError,
    AuthenticationError,
    ConnectedAccountNotFoundError,
    ExecutionLogDetail,
    ExecutionLogNotFoundError,
    LogPayload,
    NotFoundError,
    PermissionDeniedError,
    ToolkitNotFoundError,
    ToolNotFoundError,
    ToolRouter,
    ToolRouterError,
    ValidationError,
)


class AuthConfigsTest(unittest.TestCase):
    def test_create_list_get_update_delete(self) -> None:
        admin = router()
        created = admin.auth_configs.create(
            "echo", "api_key", name="Echo keys", scopes=["read"], is_default=False
        )
        self.assertTrue(created.id.startswith("ac_"))
        self.assertEqual(
            (created.toolkit, created.mode, created.name, created.created_by, created.is_default),
            ("echo", "api_key", "Echo keys", "operator", False),
        )
        self.assertEqual(created.scopes, ["read"])
        self.assertFalse(created.has_credentials)
        self.assertIn(created.id, [config.id for config in admin.auth_configs.list(toolkit="echo")])
        self.assertNotIn(created.id, [config.id for config in admin.auth_configs.list(toolkit="publicecho")])
        self.assertEqual(admin.auth_configs.get(created.id), created)
        updated = admin.auth_configs.update(created.id, name="Renamed", scopes=["read", "write"])
        self.assertEqual((updated.name, updated.scopes), ("Renamed", ["read", "write"]))
        admin.auth_configs.delete(created.id)
        with self.assertRaises(AuthConfigNotFoundError) as raised:
            admin.auth_configs.get(created.id)
        self.assertEqual((raised.exception.code, raised.exception.status), ("AUTH_CONFIG_NOT_FOUND", 404))
        self.assertIsInstance(raised.exception, NotFoundError)

    def test_oauth_app_credentials_go_in_and_never_come_back(self) -> None:
        admin = router()
        created = admin.auth_configs.create(
            "bearerecho", "bearer", credentials={"client_id": "id-1", "client_secret": "app-secret-xyz"}
        )
        fetched = admin.auth_configs.get(created.id)
        self.assertNotIn("app-secret-xyz", repr(fetched))

    def test_an_invalid_mode_names_the_field(self) -> None:
        with self.assertRaises(ValidationError) as raised:
            router().auth_configs.create("echo", "carrier_pigeon")
        self.assertEqual(raised.exception.status, 400)
        self.assertIn("mode", raised.exception.message)


class ConnectedAccountsTest(unittest.TestCase):
    def setUp(self) -> None:
        self.admin = router()
        self.config = self.admin.auth_configs.create("echo", "api_key", name="Imported keys", is_default=False)

    def test_import_list_get_disable_enable_delete(self) -> None:
        user = unique_user()
        account = self.admin.connected_accounts.import_(
            user, self.config.id, {"api_key": "key-erin"}, alias="work"
        )
        self.assertEqual((account.status, account.alias, account.user_id), ("ACTIVE", "work", user))
        self.assertEqual(account.auth_config_id, self.config.id)
        self.assertEqual(getattr(self.admin.connected_accounts, "import"), self.admin.connected_accounts.import_)
        listed = self.admin.connected_accounts.list(user_id=user)
        self.assertEqual([item.id for item in listed], [account.id])
        self.assertEqual(self.admin.connected_accounts.list(user_id=user, status="INACTIVE"), [])
        self.assertEqual(len(self.admin.connected_accounts.list(user_id=user, status=["ACTIVE", "INACTIVE"])), 1)
        self.assertEqual(self.admin.connected_accounts.list(user_id=user, toolkit="publicecho"), [])
        self.assertEqual(self.admin.connected_accounts.get(account.id).id, account.id)

        # Pinned in a session, the imported account runs the toolkit's tools; by alias too.
        session = self.admin.create(user_id=user, toolkits=["echo"], connected_accounts={"echo": account.id})
        self.assertEqual(session.config["connected_accounts"], {"echo": account.id})
        self.assertEqual(session.execute("ECHO_GET", {"id": "1"}).data["account"], "erin")
        self.assertEqual(session.execute("ECHO_GET", {"id": "2"}, account="work").data["account"], "erin")

        self.assertEqual(self.admin.connected_accounts.disable(account.id).status, "INACTIVE")
        self.assertFalse(session.execute("ECHO_GET", {"id": "3"}).successful)
        self.assertEqual(self.admin.connected_accounts.enable(account.id).status, "ACTIVE")
        self.assertTrue(session.execute("ECHO_GET", {"id": "4"}).successful)

        self.admin.connected_accounts.delete(account.id)
        with self.assertRaises(ConnectedAccountNotFoundError):
            self.admin.connected_accounts.get(account.id)

    def test_the_auth_configs_pin_decides_where_new_connections_go(self) -> None:
        user = unique_user()
        session = self.admin.create(user_id=user, toolkits=["echo"], auth_configs={"echo": self.config.id})
        self.assertEqual(session.config["auth_configs"], {"echo": self.config.id})
        request = session.authorize("echo")
        self.assertEqual(self.admin.connected_accounts.get(request.id).auth_config_id, self.config.id)

    def test_another_users_account_cannot_be_pinned(self) -> None:
        account = self.admin.connected_accounts.import_(unique_user(), self.config.id, {"api_key": "key-frank"})
        with self.assertRaises(PermissionDeniedError) as raised:
            self.admin.create(user_id=unique_user(), toolkits=["echo"], connected_accounts={"echo": account.id})
        self.assertEqual((raised.exception.code, raised.exception.status), ("CONNECTED_ACCOUNT_OWNERSHIP", 403))

    def test_credentials_of_the_wrong_shape_are_a_validation_error(self) -> None:
        with self.assertRaises(ValidationError):
            self.admin.connected_accounts.import_(unique_user(), self.config.id, {"password": "x"})


class CatalogAndLogsTest(unittest.TestCase):
    def test_toolkits_and_tools(self) -> None:
        admin = router()
        toolkits = {toolkit.slug: toolkit for toolkit in admin.toolkits.list()}
        self.assertEqual(sorted(toolkits), ["bearerecho", "echo", "publicecho"])
        echo = admin.toolkits.get("echo")
        self.assertEqual((echo.name, echo.auth_modes, echo.is_no_auth, echo.tool_count), ("Echo", ["api_key"], False, 2))
        self.assertTrue(toolkits["publicecho"].is_no_auth)
        with self.assertRaises(ToolkitNotFoundError):
            admin.toolkits.get("nope")
        tools = admin.tools.list(toolkit="echo")
        self.assertEqual(sorted(tool.slug for tool in tools), ["ECHO_DELETE", "ECHO_GET"])
        tool = admin.tools.get("ECHO_GET")
        self.assertEqual((tool.toolkit, tool.tags, tool.kind), ("echo", ["readOnlyHint"], "http"))
        self.assertEqual(tool.input_schema["required"], ["id"])
        with self.assertRaises(ToolNotFoundError):
            admin.tools.get("NOPE_NOPE")
        result = admin.tools.execute("PUBLICECHO_GET", {"id": "x"}, user_id=unique_user())
        self.assertEqual(result.data["id"], "x")

    def test_logs_page_by_cursor(self) -> None:
        admin = router()
        session = admin.create(user_id=unique_user(), toolkits=["publicecho"])
        for index in range(3):
            session.execute("PUBLICECHO_GET", {"id": str(index)})
        session.execute("PUBLICECHO_GET", {"id": "missing"})
        first = admin.logs.list(session_id=session.session_id, limit=2)
        self.assertEqual(len(first.items), 2)
        self.assertIsNotNone(first.next_cursor)
        second = admin.logs.list(session_id=session.session_id, limit=2, cursor=first.next_cursor)
        logs = first.items + second.items
        self.assertEqual(len({log.id for log in logs}), 4)
        self.assertEqual({log.tool_slug for log in logs}, {"PUBLICECHO_GET"})
        self.assertEqual({log.session_id for log in logs}, {session.session_id})
        failed = admin.logs.list(session_id=session.session_id, successful=False)
        self.assertEqual(len(failed.items), 1)
        self.assertEqual(failed.items[0].status_code, 404)

    def test_logs_by_time_and_one_with_its_redacted_arguments(self) -> None:
        admin = router()
        session = admin.create(user_id=unique_user(), toolkits=["publicecho"])
        before = datetime.now(timezone.utc)
        result = session.execute("PUBLICECHO_DELETE", {"id": "7", "apiKey": "sk-0123456789"})
        page = admin.logs.list(session_id=session.session_id, since=before)
        self.assertEqual([log.id for log in page.items], [result.log_id])
        self.assertEqual(admin.logs.list(session_id=session.session_id, until=before).items, [])
        log = admin.logs.get(result.log_id)
        self.assertIsInstance(log, ExecutionLogDetail)
        self.assertEqual((log.tool_slug, log.session_id), ("PUBLICECHO_DELETE", session.session_id))
        self.assertEqual(log.arguments, LogPayload(truncated=False, value={"id": "7", "apiKey": "[REDACTED]"}))
        self.assertEqual(log.result, LogPayload(truncated=False, value={"id": "7", "method": "DELETE", "account": None}))
        with self.assertRaises(ExecutionLogNotFoundError):
            admin.logs.get("log_missing")
        with self.assertRaises(ValidationError):
            admin.logs.list(since="last tuesday")


class ErrorsAndSetupTest(unittest.TestCase):
    def test_a_wrong_admin_key_is_an_authentication_error_without_the_key(self) -> None:
        bad = ToolRouter(api_url=servers().url, api_key="wrong-key-123")
        with self.assertRaises(AuthenticationError) as raised:
            bad.toolkits.list()
        error = raised.exception
        self.assertEqual((error.code, error.status), ("UNAUTHORIZED", 401))
        self.assertIsInstance(error, ToolRouterError)
        self.assertNotIn("wrong-key-123", str(error))
        self.assertNotIn(ADMIN_KEY, repr(router()))

    def test_an_unreachable_server(self) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        with self.assertRaises(APIConnectionError) as raised:
            ToolRouter(api_url=f"http://127.0.0.1:{port}", api_key="k").toolkits.list()
        self.assertEqual((raised.exception.code, raised.exception.status), ("SERVER_UNREACHABLE", 0))

    def test_an_unknown_route_is_not_found(self) -> None:
        with self.assertRaises(NotFoundError) as raised:
            router()._client.request("GET", "/no-such-route")
        self.assertEqual(raised.exception.code, "NOT_FOUND")

    def test_an_empty_id_is_refused_before_any_request(self) -> None:
        with self.assertRaises(ValidationError):
            router().sessions.use("")

    def test_url_and_key_from_the_environment(self) -> None:
        with mock.patch.dict(os.environ, {"TOOLROUTER_URL": servers().url + "/", "TOOLROUTER_API_KEY": ADMIN_KEY}):
            from_env = ToolRouter()
        self.assertEqual(from_env.api_url, servers().url + "/api/v1")
        from_env.ping()
        self.assertEqual(from_env.info()["base_url"], servers().url)
        with mock.patch.dict(os.environ, {}, clear=True), self.assertRaises(ValidationError) as raised:
            ToolRouter()
        self.assertEqual(raised.exception.field, "api_url")


if __name__ == "__main__":
    unittest.main()


# Operations of the server's OpenAPI document and the client method that calls each.
COVERED = {
    "createSession": "router.create / router.sessions.create",
    "listSessions": "router.sessions.list",
    "getSession": "router.sessions.use / session.refresh",
    "updateSession": "session.update",
    "deleteSession": "session.delete / router.sessions.delete",
    "listSessionConfigHistory": "session.list_config_history",
    "rotateSessionToken": "router.sessions.rotate_token",
    "searchSessionTools": "session.search",
    "executeSessionTool": "session.execute / session.handle_tool_calls",
    "listSessionToolkits": "session.toolkits",
    "listSessionTools": "session.tools / session.list_tools",
    "authorizeToolkit": "session.authorize",
    "ensureSessionToolkitConnected": "session.ensure_connected",
    "proxyExecute": "session.proxy_execute",
    "listToolkits": "router.toolkits.list",
    "getToolkit": "router.toolkits.get",
    "listTools": "router.tools.list",
    "getTool": "router.tools.get",
    "executeTool": "router.tools.execute",
    "createAuthConfig": "router.auth_configs.create",
    "listAuthConfigs": "router.auth_configs.list",
    "getAuthConfig": "router.auth_configs.get",
    "updateAuthConfig": "router.auth_configs.update",
    "deleteAuthConfig": "router.auth_configs.delete",
    "createConnectedAccount": "router.connected_accounts.import_",
    "listConnectedAccounts": "router.connected_accounts.list",
    "getConnectedAccount": "router.connected_accounts.get",
    "deleteConnectedAccount": "router.connected_accounts.delete",
    "enableConnectedAccount": "router.connected_accounts.enable",
    "disableConnectedAccount": "router.connected_accounts.disable",
    "waitForConnection": "ConnectionRequest.wait_for_connection",
    "listLogs": "router.logs.list",
    "getLog": "router.logs.get",
    "getServerInfo": "router.info",
    "ping": "router.ping",
    "getConnectLink": "router.connect.get_link",
    "startConnectLinkOAuth": "router.connect.start_oauth",
    "submitConnectLinkCredentials": "router.connect.submit_credentials",
    "sweepStaleConnections": "router.connect.sweep_stale_connections",
    "handleOAuthCallback": "router.connect.handle_oauth_callback",
}
# For the MCP server itself (the TypeScript remote mode uses it), and the document. Registering and
# deleting stored toolkits is an operator's task (`toolrouter toolkits import`, the dashboard, or the
# TypeScript `router.toolkits.register`); the Python client serves applications, so it leaves them out.
NOT_IN_CLIENT = {"getOpenApiDocument", "authenticateSession", "registerToolkit", "deleteToolkit"}


class OpenApiCoverageTest(unittest.TestCase):
    def test_every_operation_of_the_openapi_document_is_covered_or_listed_as_left_out(self) -> None:
        import json
        import urllib.request

        with urllib.request.urlopen(f"{servers().url}/api/v1/openapi.json", timeout=30) as response:
            document = json.load(response)
        operations = {
            operation["operationId"]
            for methods in document["paths"].values()
            for operation in methods.values()
            if isinstance(operation, dict) and "operationId" in operation
        }
        self.assertEqual(
            operations - set(COVERED) - NOT_IN_CLIENT,
            set(),
            "the server has operations the Python client does not know: give each a client method and add it "
            "to COVERED, or add it to NOT_IN_CLIENT (clients/python/tests/test_admin.py)",
        )
        self.assertEqual(set(COVERED) - operations, set(), "the client calls operations the server no longer has")
