"""The web app in a real browser: Debian's chromium driven by Playwright, against `mianshi serve`.

One server (a subprocess on a free loopback port) and one browser for the whole module.
"""

import re
import shutil
from pathlib import Path

import pytest
from webkit import (
    COLLECTION,
    HOSTILE,
    SOFTMAX_CPP_RIGHT,
    SOFTMAX_RIGHT,
    SOFTMAX_WRONG,
    Server,
    has_bwrap,
    init_db,
)

CHROMIUM = "/usr/bin/chromium"

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason=f"no browser at {CHROMIUM} (apt-get install chromium)"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    home = tmp_path_factory.mktemp("webhome")
    url = init_db(home)
    running = Server(home, url)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM)
        yield chromium
        chromium.close()


class Watched:
    """A page that records console errors, failed requests, error responses and dialogs."""

    def __init__(self, owner, base: str, width: int = 1280):
        """`owner`: the browser (a page in a context of its own) or a browser context."""
        self.base = base
        self.page = owner.new_page()
        self.page.set_viewport_size({"width": width, "height": 900})
        self.problems: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.problems.append(f"console: {m.text}"))
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.on("requestfailed", self._failed)
        self.page.on("response", lambda r: r.status >= 400 and self.problems.append(f"{r.status}: {r.url}"))

        def dialog(d):
            self.dialogs.append(d.message)
            d.dismiss()

        self.page.on("dialog", dialog)

    def _failed(self, request) -> None:
        # The browser drops its own favicon fetch when the next page starts loading first.
        if not (request.url.endswith("/favicon.svg") and "ERR_ABORTED" in (request.failure or "")):
            self.problems.append(f"failed: {request.url} {request.failure}")

    def goto(self, path: str):
        self.page.goto(self.base + path, wait_until="load")
        return self.page

    def close(self):
        self.page.close()


@pytest.fixture
def watched(browser, server):
    page = Watched(browser, server.url)
    yield page
    page.close()


def bank_ids(server) -> list[str]:
    from mianshi.services.bank import list_questions

    return [q.id for q in list_questions(server.db)]


def visit_all(browser, base: str, paths: list[str], check, lanes: int = 4) -> list[str]:
    """Load every path once in `lanes` pages of one browser context (one asset cache), each
    lane going on to its next path as soon as its page has loaded and check(page, path) ran.

    Returns the console errors, failed requests and dialogs seen on any of them.
    """
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pages = [Watched(context, base) for _ in range(lanes)]
    todo = iter(paths)
    loading: dict[Watched, str] = {}
    try:
        for watched in pages:
            _start_next(watched, todo, loading)
        while loading:
            for watched, path in list(loading.items()):
                watched.page.wait_for_load_state("load")
                watched.page.wait_for_selector("html[data-ready]", state="attached")
                check(watched.page, path)
                del loading[watched]
                _start_next(watched, todo, loading)
        return [p for w in pages for p in w.problems] + [f"dialog: {d}" for w in pages for d in w.dialogs]
    finally:
        context.close()


def _start_next(watched: Watched, todo, loading: dict) -> None:
    path = next(todo, None)
    if path is not None:
        watched.page.goto(watched.base + path, wait_until="commit")
        loading[watched] = path


PAGE_MATH = """() => ({
    errors: [...document.querySelectorAll('.katex-error')].map(e => e.title),
    raw: [...document.querySelectorAll('.md')].some(e => /\\\\\\(|\\\\\\[/.test(e.innerText)),
    rendered: document.querySelectorAll('.katex').length,
})"""


def test_every_question_page_renders_its_math(browser, server):
    ids = bank_ids(server)
    assert len(ids) > 100
    with_math = []

    def check(page, path):
        # One round trip: KaTeX's errors, formulas left as text (KaTeX did not run), formulas.
        found = page.evaluate(PAGE_MATH)
        assert found["errors"] == [], f"{path}: {found['errors'][0]}"
        assert not found["raw"], f"{path}: unrendered formula"
        with_math.append(found["rendered"] > 0)

    problems = visit_all(browser, server.url, [f"/q/{qid}" for qid in ids], check)
    assert len(with_math) == len(ids) and sum(with_math) > 50
    assert problems == []


