"""Parts that need no server: error classes by code and status, case conversion, tool-call shapes."""

from __future__ import annotations

import unittest

import support  # noqa: F401 - puts src on sys.path

from toolrouter import (
    ConflictError,
    ConnectionFailedError,
    InvalidResponseError,
    NotFoundError,
    ServerError,
    ToolRouterError,
    ValidationError,
)
from toolrouter._case import to_camel, to_snake
from toolrouter._config import config_from_json, config_to_json
from toolrouter.errors import error_from_response
from toolrouter.openai_tools import extract_tool_calls


class ErrorMappingTest(unittest.TestCase):
    def test_known_codes_get_their_class_and_keep_code_field_and_details(self) -> None:
        error = error_from_response(
            409, {"error": {"code": "CONNECTION_FAILED", "message": "m", "details": {"connectedAccountId": "ca_1"}}}
        )
        self.assertIsInstance(error, ConnectionFailedError)
        self.assertIsInstance(error, ConflictError)
        self.assertEqual((error.code, error.status, error.details), ("CONNECTION_FAILED", 409, {"connected_account_id": "ca_1"}))
        field = error_from_response(400, {"error": {"code": "VALIDATION_ERROR", "message": "m", "field": "mode"}})
        self.assertIsInstance(field, ValidationError)
        self.assertEqual(field.field, "mode")

    def test_unknown_codes_fall_back_on_the_suffix_then_the_status(self) -> None:
        self.assertIsInstance(error_from_response(404, {"error": {"code": "WIDGET_NOT_FOUND", "message": ""}}), NotFoundError)
        server = error_from_response(500, {"error": {"code": "INTERNAL_ERROR", "message": "m"}})
        self.assertIsInstance(server, ServerError)
        other = error_from_response(418, {"error": {"code": "TEAPOT", "message": "m"}})
        self.assertIs(type(other), ToolRouterError)
        self.assertEqual(str(other), "TEAPOT: m")
        self.assertIsInstance(error_from_response(502, "<html>"), InvalidResponseError)


class ConversionTest(unittest.TestCase):
    def test_case(self) -> None:
        self.assertEqual(to_snake("authConfigId"), "auth_config_id")
        self.assertEqual(to_snake("already_snake"), "already_snake")
        self.assertEqual(to_camel("auth_config_id"), "authConfigId")
        self.assertEqual(to_camel("apiKey"), "apiKey")

    def test_only_the_apis_own_keys_change_case(self) -> None:
        config = config_to_json(
            toolkits=["my_toolkit"],
            auth_configs={"my_toolkit": "ac_1"},
            manage_connections={"callback_url": "https://x.example", "wait_for_connections": True},
        )
        self.assertEqual(
            config,
            {
                "toolkits": ["my_toolkit"],
                "authConfigs": {"my_toolkit": "ac_1"},
                "manageConnections": {"callbackUrl": "https://x.example", "waitForConnections": True},
            },
        )
        self.assertEqual(
            config_from_json(config),
            {
                "toolkits": ["my_toolkit"],
                "auth_configs": {"my_toolkit": "ac_1"},
                "manage_connections": {"callback_url": "https://x.example", "wait_for_connections": True},
            },
        )
        self.assertEqual(config_to_json(), {})


class ToolCallShapesTest(unittest.TestCase):
    def test_shapes(self) -> None:
        self.assertEqual(extract_tool_calls(None), [])
        self.assertEqual(extract_tool_calls({"role": "assistant", "content": "hi", "tool_calls": None}), [])
        [call] = extract_tool_calls([{"id": "c", "function": {"name": "T", "arguments": "{}"}}, {"id": "x"}])
        self.assertEqual((call.id, call.name, call.kind), ("c", "T", "chat"))
        [responses] = extract_tool_calls(
            {"output": [{"type": "message"}, {"type": "function_call", "call_id": "r", "name": "T", "arguments": ""}]}
        )
        self.assertEqual((responses.id, responses.kind), ("r", "responses"))


if __name__ == "__main__":
    unittest.main()
