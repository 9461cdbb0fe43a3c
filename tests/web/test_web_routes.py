"""The web app through FastAPI's TestClient: pages, errors, CSRF, headers, sanitising, limits."""

import io
import re
import time
import zipfile
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient
from webkit import COLLECTION, HOSTILE, init_db

from mianshi.services import judge as judge_service
from mianshi.services.ingest import import_paths
from mianshi.study.answer_html import markdown_to_html
from mianshi.web import create_app
from mianshi.web.templating import templates

TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("webdb")
    url = init_db(folder)
    (folder / "collection.md").write_text(COLLECTION, encoding="utf-8")
    import_paths([folder / "collection.md"], url)
    return url


@pytest.fixture
def client(db):
    with TestClient(create_app(db, judge_workers=1, warm_judge=False)) as c:
        yield c


def csrf(client: TestClient, path: str = "/import") -> str:
    found = TOKEN.search(client.get(path).text)
    assert found, "no CSRF field on the page"
    return found.group(1)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/", "模块 Modules"),
        ("/questions", "题库 Question bank"),
        ("/questions?module=llm&sort=difficulty&page=2", "page 2"),
        ("/q/rope", "旋转位置编码"),
        ("/search", "输入即搜索"),
        ("/review", "复习 Review"),
        ("/problems", "手写数值稳定的 Softmax"),
        ("/problems/softmax", "def softmax"),
        ("/mock", "模拟面试"),
        ("/mock/history", "Mock interviews"),
        ("/stats", "Reviews per day"),
        ("/import", "Import a collection"),
        ("/sources", "collection.md"),
        ("/frequency", "BatchNorm"),
        ("/gaps", "Gaps"),
        ("/check/rope", "Check my answer"[:5]),
    ],
)
def test_every_page_renders(client, path, expected):
    response = client.get(path)
    assert response.status_code == 200, response.text[:500]
    assert expected in response.text
    assert "<script>" not in response.text  # scripts come from files only (CSP)


def test_security_headers(client):
    response = client.get("/")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    assert "object-src 'none'" in policy and "frame-ancestors 'none'" in policy
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "SameSite=Strict" in response.headers["set-cookie"]
    assert client.get("/static/app.css").headers["content-security-policy"] == policy


def test_no_inline_script_or_event_handler_in_any_template():
    for path in templates.env.loader.list_templates():
        source = templates.env.loader.get_source(templates.env, path)[0]
        assert not re.search(r"<script(?![^>]*\bsrc=)", source), path
        assert not re.search(r"\son[a-z]+\s*=", source), path


def test_question_page_shows_metadata_math_and_code(client):
    html = client.get("/q/rope").text
    assert "How does rotary position embedding" in html
    assert "asked by 1 collection(s)" in html and "collection.md" in html
    assert r"\[" in html and r"\(" in html  # formulas for KaTeX, escaped
    assert 'href="/problems/rope"' in html and 'action="/review/start"' in html
    code = client.get("/q/kv-cache").text
    assert 'class="code"' in code and "hl-" in code  # highlighted by Pygments


def test_a_question_page_kept_in_memory_carries_each_visitors_token_and_follows_the_database(tmp_path):
    url = init_db(tmp_path)
    with TestClient(create_app(url, judge_workers=1, warm_judge=False)) as client:
        first = client.get("/q/rope").text
        client.cookies.clear()  # another visitor
        second = client.get("/q/rope").text
        (first_token,), (second_token,) = set(TOKEN.findall(first)), set(TOKEN.findall(second))
        assert first_token != second_token and first.replace(first_token, second_token) == second
        assert client.cookies["mianshi_csrf"] == second_token and "csrf-slot" not in second
        assert "被 0 个独立合集问到" in second
        (tmp_path / "collection.md").write_text(COLLECTION, encoding="utf-8")
        import_paths([tmp_path / "collection.md"], url)  # a write: the kept page is dropped
        assert "被 1 个独立合集问到" in client.get("/q/rope").text


def test_unknown_things_give_a_clear_error(client):
    response = client.get("/q/rop")
    assert response.status_code == 404 and "did you mean rope" in response.text
    assert client.get("/problems/nope").status_code == 404
    bad = client.get("/questions?difficulty=9")
    assert bad.status_code == 404 and "difficulty must be from 1 to 5" in bad.text
    assert client.get("/questions?module=nope").status_code == 404
    assert "no page at /nowhere" in client.get("/nowhere").text


