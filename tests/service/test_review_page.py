"""The review page end to end in a real headless Chromium (Debian's package, driven by
Playwright; never `playwright install`), against a real server process."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from socialreply.feedback import FeedbackStore

from .conftest import KEY_ACME, KEYS, bearer
from .pngstats import decode_png
from .servers import free_port, start_stub_server, stop

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
CRISIS_RED = (0xB9, 0x1C, 0x1C)
URGENT_ORANGE = (0xC2, 0x41, 0x0C)
ARTIFACTS = Path(__file__).resolve().parents[2] / ".socialreply" / "test-artifacts"

pytestmark = [
    pytest.mark.server,
    pytest.mark.timeout(180),
    pytest.mark.skipif(
        shutil.which("chromium") is None, reason="Debian chromium not installed: make system-deps"
    ),
]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    db = tmp_path / "feedback.db"
    env = {
        "SOCIALREPLY_DATABASE_URL": f"sqlite:///{db}",
        "SOCIALREPLY_API_KEYS": ",".join(KEYS),
        "SOCIALREPLY_RATE_LIMIT_PER_MINUTE": "0",
    }
    port = free_port()
    proc = start_stub_server(env, port)
    try:
        yield f"http://127.0.0.1:{port}", db
    finally:
        stop(proc)


def seed(base: str) -> dict[str, str]:
    posts = {
        "none": "Can I return boots I wore once?",
        "urgent": "My lawyer says your warranty is a scam",
        "crisis": "My son got hurt, the stove <b>exploded</b>",
    }
    ids = {}
    with httpx.Client(base_url=base, headers=bearer(KEY_ACME)) as client:
        for level, text in posts.items():
            r = client.post("/v1/drafts", json={"text": text, "platform": "facebook"})
            assert r.status_code == 201
            ids[level] = r.json()["id"]
    return ids


def test_review_page_end_to_end(server: tuple[str, Path]) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    base, db = server
    ids = seed(base)
    requests: list[str] = []
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1100, "height": 1000})
        page.on("request", lambda req: requests.append(req.url))
        page.goto(f"{base}/review")

        # Sign in: a wrong key is refused and asked again.
        page.fill("#login-key", "not-a-valid-key-at-all")
        page.fill("#login-agent", "Ana")
        page.click("#login-form button")
        page.wait_for_selector("#login-error:has-text('not accepted')")
        page.fill("#login-key", KEY_ACME)
        page.click("#login-form button")
        page.wait_for_selector(".card")
        cards = page.locator(".card")
        assert cards.count() == 3
        levels = [cards.nth(i).get_attribute("data-level") for i in range(3)]
        assert levels == ["crisis", "urgent", "none"]  # most serious first
        crisis = cards.nth(0)
        # The post is shown as text, never as markup.
        assert crisis.locator(".post").inner_text() == "My son got hurt, the stove <b>exploded</b>"
        assert crisis.locator(".post b").count() == 0
        assert crisis.locator(".post mark").inner_text() == "hurt"  # the evidence
        assert "safety_injury" in crisis.locator(".evidence").inner_text()
        assert "returns-policy#1" in crisis.locator(".citations").inner_text()
        assert crisis.locator(".badge").inner_text().lower() == "crisis"
        assert not crisis.locator(".reject-panel").is_visible()
        assert not crisis.locator("button.send-edit").is_visible()

        # Screenshot check: the page rendered, with the crisis and urgent colours present.
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        shot = page.screenshot(path=str(ARTIFACTS / "review-page.png"), full_page=False)
        image = decode_png(shot)
        assert (image.width, image.height) == (1100, 1000)
        assert image.distinct_colours() > 200  # text and widgets, not a blank page
        assert image.share_near((255, 255, 255), 6) > 0.15  # cards
        assert image.share_near(CRISIS_RED) > 0.001  # crisis badge and border
        assert image.share_near(URGENT_ORANGE) > 0.0005  # urgent badge and border

        # Crisis: "a" does not send without the explicit confirmation.
        assert crisis.locator("button.accept").is_disabled()
        page.keyboard.press("a")
        page.wait_for_selector(".crisis-confirm.attention")
        assert cards.count() == 3
        assert not any("/feedback" in url for url in requests)
        crisis.locator(".confirm-box").check()
        page.keyboard.press("a")
        sync_api.expect(cards).to_have_count(2)

        # Urgent: edit and accept with the keyboard.
        page.keyboard.press("e")
        area = page.locator(".card.selected .draft")
        area.press("End")
        area.type(" Our team will call you today.")
        page.keyboard.press("Control+Enter")
        sync_api.expect(cards).to_have_count(1)

        # Last one: reject with a reason.
        page.keyboard.press("r")
        page.locator(".card.selected .reason").fill("Wrong tone for this customer")
        page.keyboard.press("Enter")
        page.wait_for_selector("#empty:not([hidden])")
        assert page.locator("#toast").inner_text() == "Rejected."
        browser.close()

    with FeedbackStore.open(f"sqlite:///{db}") as store:
        decisions = {level: store.get_draft(i).feedback for level, i in ids.items()}
    assert decisions["crisis"] is not None and decisions["crisis"].action == "accepted"
    assert decisions["urgent"] is not None and decisions["urgent"].action == "edited"
    assert decisions["urgent"].final_text is not None
    assert decisions["urgent"].final_text.endswith("Our team will call you today.")
    assert decisions["none"] is not None and decisions["none"].action == "rejected"
    assert decisions["none"].reason == "Wrong tone for this customer"
    assert {d.agent for d in decisions.values() if d} == {"Ana"}
    # Everything the page loaded came from the service itself.
    assert requests and all(url.startswith(base) for url in requests)
