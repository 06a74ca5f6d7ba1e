"""OpenAI function tools from toolrouter tools, and running the tool calls a model made.

Works with the ``openai`` SDK's objects and with plain dicts, for Chat Completions
(``tool_calls`` -> ``{"role": "tool", ...}`` messages) and the Responses API
(``function_call`` items -> ``{"type": "function_call_output", ...}`` items).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from .models import Tool, ToolExecutionResult


def to_openai_tool(tool: Tool) -> dict[str, Any]:
    """A Chat Completions function tool: ``{"type": "function", "function": {name, description, parameters}}``.

    The JSON Schema goes as it is, with ``strict: False`` (toolrouter's schemas are not all strict-mode
    schemas).
    """
    return {
        "type": "function",
        "function": {
            "name": tool.slug,
            "description": tool.description,
            "parameters": tool.input_schema,
            "strict": False,
        },
    }


def to_responses_tool(tool: Tool) -> dict[str, Any]:
    """A Responses API function tool: ``{"type": "function", "name", "description", "parameters"}``."""
    return {
        "type": "function",
        "name": tool.slug,
        "description": tool.description,
        "parameters": tool.input_schema,
        "strict": False,
    }


def tool_result_content(result: ToolExecutionResult) -> str:
    """The text a model reads for a result: ``{"successful", "data", "error"}`` as JSON."""
    return json.dumps(result.to_dict(), separators=(",", ":"), ensure_ascii=False, default=str)


@dataclass
class ToolCall:
    """One call a model made: its id, the tool's name and the raw arguments (usually a JSON string)."""

    id: str
    name: str
    arguments: Any
    kind: str  # "chat" or "responses": decides the shape of the answer


def extract_tool_calls(response: Any) -> list[ToolCall]:
    """The tool calls in a completion, a message, a Responses API response or a list of calls.

    Accepts the ``openai`` SDK's objects or the same shapes as dicts.
    """
    if response is None:
        return []
    choices = _get(response, "choices")
    if choices is not None:
        if not choices:
            return []
        return extract_tool_calls(_get(choices[0], "message"))
    output = _get(response, "output")
    if output is not None and not isinstance(response, (list, tuple)):
        return _calls(output)
    tool_calls = _get(response, "tool_calls")
    if tool_calls is not None or _get(response, "role") is not None:
        return _calls(tool_calls or [])
    if isinstance(response, (list, tuple)):
        return _calls(response)
    return _calls([response])


def run_tool_calls(
    calls: Sequence[ToolCall],
    execute: Callable[[str, Any], ToolExecutionResult],
    *,
    allowed: Iterable[str] | None = None,
    max_workers: int = 8,
) -> list[dict[str, Any]]:
    """Runs every call (in parallel threads) and returns one answer per call, in order.

    A call that raises becomes a failed result for the model (one failure never sinks the others);
    with ``allowed``, a tool outside it is refused without running.
    """
    names = None if allowed is None else list(allowed)

    def run(call: ToolCall) -> dict[str, Any]:
        if names is not None and call.name not in names:
            result = ToolExecutionResult(
                data=None,
                error=f"Tool '{call.name}' is not among the tools given to the model; "
                f"call one of: {', '.join(names)}.",
                successful=False,
            )
        else:
            try:
                result = execute(call.name, _parse_arguments(call.arguments))
            except Exception as error:  # noqa: BLE001 - the model reads it, the loop goes on
                result = ToolExecutionResult(data=None, error=str(error), successful=False)
        content = tool_result_content(result)
        if call.kind == "responses":
            return {"type": "function_call_output", "call_id": call.id, "output": content}
        return {"role": "tool", "tool_call_id": call.id, "content": content}

    if len(calls) <= 1:
        return [run(call) for call in calls]
    with ThreadPoolExecutor(max_workers=min(max_workers, len(calls))) as pool:
        return list(pool.map(run, calls))


def _calls(items: Iterable[Any]) -> list[ToolCall]:
    calls: list[ToolCall] = []
    for item in items:
        function = _get(item, "function")
        if function is not None:
            calls.append(
                ToolCall(
                    id=_get(item, "id") or "",
                    name=_get(function, "name") or "",
                    arguments=_get(function, "arguments"),
                    kind="chat",
                )
            )
        elif _get(item, "type") == "function_call":
            calls.append(
                ToolCall(
                    id=_get(item, "call_id") or _get(item, "id") or "",
                    name=_get(item, "name") or "",
                    arguments=_get(item, "arguments"),
                    kind="responses",
                )
            )
    return calls


def _parse_arguments(arguments: Any) -> Any:
    """JSON-string arguments parsed; anything unparseable goes to the server, whose validation names it."""
    if arguments is None or arguments == "":
        return {}
    if isinstance(arguments, str):
        try:
            return json.loads(arguments)
        except ValueError:
            return arguments
    return arguments


def _get(value: Any, name: str) -> Any:
    if isinstance(value, dict):
        return value.get(name)
    if isinstance(value, (list, tuple, str)):
        return None
    return getattr(value, name, None)