def test_state_changing_requests_need_the_csrf_token(client):
    refused = client.post("/check/rope", data={"answer": "旋转矩阵 相对位置"})
    assert refused.status_code == 403 and "security token" in refused.text
    wrong = client.post("/check/rope", data={"answer": "x", "csrf_token": "forged"})
    assert wrong.status_code == 403
    token = csrf(client)
    ok = client.post("/check/rope", data={"answer": "把 Q K 按位置旋转，点积只依赖相对位置 m-n", "csrf_token": token})
    assert ok.status_code == 200 and "of the key points" in ok.text
    header = client.post("/check/rope", data={"answer": "旋转"}, headers={"X-CSRF-Token": token, "HX-Request": "true"})
    assert header.status_code == 200 and "<html" not in header.text


def test_search_fragment_for_htmx_and_full_page(client):
    fragment = client.get("/search", params={"q": "BN 和 LN 区别"}, headers={"HX-Request": "true"})
    assert fragment.status_code == 200 and "<html" not in fragment.text
    assert 'href="/q/' in fragment.text
    page = client.get("/search", params={"q": "softmax", "problem": "1"})
    assert "/problems/softmax" in page.text and "<html" in page.text
    assert "nothing to search for" in client.get("/search", params={"q": "???"}).text
    assert "unknown module" in client.get("/search", params={"q": "BN", "module": "nope"}).text


def test_hostile_collection_is_shown_as_text(client, tmp_path):
    token = csrf(client)
    files = {"files": ("hostile.md", HOSTILE.encode(), "text/markdown")}
    response = client.post("/import", data={"csrf_token": token}, files=files, follow_redirects=True)
    assert response.status_code == 200
    job = re.search(r'hx-get="(/import/[^"]+)"', response.text)
    deadline = time.monotonic() + 120
    while job is not None and "import-done" not in response.text and time.monotonic() < deadline:
        time.sleep(0.1)
        response = client.get(job.group(1))
    assert "import-done" in response.text, response.text[:1000]
    for path in ("/gaps", "/frequency", "/sources", "/search?q=梯度消失"):
        html = client.get(path).text
        assert "<script>alert" not in html and "onerror=" not in html and 'href="javascript:' not in html
    gaps = client.get("/gaps").text
    assert "{{ 7*7 }}" in gaps and "49 模板" not in gaps and "[/INST]" in gaps
    assert "javascript:alert(3)" in gaps  # shown, not linked


def test_templates_escape_imported_text():
    row = SimpleNamespace(
        frequency=1, size=1, module="llm", topic="rag_agent",
        text="<script>alert(1)</script><img src=x onerror=alert(2)>{{ 7*7 }}",
    )  # fmt: skip
    html = templates.get_template("gaps.html").render(rows=[row], module="", modules=[], csrf_token="t")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;{{ 7*7 }}" in html


def test_markdown_is_sanitised():
    html = markdown_to_html(
        "<script>alert(1)</script> <img src=x onerror=alert(1)> [a](javascript:alert(1)) "
        "$a_i\\,b$ {{ 7*7 }}\n\n<iframe src=x></iframe>",
        target="web",
    )
    assert "<script" not in html and "<img" not in html and "<iframe" not in html
    assert 'href="javascript' not in html and r"\(a_i\,b\)" in html and "{{ 7*7 }}" in html


def test_upload_caps_and_types(client):
    token = csrf(client)
    wrong = client.post("/import", data={"csrf_token": token}, files={"files": ("a.exe", b"MZ", "application/octet-stream")})
    assert wrong.status_code == 400 and "not a collection file" in wrong.text
    empty = client.post("/import", data={"csrf_token": token}, files={"files": ("", b"", "text/plain")})
    assert empty.status_code == 400 and "no file chosen" in empty.text
    big = client.post(
        "/import", data={"csrf_token": token}, files={"files": ("big.md", b"x" * (21 << 20), "text/markdown")}
    )
    assert big.status_code == 413 and "limit here is 20 MB" in big.text
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("../../escape.md", "# x\n\n1. 逃逸的文件？\n")
        z.writestr("notes/readme.md", COLLECTION)
        z.writestr("notes/run.sh", "rm -rf /")
    done = client.post(
        "/import", data={"csrf_token": token}, files={"files": ("pack.zip", archive.getvalue(), "application/zip")},
        follow_redirects=False,
    )  # fmt: skip
    assert done.status_code == 303
    from mianshi.web.uploads import uploads_dir

    saved = sorted(p.relative_to(uploads_dir()).as_posix() for p in uploads_dir().rglob("*") if p.is_file())
    assert saved == ["pack/notes/readme.md"]


def test_judge_submission_over_the_limit_is_refused_before_it_is_stored(client, db):
    before = len(judge_service.get_problem("softmax", db).submissions)
    token = csrf(client)
    code = "# " + "x" * (1 << 20) + "\n"
    response = client.post("/problems/softmax/submit", data={"code": code, "csrf_token": token})
    assert response.status_code == 400 and "submissions are limited to 1024 KB" in response.text
    assert len(judge_service.get_problem("softmax", db).submissions) == before