def test_every_problem_page_loads_with_its_editor(browser, server):
    from mianshi.services.judge import list_problems

    languages = {f"/problems/{s.problem.slug}": s.problem.languages for s in list_problems(db=None)}
    assert len(languages) > 10 and any(names == ("cpp",) for names in languages.values())

    def check(page, path):
        page.wait_for_selector(".editor.ready .cm-content", timeout=10_000)
        assert page.locator(".katex-error").count() == 0, path
        # The editor holds the starter code of the problem's first language: C++ for the C++-only ones.
        assert page.locator("#editor").get_attribute("data-language") == languages[path][0], path
        word = r"\b(def|class)\b" if languages[path][0] == "python" else r"\bstd::"
        assert re.search(word, page.locator(".cm-content").inner_text()), path

    assert visit_all(browser, server.url, list(languages), check) == []


def test_review_three_cards_with_the_keyboard(watched):
    page = watched.goto("/review")
    page.select_option("select[name=module]", "math")
    page.fill("input[name=new]", "3")
    page.click("#start-review")
    seen = []
    for n in range(1, 4):
        card = page.locator("#review .card[data-question]")
        card.wait_for()
        qid = card.get_attribute("data-question")
        assert page.locator("#review-position").inner_text() == str(n)
        assert not page.locator(".back").is_visible()
        page.keyboard.press(" ")
        assert page.locator(".back").is_visible()
        page.keyboard.press("4")  # Easy: not due again within this session
        page.wait_for_function(
            "qid => !document.querySelector(`#review .card[data-question='${qid}']`)", arg=qid
        )
        seen.append(qid)
    page.locator("#review-done").wait_for()
    assert len(set(seen)) == 3
    assert "Reviewed 3 question(s)" in page.locator("#review-done").inner_text()
    assert watched.problems == []


def set_editor(page, code: str) -> None:
    page.evaluate(
        "code => window.mianshiEditorView.dispatch({changes: {from: 0, to: window.mianshiEditorView.state.doc.length, insert: code}})",
        code,
    )


@pytest.mark.skipif(not has_bwrap(), reason="the judge's sandbox needs bubblewrap (apt-get install bubblewrap)")
def test_submit_a_wrong_and_a_right_solution_in_the_editor(watched):
    page = watched.goto("/problems/softmax")
    page.wait_for_selector(".editor.ready .cm-content")
    for code, verdict in ((SOFTMAX_WRONG, "wrong_answer"), (SOFTMAX_RIGHT, "accepted")):
        set_editor(page, code)
        page.click(".cm-content")
        page.keyboard.press("Control+Enter")
        result = page.locator(f"#verdict .verdict[data-verdict='{verdict}']")
        result.wait_for(timeout=120_000)
        if verdict == "wrong_answer":
            assert "First failing case" in result.inner_text() and "expected" in result.inner_text()
        else:
            assert re.search(r"(slower|faster|as fast) (than|as) the reference", result.inner_text())
    assert page.locator("#submissions tbody tr").count() == 2
    # The same problem in C++: the picker loads the C++ starter, and the verdict and the
    # past submissions say which language was judged.
    page.select_option("#language", "cpp")
    page.wait_for_function("() => window.mianshiEditorView.state.doc.toString().includes('std::')")
    assert "language=cpp" in page.url
    set_editor(page, SOFTMAX_CPP_RIGHT)
    page.click("#submit")
    result = page.locator("#verdict .verdict[data-verdict='accepted'][data-language='cpp']")
    result.wait_for(timeout=120_000)
    assert "C++ · passed" in result.inner_text()
    languages = page.locator("#submissions tbody td.language").all_inner_texts()
    assert languages == ["C++", "Python", "Python"]
    page.select_option("#language", "python")  # back to Python: the text typed there returns
    page.wait_for_function("code => window.mianshiEditorView.state.doc.toString() === code", arg=SOFTMAX_RIGHT)
    assert watched.problems == []


