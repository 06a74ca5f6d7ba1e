"""authorize + wait_for_connection through the hosted connect form, ensure_connected, toolkits() pages."""

from __future__ import annotations

import json
import threading
import time
import unittest

from support import CALLBACK_URL, router, servers, unique_user

from toolrouter import (
    ConnectionRequestTimeoutError,
    ConnectLinkNotFoundError,
    ConnectLinkUsedError,
    ToolkitNotFoundError,
    ToolRouterError,
)


class AuthorizeTest(unittest.TestCase):
    def setUp(self) -> None:
        self.router = router()
        self.user = unique_user()
        self.session = self.router.create(user_id=self.user, toolkits=["echo", "publicecho"])

    def test_authorize_then_wait_for_the_user_to_submit_the_form(self) -> None:
        request = self.session.authorize("echo")
        self.assertEqual(request.status, "INITIATED")
        self.assertTrue(request.id.startswith("ca_"))
        self.assertTrue(request.redirect_url.startswith(f"{servers().url}/connect/"))
        statuses: list[int] = []

        def user_submits_the_form() -> None:
            time.sleep(0.3)
            statuses.append(servers().submit_connect_form(request.redirect_url, {"apiKey": "key-alice"}))

        browser = threading.Thread(target=user_submits_the_form)
        browser.start()
        account = request.wait_for_connection(timeout=30)
        browser.join()
        self.assertEqual(statuses, [200])
        self.assertEqual((account.id, account.status, account.toolkit), (request.id, "ACTIVE", "echo"))
        self.assertTrue(account.is_active)
        self.assertEqual(account.user_id, self.user)
        result = self.session.execute("ECHO_GET", {"id": "1"})
        self.assertTrue(result.successful, result.error)
        self.assertEqual(result.data["account"], "alice")
        # The key went in and never comes out.
        self.assertNotIn("key-alice", json.dumps(self.router.connected_accounts.get(account.id).__dict__))

    def test_a_pending_link_is_reused_and_the_callback_url_is_where_the_browser_goes(self) -> None:
        first = self.session.authorize("echo", callback_url=CALLBACK_URL)
        again = self.session.authorize("echo", callback_url=CALLBACK_URL)
        self.assertEqual(again.redirect_url, first.redirect_url)
        self.assertEqual(servers().submit_connect_form(first.redirect_url, {"apiKey": "key-bob"}), 303)
        self.assertEqual(first.wait_for_connection(timeout=5).status, "ACTIVE")

    def test_wait_for_connection_times_out(self) -> None:
        request = self.session.authorize("echo")
        with self.assertRaises(ConnectionRequestTimeoutError) as raised:
            request.wait_for_connection(timeout=0.2)
        self.assertEqual(raised.exception.code, "CONNECTION_REQUEST_TIMEOUT")
        self.assertEqual(self.router.connected_accounts.get(request.id).status, "INITIATED")

    def test_authorize_an_unknown_toolkit(self) -> None:
        with self.assertRaises(ToolkitNotFoundError) as raised:
            self.session.authorize("nope")
        self.assertEqual(raised.exception.status, 404)
        self.assertEqual(raised.exception.details["toolkit"], "nope")

    def test_ensure_connected_hands_out_the_link_then_waits(self) -> None:
        self.assertTrue(self.session.ensure_connected("publicecho").was_connected)
        redirects: list[str] = []

        def on_redirect(request) -> None:
            redirects.append(request.redirect_url)
            threading.Thread(
                target=servers().submit_connect_form, args=(request.redirect_url, {"apiKey": "key-carol"})
            ).start()

        result = self.session.ensure_connected("echo", on_redirect=on_redirect, timeout=30)
        self.assertEqual(len(redirects), 1)
        self.assertFalse(result.was_connected)
        self.assertEqual(result.connected_account.status, "ACTIVE")
        second = self.session.ensure_connected("echo", on_redirect=lambda request: self.fail("no link"))
        self.assertTrue(second.was_connected)
        self.assertEqual(second.connected_account.id, result.connected_account.id)


