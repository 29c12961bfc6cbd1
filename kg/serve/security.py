"""What keeps `kg serve` safe by default: headers, CSRF tokens, and who may edit.

- Every response carries a Content-Security-Policy without 'unsafe-inline'
  (scripts and styles come from /static only), nosniff, no framing, and a
  same-origin referrer policy.
- Every form that changes something carries a CSRF token equal to a cookie
  set by the server (SameSite=Strict); a POST whose token or Origin does not
  match is refused.
- On 127.0.0.1 anyone who can reach the server may edit; bound elsewhere,
  editing needs the token given to `kg serve` (a cookie after /login for a
  browser, `Authorization: Bearer …` for `kg ingest --server`). API calls
  without a token must send `X-KG-Client`, a header no cross-site form can set.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
           (b"x-frame-options", b"DENY"), (b"referrer-policy", b"same-origin")]
CSRF_COOKIE, EDITOR_COOKIE = "kg_csrf", "kg_editor"
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


class SecurityHeaders:
    """ASGI middleware adding the security headers to every HTTP response."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [h for h in HEADERS if h[0] not in names]
            await send(message)
        await self.app(scope, receive, with_headers)


class Guard:
    """The server's secret, its editing token (None on loopback without one) and the checks that use them."""

    def __init__(self, *, token: str | None, secret: str | None = None) -> None:
        self.token = token
        self._secret = (secret or secrets.token_hex(32)).encode()

    def new_csrf(self) -> str:
        return secrets.token_urlsafe(24)

    def csrf_ok(self, cookie: str | None, field: str | None) -> bool:
        return bool(cookie and field) and hmac.compare_digest(cookie, field)

    def editor_cookie(self, name: str, *, days: int = 30) -> str:
        """A signed cookie value naming the editor (and, with a token configured, proving they gave it)."""
        expires = str(int(time.time()) + days * 86400)
        payload = f"{name}|{expires}"
        return f"{payload}|{self._sign(payload)}"

    def editor(self, cookie: str | None) -> str | None:
        """The editor a cookie names, if its signature holds and it has not expired."""
        if not cookie or cookie.count("|") < 2:
            return None
        payload, signature = cookie.rsplit("|", 1)
        name, expires = payload.rsplit("|", 1)
        if not hmac.compare_digest(self._sign(payload), signature) or not expires.isdigit() \
                or int(expires) < time.time():
            return None
        return name

    def token_ok(self, given: str | None) -> bool:
        return self.token is None or bool(given) and hmac.compare_digest(given.encode(), self.token.encode())

    def _sign(self, payload: str) -> str:
        return hmac.new(self._secret, payload.encode(), hashlib.sha256).hexdigest()
