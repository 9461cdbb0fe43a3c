"""Screenshots of the web app's main pages at 1280 px and 390 px wide (headless Debian chromium).

    python scripts/web_screenshots.py http://127.0.0.1:8765 /tmp/shots

Prints any console error or failed request seen on the way.
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

PAGES = {
    "home": "/",
    "questions": "/questions",
    "question": "/q/rope",
    "search": "/search?q=BN%20LN",
    "review": "/review",
    "problems": "/problems",
    "problem": "/problems/softmax",
    "mock": "/mock",
    "stats": "/stats",
    "import": "/import",
    "sources": "/sources",
    "frequency": "/frequency",
    "gaps": "/gaps",
    "matches": "/matches",
    "problem-cpp": "/problems/cpp-conv2d",
}
def _review_card(page, base: str) -> None:
    page.goto(base + "/review")
    page.click("#start-review")
    page.locator("#review .card").wait_for()
    page.keyboard.press(" ")


def _mock_question(page, base: str) -> None:
    page.goto(base + "/mock")
    page.click("#start-mock")
    page.locator("#mock-question").wait_for()


FLOWS = {"review-card": _review_card, "mock-question": _mock_question}
WIDTHS = {"wide": (1280, 900), "phone": (390, 844)}


def main() -> None:
    base, out = sys.argv[1].rstrip("/"), Path(sys.argv[2])
    only = sys.argv[3:] or [*PAGES, *FLOWS]
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium")
        for label, (width, height) in WIDTHS.items():
            page = browser.new_page(viewport={"width": width, "height": height})
            page.on("console", lambda m: m.type == "error" and print("console:", m.text))
            page.on("requestfailed", lambda r: print("failed:", r.url))
            for name in only:
                if name in FLOWS:
                    FLOWS[name](page, base)
                else:
                    page.goto(base + PAGES[name])
                page.wait_for_load_state("networkidle")
                page.screenshot(path=str(out / f"{name}-{label}.png"), full_page=False)
            page.close()
        browser.close()


if __name__ == "__main__":
    main()
