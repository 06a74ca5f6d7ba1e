"""The JSON client of a toolrouter server's ``/api/v1`` (urllib only)."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from .errors import APIConnectionError, InvalidResponseError, ValidationError, error_from_response

QueryValue = str | int | bool | list[str] | None


class RestClient:
    """Sends the admin key, encodes JSON, and turns error answers into typed errors.

    The key never appears in an error message.
    """

    def __init__(self, api_url: str, api_key: str, timeout: float = 120.0) -> None:
        trimmed = api_url.rstrip("/")
        self.api_url = trimmed if re.search(r"/api/v1$", trimmed) else f"{trimmed}/api/v1"
        self._api_key = api_key
        self.timeout = timeout

    def __repr__(self) -> str:  # never shows the key
        return f"RestClient(api_url={self.api_url!r})"

    def request(
        self,
        method: str,
        path: str,
        *,
        query: dict[str, QueryValue] | None = None,
        body: Any = None,
        timeout: float | None = None,
    ) -> Any:
        """Calls ``method path`` and returns the parsed JSON answer (``None`` for 204)."""
        url = f"{self.api_url}{path}"
        params = {
            name: ",".join(value) if isinstance(value, list) else _query_text(value)
            for name, value in (query or {}).items()
            if value is not None
        }
        if params:
            url = f"{url}?{urllib.parse.urlencode(params)}"
        headers = {"Authorization": f"Bearer {self._api_key}", "Accept": "application/json"}
        data = None
        if body is not None:
            headers["Content-Type"] = "application/json"
            data = json.dumps(body).encode("utf-8")
        request = urllib.request.Request(url, data=data, headers=headers, method=method)
        origin = urllib.parse.urlsplit(url)
        try:
            with urllib.request.urlopen(request, timeout=timeout or self.timeout) as response:
                status, text = response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            status, text = error.code, error.read().decode("utf-8", "replace")
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise APIConnectionError(
                f"Cannot reach the toolrouter server at {origin.scheme}://{origin.netloc} ({reason}). "
                "Check api_url and that the server is running."
            ) from None
        parsed = _parse_json(text)
        if status >= 400:
            raise error_from_response(status, None if parsed is _NOT_JSON else parsed)
        if parsed is _NOT_JSON:
            raise InvalidResponseError(
                f"{origin.scheme}://{origin.netloc} answered {method} {origin.path} with something other "
                "than JSON. Check that api_url points at a toolrouter server.",
                status=status,
            )
        return parsed


def segment(value: str) -> str:
    """One path segment, percent-encoded; an empty id would address another route, so it is refused."""
    if not isinstance(value, str) or value == "":
        raise ValidationError(f"Expected a non-empty id, got {value!r}.")
    return urllib.parse.quote(value, safe="")


_NOT_JSON = object()


def _query_text(value: str | int | bool) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _parse_json(text: str) -> Any:
    if text == "":
        return None
    try:
        return json.loads(text)
    except ValueError:
        return _NOT_JSON