class OwnConnectPageTest(unittest.TestCase):
    def test_read_the_link_and_submit_the_users_key_without_the_hosted_page(self) -> None:
        admin = router()
        session = admin.create(user_id=unique_user(), toolkits=["echo"])
        request = session.authorize("echo", callback_url=CALLBACK_URL)
        link = admin.connect.get_link(request.link_id)
        self.assertEqual((link.id, link.toolkit, link.toolkit_name, link.mode), (request.link_id, "echo", "Echo", "api_key"))
        self.assertEqual(link.status, "pending")
        self.assertEqual([(f.name, f.secret) for f in link.fields], [("apiKey", True)])
        result = admin.connect.submit_credentials(request.link_id, {"api_key": "key-gina"})
        self.assertEqual(result.connected_account_id, request.id)
        self.assertTrue(result.redirect_to.startswith(CALLBACK_URL))
        self.assertEqual(request.wait_for_connection(timeout=5).status, "ACTIVE")
        self.assertEqual(session.execute("ECHO_GET", {"id": "1"}).data["account"], "gina")
        self.assertEqual(admin.connect.get_link(request.link_id).status, "used")
        with self.assertRaises(ConnectLinkUsedError):
            admin.connect.submit_credentials(request.link_id, {"api_key": "key-gina"})
        with self.assertRaises(ConnectLinkNotFoundError):
            admin.connect.get_link("lnk_nope")

    def test_a_bad_oauth_state_is_refused(self) -> None:
        with self.assertRaises(ToolRouterError) as raised:
            router().connect.handle_oauth_callback(state="forged", code="x")
        self.assertEqual(raised.exception.code, "OAUTH_STATE_INVALID")
        self.assertIsInstance(router().connect.sweep_stale_connections(), dict)


class ToolkitsPagesTest(unittest.TestCase):
    def test_the_toolkits_loop_walks_every_page(self) -> None:
        user = unique_user()
        session = router().create(user_id=user)
        seen: list[str] = []
        pages = 0
        cursor = None
        while True:
            page = session.toolkits(limit=1, cursor=cursor)
            pages += 1
            self.assertEqual(page.total_pages, 3)
            seen += [item.slug for item in page.items]
            cursor = page.next_cursor
            if not cursor:
                break
        self.assertEqual(pages, 3)
        self.assertEqual(sorted(seen), ["bearerecho", "echo", "publicecho"])

    def test_connection_state_and_the_is_connected_filter(self) -> None:
        admin = router()
        user = unique_user()
        config = admin.auth_configs.create("bearerecho", "bearer", name="Bearer for tests")
        account = admin.connected_accounts.import_(user, config.id, {"token": "token-dave"})
        session = admin.create(
            user_id=user, toolkits=["bearerecho", "echo", "publicecho"], auth_configs={"bearerecho": config.id}
        )
        items = {item.slug: item for item in session.toolkits().items}
        self.assertTrue(items["publicecho"].is_no_auth)
        self.assertIsNone(items["publicecho"].connection)
        connection = items["bearerecho"].connection
        self.assertTrue(connection.is_active)
        self.assertEqual(connection.connected_account.id, account.id)
        self.assertEqual(connection.connected_account.status, "ACTIVE")
        self.assertEqual(connection.auth_config.id, config.id)
        self.assertFalse(items["echo"].connection.is_active)
        self.assertIsNone(items["echo"].connection.connected_account)
        connected = [item.slug for item in session.toolkits(is_connected=True).items]
        self.assertIn("bearerecho", connected)
        self.assertNotIn("echo", connected)
        self.assertIn("echo", [item.slug for item in session.toolkits(is_connected=False).items])
        self.assertEqual([item.slug for item in session.toolkits(toolkits=["echo"]).items], ["echo"])


if __name__ == "__main__":
    unittest.main()
