"""Sessions: create with toolkits / enable / disable, update, delete, use, list, and MCP."""

from __future__ import annotations

import json
import unittest
import urllib.error
import urllib.request

from support import router, servers, unique_user

from toolrouter import (
    Session,
    SessionConfigConflictError,
    SessionNotFoundError,
    ValidationError,
)


def toolkit_slugs(session: Session) -> list[str]:
    return sorted(item.slug for item in session.toolkits().items)


class CreateTest(unittest.TestCase):
    def setUp(self) -> None:
        self.router = router()

    def test_a_list_of_toolkits_enables_exactly_those(self) -> None:
        session = self.router.create(user_id=unique_user(), toolkits=["publicecho", "echo"])
        self.assertTrue(session.session_id.startswith("ses_"))
        self.assertEqual(session.config, {"toolkits": ["publicecho", "echo"]})
        self.assertEqual(session.config_version, 1)
        self.assertEqual(toolkit_slugs(session), ["echo", "publicecho"])

    def test_enable_and_disable(self) -> None:
        enabled = self.router.create(user_id=unique_user(), toolkits={"enable": ["publicecho"]})
        self.assertEqual(toolkit_slugs(enabled), ["publicecho"])
        disabled = self.router.create(user_id=unique_user(), toolkits={"disable": ["publicecho"]})
        self.assertEqual(toolkit_slugs(disabled), ["bearerecho", "echo"])
        everything = self.router.create(user_id=unique_user())
        self.assertEqual(toolkit_slugs(everything), ["bearerecho", "echo", "publicecho"])

    def test_snake_case_config_goes_out_camel_case_and_comes_back_snake_case(self) -> None:
        session = self.router.create(
            user_id=unique_user(),
            toolkits=["echo"],
            tags={"disable": ["destructiveHint"]},
            manage_connections={"enable": True, "callback_url": "https://app.example.com/connected"},
            tools={"echo": ["ECHO_GET"]},
        )
        self.assertEqual(
            session.config,
            {
                "toolkits": ["echo"],
                "tags": {"disable": ["destructiveHint"]},
                "manage_connections": {"enable": True, "callback_url": "https://app.example.com/connected"},
                "tools": {"echo": ["ECHO_GET"]},
            },
        )
        again = self.router.sessions.use(session.session_id)
        self.assertEqual(again.config, session.config)

    def test_an_unknown_toolkit_is_a_validation_error_naming_the_field(self) -> None:
        with self.assertRaises(ValidationError) as raised:
            self.router.create(user_id=unique_user(), toolkits=["nope"])
        self.assertEqual(raised.exception.code, "VALIDATION_ERROR")
        self.assertEqual(raised.exception.status, 400)
        self.assertEqual(raised.exception.field, "toolkits")
        self.assertIn("nope", raised.exception.message)

    def test_an_unknown_keyword_is_refused_before_any_request(self) -> None:
        with self.assertRaises(TypeError):
            self.router.create(user_id=unique_user(), toolkit=["echo"])  # type: ignore[call-arg]


