"""Every page type renders under the Content-Security-Policy without a violation: no inline script or
style anywhere (Chromium reports each blocked one as a console error and a securitypolicyviolation event)."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Injected by the browser driver (not subject to the page's policy): records every violation.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
"""


def visit(page, url: str) -> list[str]:
    """Open a page and return its CSP violations (events and console errors)."""
    console = []
    page.on("console", lambda m: console.append(m.text) if "Content Security Policy" in m.text else None)
    response = page.goto(url)
    assert "Content-Security-Policy" in {k.title(): v for k, v in response.headers.items()}
    page.wait_for_load_state("networkidle")
    return page.evaluate("window.__cspViolations") + console


def test_public_pages_have_no_csp_violation(page, url, catalogue):
    page.add_init_script(RECORD_VIOLATIONS)
    role = catalogue["roles"].order_by("pk").first()
    company = max(catalogue["companies"], key=lambda c: c.roles.filter(status="open").count())
    paths = [
        "/",
        "/?q=engineer&work_mode=remote&more=skill&sort=pay",
        role.get_absolute_url(),
        f"{role.get_absolute_url()}sources/{role.sources.first().pk}/",
        company.get_absolute_url(),
        "/no-such-page/",
        "/post-a-job/",
        f"{role.get_absolute_url()}report/",
    ]
    for path in paths:
        assert visit(page, url(path)) == [], path
    # The search page's script ran (it is a static file the policy allows).
    page.goto(url("/"))
    assert page.evaluate("document.querySelectorAll('script[src]').length") >= 1


def test_pay_chart_bars_sit_on_their_tracks(page, url, catalogue):
    company = max(catalogue["companies"], key=lambda c: c.roles.filter(status="open").count())
    page.goto(url(company.get_absolute_url()))
    tracks = page.locator(".chart-track")
    assert tracks.count() >= 1
    for i in range(tracks.count()):
        track = tracks.nth(i).bounding_box()
        bar = tracks.nth(i).locator(".chart-bar").bounding_box()
        assert bar["width"] >= 2 and bar["height"] >= track["height"] - 3
        assert track["x"] - 1 <= bar["x"] and bar["x"] + bar["width"] <= track["x"] + track["width"] + 1


def test_admin_pages_have_no_csp_violation(page, url, catalogue, django_user_model):
    django_user_model.objects.create_superuser("staff", "s@example.com", "pw-for-tests-only")
    page.add_init_script(RECORD_VIOLATIONS)
    assert visit(page, url("/admin/login/")) == []
    page.get_by_label("Username").fill("staff")
    page.get_by_label("Password").fill("pw-for-tests-only")
    page.get_by_role("button", name="Log in").click()
    role = catalogue["roles"].order_by("pk").first()
    for path in ("/admin/", "/admin/postings/role/", f"/admin/postings/role/{role.pk}/change/"):
        assert visit(page, url(path)) == [], path