def test_problem_page_offers_each_language_and_defaults_to_the_first(client):
    both = client.get("/problems/softmax").text
    assert re.search(r'<option value="python" selected>Python</option><option value="cpp">C\+\+</option>', both)
    assert 'data-language="python"' in both and '<template class="starter" data-language="cpp">' in both
    assert "softmax(x: np.ndarray" in both and "std::vector&lt;double&gt; softmax(const std::vector&lt;double&gt;&amp; x" in both
    cpp = client.get("/problems/softmax?language=cpp").text
    assert '<option value="cpp" selected>' in cpp and re.search(r'<textarea name="code"[^>]*>[^<]*std::', cpp)
    only_cpp = client.get("/problems/cpp-conv2d").text  # a C++-only problem: no picker, C++ starter
    assert 'name="language" value="cpp"' in only_cpp and "<select" not in only_cpp
    assert 'data-language="cpp"' in only_cpp
    refused = client.get("/problems/cpp-conv2d?language=python")
    assert refused.status_code == 400 and "takes C++ (cpp), not Python" in refused.text


def test_a_submission_in_a_language_the_problem_lacks_is_refused_unstored(client, db):
    before = len(judge_service.get_problem("cpp-conv2d", db).submissions)
    data = {"code": "def conv2d(x, w): pass\n", "language": "python", "csrf_token": csrf(client)}
    response = client.post("/problems/cpp-conv2d/submit", data=data)
    assert response.status_code == 400 and "not Python" in response.text
    assert len(judge_service.get_problem("cpp-conv2d", db).submissions) == before


def test_review_in_two_tabs_rates_a_card_once(client, db):
    from mianshi.services.study import study_store
    from mianshi.store import study_repo

    token = csrf(client)
    tabs = []
    for _ in range(2):
        started = client.post("/review/start", data={"csrf_token": token, "module": "math", "new": "2"}, follow_redirects=False)
        assert started.status_code == 303
        tabs.append(started.headers["location"])
    shown = [re.search(r'name="question" value="([^"]+)"', client.get(t).text).group(1) for t in tabs]
    assert shown[0] != shown[1]  # the card open in the first tab is skipped in the second
    rated = []
    for tab in tabs:
        page = client.get(tab).text
        while (found := re.search(r'name="question" value="([^"]+)"', page)) is not None:
            page = client.post(tab + "/rate", data={"csrf_token": token, "question": found.group(1), "rating": "4"}).text
            rated.append(found.group(1))
        assert "review-done" in page
    assert "skipped (another tab or session had them)" in page
    with study_store(db) as store, store.session() as session:
        logs = [log.question_id for log in study_repo.review_logs(session) if log.question_id in rated]
    assert sorted(logs) == sorted(set(rated)) and len(rated) == 2
    bad = client.post(tabs[0] + "/rate", data={"csrf_token": token, "question": "x", "rating": "7"})
    assert bad.status_code == 400 and "rating must be 1" in bad.text


def test_review_this_and_a_mock_interview_without_javascript(client):
    token = csrf(client)
    one = client.post("/review/start", data={"csrf_token": token, "question": "rope"})
    assert one.status_code == 200 and 'data-question="rope"' in one.text
    done = client.post(one.url.path + "/rate", data={"csrf_token": token, "question": "rope", "rating": "4"})
    assert "review-done" in done.text and "Reviewed 1 question(s)" in done.text
    assert client.post("/review/start", data={"csrf_token": token, "question": "nope"}).status_code == 404
    page = client.post("/mock/start", data={"csrf_token": token, "n": "2", "role": "llm"})
    for _ in range(2):
        qid = re.search(r'name="question" value="([^"]+)"', page.text).group(1)
        page = client.post(page.url.path + "/answer", data={"csrf_token": token, "question": qid, "answer": "注意力 归一化"})
    assert "面试报告 Report" in page.text and page.url.path.startswith("/mock/report/")
    assert client.post("/mock/start", data={"csrf_token": token, "role": "chef"}).status_code == 400


