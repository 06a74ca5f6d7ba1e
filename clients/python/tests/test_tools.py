"""tools() as OpenAI function tools, handle_tool_calls, execute and search against the local echo API."""

from __future__ import annotations

import json
import unittest
from types import SimpleNamespace

from support import router, unique_user

from toolrouter import SessionNotFoundError, ValidationError


def chat_call(call_id: str, name: str, arguments: object) -> dict:
    text = arguments if isinstance(arguments, str) else json.dumps(arguments)
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": text}}


def completion(*calls: dict) -> dict:
    return {"choices": [{"message": {"role": "assistant", "content": None, "tool_calls": list(calls)}}]}


def as_objects(value: object) -> object:
    """The same data as attribute objects, the way the openai SDK's pydantic models read."""
    if isinstance(value, dict):
        return SimpleNamespace(**{key: as_objects(item) for key, item in value.items()})
    if isinstance(value, list):
        return [as_objects(item) for item in value]
    return value


def multi_execute(*tools: dict) -> dict:
    return {"tools": list(tools), "thought": "fetch the things"}


class ToolsTest(unittest.TestCase):
    def setUp(self) -> None:
        self.session = router().create(user_id=unique_user(), toolkits=["publicecho", "echo"])

    def test_tools_are_openai_chat_function_tools(self) -> None:
        tools = self.session.tools()
        names = [tool["function"]["name"] for tool in tools]
        self.assertIn("TOOLROUTER_SEARCH_TOOLS", names)
        self.assertIn("TOOLROUTER_MULTI_EXECUTE_TOOL", names)
        for tool in tools:
            self.assertEqual(tool["type"], "function")
            self.assertEqual(set(tool["function"]), {"name", "description", "parameters", "strict"})
            self.assertEqual(tool["function"]["parameters"]["type"], "object")
        search = next(t for t in tools if t["function"]["name"] == "TOOLROUTER_SEARCH_TOOLS")
        # JSON Schema property names are data: they stay as the server wrote them.
        self.assertIn("use_case", json.dumps(search["function"]["parameters"]))
        responses = self.session.responses_tools()
        self.assertEqual(
            [t["name"] for t in responses], names, "the Responses API flavour lists the same tools"
        )

    def test_preloaded_tools_sit_beside_the_meta_tools(self) -> None:
        session = router().create(
            user_id=unique_user(), toolkits=["publicecho"], preload={"tools": ["PUBLICECHO_GET"]}
        )
        names = [tool["function"]["name"] for tool in session.tools()]
        self.assertIn("PUBLICECHO_GET", names)
        calls = completion(chat_call("call_1", "PUBLICECHO_GET", {"id": "42"}))
        [message] = session.handle_tool_calls(calls)
        self.assertEqual(json.loads(message["content"])["data"], {"id": "42", "method": "GET", "account": None})

    def test_handle_tool_calls_runs_a_completion_given_as_dicts(self) -> None:
        response = completion(
            chat_call(
                "call_1",
                "TOOLROUTER_MULTI_EXECUTE_TOOL",
                multi_execute(
                    {"tool_slug": "PUBLICECHO_GET", "arguments": {"id": "7"}},
                    {"tool_slug": "ECHO_GET", "arguments": {"id": "8"}},
                ),
            ),
            chat_call("call_2", "TOOLROUTER_SEARCH_TOOLS", {"queries": [{"use_case": "get a thing"}]}),
        )
        messages = self.session.handle_tool_calls(response)
        self.assertEqual([m["tool_call_id"] for m in messages], ["call_1", "call_2"])
        self.assertEqual({m["role"] for m in messages}, {"tool"})
        first = json.loads(messages[0]["content"])
        self.assertTrue(first["successful"])
        public, private = first["data"]["results"]
        self.assertEqual(public["tool_slug"], "PUBLICECHO_GET")
        self.assertTrue(public["successful"])
        self.assertEqual(public["data"], {"id": "7", "method": "GET", "account": None})
        # echo needs a connection this user does not have: a result that says so, not an exception.
        self.assertFalse(private["successful"])
        self.assertTrue(json.loads(messages[1]["content"])["successful"])

    def test_handle_tool_calls_takes_openai_sdk_objects_a_message_or_a_list(self) -> None:
        call = chat_call(
            "call_9",
            "TOOLROUTER_MULTI_EXECUTE_TOOL",
            multi_execute({"tool_slug": "PUBLICECHO_GET", "arguments": {"id": "9"}}),
        )
        for shape in (
            as_objects(completion(call)),
            as_objects(completion(call)).choices[0].message,
            [as_objects(call)],
            [call],
        ):
            [message] = self.session.handle_tool_calls(shape)
            self.assertEqual(message["tool_call_id"], "call_9")
            results = json.loads(message["content"])["data"]["results"]
            self.assertEqual(results[0]["data"]["id"], "9")
        self.assertEqual(self.session.handle_tool_calls(completion()), [])
        self.assertEqual(self.session.handle_tool_calls({"choices": []}), [])

    def test_handle_tool_calls_answers_responses_api_function_calls(self) -> None:
        response = as_objects(
            {
                "output": [
                    {"type": "reasoning", "id": "rs_1"},
                    {
                        "type": "function_call",
                        "id": "fc_1",
                        "call_id": "call_r1",
                        "name": "TOOLROUTER_MULTI_EXECUTE_TOOL",
                        "arguments": json.dumps(
                            multi_execute({"tool_slug": "PUBLICECHO_GET", "arguments": {"id": "r"}})
                        ),
                    },
                ]
            }
        )
        [item] = self.session.handle_tool_calls(response)
        self.assertEqual(set(item), {"type", "call_id", "output"})
        self.assertEqual((item["type"], item["call_id"]), ("function_call_output", "call_r1"))
        self.assertEqual(json.loads(item["output"])["data"]["results"][0]["data"]["id"], "r")

    def test_each_call_fails_on_its_own(self) -> None:
        response = completion(
            chat_call("bad_json", "TOOLROUTER_MULTI_EXECUTE_TOOL", "{not json"),
            chat_call("unknown", "NO_SUCH_TOOL", {}),
            chat_call("bad_args", "TOOLROUTER_SEARCH_TOOLS", {"queries": "not a list"}),
            chat_call(
                "good",
                "TOOLROUTER_MULTI_EXECUTE_TOOL",
                multi_execute({"tool_slug": "PUBLICECHO_GET", "arguments": {"id": "ok"}}),
            ),
        )
        messages = {m["tool_call_id"]: json.loads(m["content"]) for m in self.session.handle_tool_calls(response)}
        for failed in ("bad_json", "unknown", "bad_args"):
            self.assertFalse(messages[failed]["successful"], failed)
            self.assertIsInstance(messages[failed]["error"], str)
        self.assertIn("queries", messages["bad_args"]["error"])
        self.assertTrue(messages["good"]["successful"])

    def test_a_call_that_raises_becomes_a_failed_result(self) -> None:
        session = router().create(user_id=unique_user(), toolkits=["publicecho"])
        session.delete()
        [message] = session.handle_tool_calls(completion(chat_call("c", "TOOLROUTER_SEARCH_TOOLS", {})))
        content = json.loads(message["content"])
        self.assertFalse(content["successful"])
        self.assertIn("SESSION_NOT_FOUND", content["error"])

    def test_only_the_given_tools_may_run(self) -> None:
        tools = [t for t in self.session.tools() if t["function"]["name"] == "TOOLROUTER_SEARCH_TOOLS"]
        response = completion(
            chat_call("c1", "TOOLROUTER_MULTI_EXECUTE_TOOL", multi_execute()),
            chat_call("c2", "TOOLROUTER_SEARCH_TOOLS", {"queries": [{"use_case": "get a thing"}]}),
        )
        first, second = (json.loads(m["content"]) for m in self.session.handle_tool_calls(response, tools=tools))
        self.assertFalse(first["successful"])
        self.assertIn("not among the tools given", first["error"])
        self.assertTrue(second["successful"])