def test_search_as_you_type(watched):
    page = watched.goto("/search")
    page.locator("input[name=q]").press_sequentially("批归一化 训练 推理", delay=30)
    first = page.locator("#results .result a.result-title").first
    first.wait_for()
    assert "/q/" in first.get_attribute("href")
    assert "q=" in page.url  # the query is in the address, so it can be bookmarked
    page.check("input[name=problem]")
    page.locator("#results .tag.code").first.wait_for()
    assert watched.problems == []


def test_mock_interview_to_its_report(watched):
    page = watched.goto("/mock")
    page.fill("input[name=n]", "3")
    page.click("#start-mock")
    for _ in range(3):
        title = page.locator("#mock-question")
        title.wait_for()
        before = title.inner_text()
        page.fill("textarea[name=answer]", "先给结论，再讲机制：归一化、注意力、梯度和正则化都与这题相关。")
        page.click("#mock-send")
        page.wait_for_function(
            "t => !document.querySelector('#mock-question') || document.querySelector('#mock-question').innerText !== t",
            arg=before,
        )
    page.locator("#mock-report").wait_for()
    assert "总分 Score" in page.content()
    page = watched.goto("/mock/history")
    assert page.locator("table a[href^='/mock/report/']").count() >= 1
    assert watched.problems == []


def _upload(page, path: Path) -> None:
    page.set_input_files("input[type=file]", str(path))
    page.click("#upload")
    page.locator("#import-done").wait_for(timeout=120_000)


def test_upload_a_collection_and_see_it_in_sources(watched, tmp_path):
    path = tmp_path / "my-collection.md"
    path.write_text(COLLECTION, encoding="utf-8")
    page = watched.goto("/import")
    _upload(page, path)
    page = watched.goto("/sources")
    assert "my-collection.md" in page.locator("#sources").inner_text()
    wrong = tmp_path / "notes.pdf"
    wrong.write_bytes(b"%PDF-1.4")
    page = watched.goto("/import")
    page.set_input_files("input[type=file]", str(wrong))
    page.click("#upload")
    assert "not a collection file" in page.locator("#upload-error").inner_text()
    watched.problems = [p for p in watched.problems if "400" not in p]  # the refusal itself
    assert watched.problems == []


def test_hostile_collection_runs_nothing(watched, tmp_path):
    path = tmp_path / "hostile.md"
    path.write_text(HOSTILE, encoding="utf-8")
    page = watched.goto("/import")
    _upload(page, path)
    for where in ("/sources", "/gaps", "/frequency", "/search?q=梯度消失 交叉熵", "/search?q=javascript"):
        page = watched.goto(where)
        page.wait_for_selector("html[data-ready]", state="attached")  # the page's own script has run
        assert page.locator("script:not([src])").count() == 0, where
        assert page.locator("img[src=x], [onerror], a[href^='javascript']").count() == 0, where
    text = watched.goto("/gaps").inner_text("main")
    assert "{{ 7*7 }}" in text and "[/INST]" in text and "javascript:alert(3)" in text
    assert watched.dialogs == []
    assert watched.problems == []


@pytest.mark.parametrize("width", [1280, 390])
def test_main_pages_fit_the_screen(browser, server, width):
    page = Watched(browser, server.url, width)
    try:
        for path in ("/", "/questions", "/q/rope", "/search?q=LN", "/review", "/problems/softmax", "/mock", "/stats", "/sources", "/gaps"):
            p = page.goto(path)
            overflow = p.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 1, f"{path} is {overflow}px wider than a {width}px screen"
        assert page.problems == []
    finally:
        page.close()


def test_chromium_is_installed_by_the_test_setup():
    script = Path(__file__).resolve().parents[2] / "scripts" / "install-system-deps.sh"
    assert "chromium" in script.read_text()
    assert shutil.which("chromium") or not Path(CHROMIUM).exists()