def test_serve_warns_when_anyone_can_reach_it(db, tmp_path):
    import os
    import subprocess
    import sys

    from webkit import free_port

    env = {**os.environ, "MIANSHI_HOME": str(tmp_path)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "mianshi", "--db", db, "serve", "--host", "0.0.0.0", "--port", str(free_port())],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )  # fmt: skip
    try:
        line = proc.stderr.readline()
    finally:
        proc.terminate()
        proc.wait(30)
    assert "warning" in line and "anyone who can reach port" in line
    missing = subprocess.run(
        [sys.executable, "-m", "mianshi", "--db", str(tmp_path / "none.db"), "serve"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert missing.returncode == 1 and "Traceback" not in missing.stderr


def test_questions_sorted_by_the_service_for_both_faces(client, db):
    from mianshi.errors import NotFoundError
    from mianshi.services.bank import list_questions

    by_difficulty = list_questions(db, sort="difficulty")
    assert [q.difficulty for q in by_difficulty] == sorted(q.difficulty for q in by_difficulty)
    by_frequency = list_questions(db, module="dl_basics", sort="frequency")
    html = client.get("/questions?module=dl_basics&sort=frequency").text
    assert html.index(f'href="/q/{by_frequency[0].id}"') < html.index(f'href="/q/{by_frequency[1].id}"')
    with pytest.raises(NotFoundError, match="sort must be one of"):
        list_questions(db, sort="random")
    assert client.get("/questions?sort=random").status_code == 404


def test_uncertain_matches_are_decided_in_the_browser_as_in_the_terminal(tmp_path):
    from mianshi.services import ingest

    url = init_db(tmp_path)
    notes = tmp_path / "notes.md"
    notes.write_text("- Transformer为何使用多头注意力机制\n- <b>CLIP框架</b>\n", encoding="utf-8")
    import_paths([notes], url)
    pending = ingest.list_uncertain(url)
    assert pending, "the fixture should leave an uncertain match"
    with TestClient(create_app(url, judge_workers=1, warm_judge=False)) as client:
        page = client.get("/matches").text
        assert pending[0].text in page and "<b>CLIP" not in page
        assert f'action="/matches/{pending[0].key}"' in page
        assert f"{len(pending)} more have an uncertain bank match" in client.get("/gaps").text
        chosen = pending[0].candidates[-1][0]
        forged = client.post(f"/matches/{pending[0].key}", data={"choice": chosen, "csrf_token": "x"})
        assert forged.status_code == 403 and len(ingest.list_uncertain(url)) == len(pending)
        token = csrf(client, "/matches")
        done = client.post(
            f"/matches/{pending[0].key}", data={"choice": chosen, "csrf_token": token}
        )
        assert done.status_code == 200 and pending[0].text not in done.text
        ranked = {r.text: r.question_id for r in ingest.frequency_ranking(url)}
        assert ranked[pending[0].text] == chosen
        bad = client.post(f"/matches/{pending[0].key}", data={"choice": "nope", "csrf_token": token})
        assert bad.status_code == 404 and "no bank question" in bad.text and "nope" in bad.text


def test_a_pair_the_clustering_is_unsure_of_is_decided_in_the_browser(tmp_path):
    from mianshi.services import ingest

    url = init_db(tmp_path)
    first, second = tmp_path / "first.md", tmp_path / "second.md"
    first.write_text(
        "- 自注意力是怎么计算的\n- Transformer 里的自注意力如何工作\n", encoding="utf-8"
    )
    second.write_text("- 讲讲 Transformer\n", encoding="utf-8")
    import_paths([first, second], url)
    [pair] = ingest.list_doubts(url)
    with TestClient(create_app(url, judge_workers=1, warm_judge=False)) as client:
        page = client.get("/matches").text
        assert f'action="/pairs/{pair.pair_key}"' in page and pair.text_b in page
        token = csrf(client, "/matches")
        bad = client.post(f"/pairs/{pair.pair_key}", data={"choice": "maybe", "csrf_token": token})
        assert bad.status_code == 400 and ingest.list_doubts(url) == [pair]
        done = client.post(f"/pairs/{pair.pair_key}", data={"choice": "same", "csrf_token": token})
        assert done.status_code == 200 and "No pair awaits a decision" in done.text
    asked = {r.text: r.frequency for r in ingest.frequency_ranking(url)}
    assert asked["自注意力是怎么计算的"] == 2


def test_the_frequency_page_counts_phrasings_of_one_bank_question_once(tmp_path):
    url = init_db(tmp_path)
    # two differently worded questions (two clusters) that one bank question answers
    for name, line in (("a", "BN 在训练和推理时有什么区别？"), ("b", "推理时 BN 用的均值和方差从哪里来？")):
        (tmp_path / f"{name}.md").write_text(f"- {line}\n- Rust 的所有权机制是什么？\n", encoding="utf-8")
    import_paths([tmp_path / "a.md", tmp_path / "b.md"], url)
    with TestClient(create_app(url, judge_workers=1, warm_judge=False)) as client:
        leaning = client.get("/frequency").text
        each = client.get("/frequency?by=imported").text
        bank = 'href="/q/bn-train-vs-inference"'
        assert leaning.count(bank) == 2  # one row, linked by its title and its id
        assert each.count(bank) == 4  # a row per imported question
        assert "Rust 的所有权机制是什么" in leaning and "Rust 的所有权机制是什么" in each
        bad = client.get("/frequency?by=nope")
        assert bad.status_code == 400 and "by must be one of" in bad.text
