"""Watch a browser page for policy violations, script errors and dialogs.

The example site's canonical address is https://example.org/woo/ (mkdocs.yml);
the theme fetches `sitemap.xml` there (see woo_dossiers.render.csp.site_origin). The
machine has no network, so those requests are answered from the built site.
"""

from __future__ import annotations

from pathlib import Path

CANONICAL = "https://example.org/woo/"

# Recorded before any page script runs; Playwright's init scripts are not subject to the page's CSP.
LISTEN = """
window.__violations = [];
document.addEventListener('securitypolicyviolation',
  e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


def watch(page, site: Path) -> list[str]:
    """Console errors, uncaught exceptions and dialogs of `page`, as they happen."""
    errors: list[str] = []
    page.add_init_script(LISTEN)
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))

    def from_site(route) -> None:
        path = site / route.request.url.removeprefix(CANONICAL).split("?")[0]
        if path.is_file():
            route.fulfill(path=str(path))
        else:
            route.fulfill(status=404, body="")

    page.route(CANONICAL + "**", from_site)
    return errors


def violations(page) -> list[str]:
    return page.evaluate("window.__violations")


# Chromium reports a violation in a task of its own, which may still wait when the load
# event has fired and a check made right then runs: wait for the event itself.
_FIRST = """ms => new Promise(resolve => {
  const done = () => resolve(window.__violations);
  if (window.__violations.length) { done(); return; }
  document.addEventListener('securitypolicyviolation', done, {once: true});
  setTimeout(done, ms);
})"""


def first_violations(page, timeout_ms: int = 30_000) -> list[str]:
    """The violations once the page has reported at least one ([] if none within timeout_ms)."""
    return page.evaluate(_FIRST, timeout_ms)