class ExecuteTest(unittest.TestCase):
    def setUp(self) -> None:
        self.router = router()
        self.session = self.router.create(user_id=unique_user(), toolkits=["publicecho", "echo"])

    def test_execute_reaches_the_api(self) -> None:
        result = self.session.execute("PUBLICECHO_GET", {"id": "1"})
        self.assertTrue(result.successful)
        self.assertIsNone(result.error)
        self.assertEqual(result.data, {"id": "1", "method": "GET", "account": None})
        self.assertTrue(result.log_id.startswith("log_"))

    def test_tool_problems_are_results_not_exceptions(self) -> None:
        missing_argument = self.session.execute("PUBLICECHO_GET", {})
        self.assertFalse(missing_argument.successful)
        self.assertIn("id", missing_argument.error)
        unknown = self.session.execute("NO_SUCH_TOOL", {})
        self.assertFalse(unknown.successful)
        self.assertIn("does not exist", unknown.error)
        upstream = self.session.execute("PUBLICECHO_GET", {"id": "missing"})
        self.assertFalse(upstream.successful)
        self.assertIn("404", upstream.error)
        not_connected = self.session.execute("ECHO_GET", {"id": "1"})
        self.assertFalse(not_connected.successful)
        outside = self.router.create(user_id=unique_user(), toolkits=["echo"]).execute("PUBLICECHO_GET", {"id": "1"})
        self.assertFalse(outside.successful)

    def test_an_unknown_account_is_a_failed_result(self) -> None:
        result = self.session.execute("ECHO_GET", {"id": "1"}, account="ca_nope")
        self.assertFalse(result.successful)

    def test_proxy_execute_calls_the_toolkits_api_directly(self) -> None:
        result = self.session.proxy_execute(
            "publicecho", "GET", "/things/p1", parameters=[{"in": "query", "name": "verbose", "value": True}]
        )
        self.assertTrue(result.successful, result.error)
        self.assertEqual(result.data, {"id": "p1", "method": "GET", "account": None})
        with self.assertRaises(ValidationError) as raised:
            self.session.proxy_execute("publicecho", "GET", "https://elsewhere.example/things/1")
        self.assertIn("base URL", raised.exception.message)

    def test_execute_on_a_deleted_session_raises(self) -> None:
        self.session.delete()
        with self.assertRaises(SessionNotFoundError):
            self.session.execute("PUBLICECHO_GET", {"id": "1"})

    def test_search_finds_the_sessions_tools(self) -> None:
        results = self.session.search("get a thing by id")
        slugs = [result.slug for result in results]
        self.assertIn("PUBLICECHO_GET", slugs)
        public = next(result for result in results if result.slug == "PUBLICECHO_GET")
        self.assertTrue(public.is_connected)
        self.assertEqual(public.toolkit, "publicecho")
        self.assertEqual(public.input_schema["required"], ["id"])
        only = self.session.search("get a thing", toolkits=["echo"])
        self.assertEqual({result.toolkit for result in only}, {"echo"})


if __name__ == "__main__":
    unittest.main()