class LifecycleTest(unittest.TestCase):
    def setUp(self) -> None:
        self.router = router()

    def test_update_changes_the_config_and_the_version(self) -> None:
        session = self.router.create(user_id=unique_user(), toolkits=["echo", "publicecho"])
        returned = session.update(toolkits={"disable": ["echo"]}, expected_config_version=1)
        self.assertIs(returned, session)
        self.assertEqual(session.config_version, 2)
        self.assertEqual(session.config["toolkits"], {"disable": ["echo"]})
        self.assertEqual(toolkit_slugs(session), ["bearerecho", "publicecho"])
        self.assertEqual(self.router.sessions.use(session.session_id).config_version, 2)

    def test_config_history_lists_every_version_newest_first(self) -> None:
        session = self.router.create(user_id=unique_user(), toolkits=["echo"])
        session.update(toolkits=["publicecho"], manage_connections={"enable": False})
        history = session.list_config_history()
        self.assertEqual([entry["config_version"] for entry in history], [2, 1])
        self.assertEqual(history[0]["config"]["toolkits"], ["publicecho"])
        self.assertEqual(history[0]["config"]["manage_connections"], {"enable": False})
        self.assertEqual(history[1]["config"]["toolkits"], ["echo"])

    def test_rotate_token_replaces_the_mcp_token(self) -> None:
        session = self.router.create(user_id=unique_user(), toolkits=["echo"])
        old = dict(session.mcp.headers)
        rotated = self.router.sessions.rotate_token(session.session_id)
        self.assertEqual(rotated.session_id, session.session_id)
        self.assertNotEqual(rotated.mcp.headers, old)
        self.assertEqual(rotated.mcp.url, session.mcp.url)

    def test_a_stale_expected_config_version_is_a_conflict_with_details(self) -> None:
        session = self.router.create(user_id=unique_user(), toolkits=["echo"])
        self.router.sessions.use(session.session_id).update(toolkits=["publicecho"])
        with self.assertRaises(SessionConfigConflictError) as raised:
            session.update(toolkits=["bearerecho"], expected_config_version=session.config_version)
        error = raised.exception
        self.assertEqual((error.code, error.status), ("SESSION_CONFIG_CONFLICT", 409))
        self.assertEqual(error.details["expected_config_version"], 1)
        self.assertEqual(error.details["actual_config_version"], 2)
        self.assertEqual(session.refresh().config["toolkits"], ["publicecho"])

    def test_delete_then_use_is_session_not_found(self) -> None:
        session = self.router.create(user_id=unique_user(), toolkits=["echo"])
        session.delete()
        with self.assertRaises(SessionNotFoundError) as raised:
            self.router.sessions.use(session.session_id)
        self.assertEqual(raised.exception.details["session_id"], session.session_id)
        other = self.router.create(user_id=unique_user(), toolkits=["echo"])
        self.router.sessions.delete(other.session_id)
        with self.assertRaises(SessionNotFoundError):
            other.refresh()

    def test_use_and_list(self) -> None:
        user = unique_user()
        first = self.router.create(user_id=user, toolkits=["echo"])
        second = self.router.create(user_id=user, toolkits=["publicecho"])
        self.router.create(user_id=unique_user(), toolkits=["echo"])
        used = self.router.sessions.use(first.session_id)
        self.assertEqual((used.session_id, used.user_id, used.config), (first.session_id, user, first.config))
        listed = self.router.sessions.list(user_id=user)
        self.assertEqual(sorted(s.session_id for s in listed), sorted([first.session_id, second.session_id]))


class McpTest(unittest.TestCase):
    def test_the_mcp_url_and_headers_open_the_session_over_mcp(self) -> None:
        session = router().create(user_id=unique_user(), toolkits=["publicecho"])
        self.assertEqual(session.mcp.type, "http")
        self.assertEqual(session.mcp.url, f"{servers().url}/mcp/{session.session_id}")
        self.assertTrue(session.mcp.headers["Authorization"].startswith("Bearer "))
        names = [tool["name"] for tool in mcp_tools_list(session.mcp.url, session.mcp.headers)]
        self.assertIn("TOOLROUTER_SEARCH_TOOLS", names)
        self.assertIn("TOOLROUTER_MULTI_EXECUTE_TOOL", names)

    def test_a_deleted_session_token_stops_working(self) -> None:
        session = router().create(user_id=unique_user(), toolkits=["publicecho"])
        session.delete()
        with self.assertRaises(urllib.error.HTTPError) as raised:
            mcp_tools_list(session.mcp.url, session.mcp.headers)
        self.assertEqual(raised.exception.code, 401)


def mcp_tools_list(url: str, headers: dict[str, str]) -> list[dict]:
    """`tools/list` over MCP Streamable HTTP, as any MCP client sends it (JSON or SSE answer)."""
    body = {"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}}
    request = urllib.request.Request(
        url,
        data=json.dumps(body).encode(),
        method="POST",
        headers={
            **headers,
            "content-type": "application/json",
            "accept": "application/json, text/event-stream",
            "mcp-protocol-version": "2025-11-25",
        },
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        text = response.read().decode()
    if text.lstrip().startswith("{"):
        return json.loads(text)["result"]["tools"]
    data = [line[len("data:") :].strip() for line in text.splitlines() if line.startswith("data:")]
    return json.loads(data[-1])["result"]["tools"]


if __name__ == "__main__":
    unittest.main()
