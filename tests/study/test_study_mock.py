"""Mock interviews: the planner's choices and follow-ups, the stored sessions, the terminal loop."""

import signal
from datetime import UTC, datetime, timedelta

import pytest
from studykit import (
    QUESTIONS,
    make_study_db,
    perfect_answer,
    query,
    run_mianshi,
    start_mianshi,
    wait_for_rows,
)

from mianshi.bank.model import Question
from mianshi.errors import MianshiError, NotFoundError
from mianshi.services.mock import mock_history, mock_interview, mock_report
from mianshi.study.mock import InterviewPlan, Weakness, question_weights


def bank() -> list[Question]:
    return [
        Question(qid, module, topic, f"{qid}?", qid, 2, points, "answer", related=related)
        for qid, module, topic, points, related, _ in QUESTIONS
    ]


def test_weights_follow_role_frequency_and_weak_spots():
    questions = bank()
    plain = question_weights(questions, "llm", {}, {})
    assert set(plain) == {q.id for q in questions}  # llm interviews also ask the basics
    assert plain["kv-cache"] > plain["bn-vs-ln"]  # ...but mostly LLM questions
    assert len(set(plain[q] for q in ("kv-cache", "rope", "attention-cost"))) == 1  # zeros work
    frequent = question_weights(questions, "llm", {"rope": 4}, {})
    assert frequent["rope"] > frequent["kv-cache"]
    weak = question_weights(questions, "llm", {}, {"kv-cache": Weakness(lapses=0.8)})
    assert weak["kv-cache"] > plain["kv-cache"]
    cv = question_weights(questions, "cv", {}, {})
    assert "kv-cache" not in cv and "bn-vs-ln" in cv


def test_a_weak_topic_lifts_its_unseen_questions():
    questions = bank()
    weak = question_weights(questions, "general", {}, {"bn-inference": Weakness(answer_gap=1.0)})
    plain = question_weights(questions, "general", {}, {})
    assert weak["bn-vs-ln"] > plain["bn-vs-ln"]  # same topic, never seen
    assert weak["ln-in-transformer"] == plain["ln-in-transformer"]  # another topic


def test_good_answers_are_followed_up_along_related_links():
    plan = InterviewPlan.create(bank(), "llm", total=6, seed=3, frequencies={}, weaknesses={})
    first = plan.next()
    plan.answered(first, 0.9)
    second = plan.next()
    assert second.follow_up_of == first.question.id and second.depth == 1
    assert second.question.id in first.question.related
    plan.answered(second, 0.8)
    third = plan.next()
    if third.follow_up_of:  # a follow-up exists only if an unasked related question is left
        assert third.depth == 2 and third.question.id in second.question.related
        plan.answered(third, 1.0)
        assert plan.next().depth == 0  # two follow-ups deep at most


def test_a_skipped_or_weak_answer_opens_a_new_thread():
    plan = InterviewPlan.create(bank(), "general", total=6, seed=1, frequencies={}, weaknesses={})
    first = plan.next()
    plan.answered(first, None)
    assert plan.next().follow_up_of is None
    plan2 = InterviewPlan.create(bank(), "general", total=6, seed=1, frequencies={}, weaknesses={})
    plan2.answered(plan2.next(), 0.1)
    assert plan2.next().follow_up_of is None


def test_no_question_is_asked_twice_and_the_count_is_kept():
    plan = InterviewPlan.create(bank(), "general", total=20, seed=5, frequencies={}, weaknesses={})
    asked = []
    while (item := plan.next()) is not None:
        asked.append(item.question.id)
        plan.answered(item, 1.0)
    assert sorted(asked) == sorted(q.id for q in bank())
    short = InterviewPlan.create(bank(), "general", total=2, seed=5, frequencies={}, weaknesses={})
    assert short.next() and short.next() and short.next() is None


class Clock:
    def __init__(self):
        self.now = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

    def __call__(self):
        return self.now


def test_a_session_is_stored_with_its_report(tmp_path, monkeypatch):
    url, db_file = make_study_db(tmp_path, monkeypatch)
    clock = Clock()
    with mock_interview(url, "llm", n=4, minutes=30, seed=11, clock=clock) as run:
        first = run.next()
        clock.now += timedelta(minutes=2)
        result = run.answer(first, perfect_answer(), 120)
        assert result.score > 0.9
        follow_up = run.next()
        assert follow_up.follow_up_of == first.question.id
        run.answer(follow_up, "", 5)  # skipped
        report = run.finish()
    assert report.end_reason == "completed" and report.time_used == timedelta(minutes=2)
    assert [a.skipped for a in report.answers] == [False, True]
    assert report.review_next[0].id == follow_up.question.id
    assert report.answers[1].missed_points == follow_up.question.keypoints
    rows = query(db_file, "SELECT position, question_id, follow_up_of, skipped FROM mock_answers")
    assert rows == [
        (1, first.question.id, None, 0),
        (2, follow_up.question.id, first.question.id, 1),
    ]
    [summary] = mock_history(url)
    assert (summary.questions, summary.follow_ups, summary.skipped) == (2, 1, 1)
    again = mock_report(summary.id, url)
    assert [a.question.id for a in again.answers] == [a.question.id for a in report.answers]
    assert {t.topic for t in again.topics} == {first.question.topic, follow_up.question.topic}


def test_the_time_limit_ends_the_interview(tmp_path, monkeypatch):
    url, _ = make_study_db(tmp_path, monkeypatch)
    clock = Clock()
    with mock_interview(url, "general", n=8, minutes=5, seed=2, clock=clock) as run:
        asked = run.next()
        clock.now += timedelta(minutes=6)
        run.answer(asked, "不清楚", 360)
        assert run.next() is None
        report = run.finish()
    assert report.end_reason == "time" and len(report.answers) == 1


def test_bad_mock_requests(tmp_path, monkeypatch):
    url, _ = make_study_db(tmp_path, monkeypatch)
    with pytest.raises(MianshiError, match="unknown role"), mock_interview(url, "nlp"):
        pass
    with pytest.raises(MianshiError, match="at least 1"), mock_interview(url, "llm", n=0):
        pass
    with pytest.raises(NotFoundError, match="no mock interview with id 9"):
        mock_report(9, url)


def test_mock_command_asks_follows_up_and_reports(tmp_path, monkeypatch):
    _, db_file = make_study_db(tmp_path, monkeypatch)
    answers = f"{perfect_answer()}\n\n{perfect_answer()}\n\n\n"  # two full answers, one skip
    done = run_mianshi("mock", "--role", "llm", "--n", "3", "--seed", "4", input_text=answers)
    assert done.returncode == 0, done.stderr
    assert "追问 Follow-up" in done.stdout
    for heading in (
        "模拟面试报告",
        "Per question",
        "Per topic",
        "Review next",
        "all questions asked",
    ):
        assert heading in done.stdout
    rows = query(
        db_file, "SELECT follow_up_of IS NOT NULL, skipped FROM mock_answers ORDER BY position"
    )
    assert rows[:2] == [(0, 0), (1, 0)] and rows[2][1] == 1
    assert query(db_file, "SELECT end_reason FROM mock_sessions") == [("completed",)]
    listed = run_mianshi("history")
    assert (
        listed.returncode == 0 and "llm" in listed.stdout and "all questions asked" in listed.stdout
    )
    shown = run_mianshi("history", "1")
    assert shown.returncode == 0 and "Per topic" in shown.stdout


def test_end_of_input_ends_the_interview_with_a_report(tmp_path, monkeypatch):
    _, db_file = make_study_db(tmp_path, monkeypatch)
    done = run_mianshi("mock", "--n", "5", "--seed", "1", input_text="RoPE 用旋转矩阵\n\n")
    assert done.returncode == 0, done.stderr
    assert "ended by you" in done.stdout
    assert query(db_file, "SELECT count(*), max(end_reason) FROM mock_answers, mock_sessions") == [
        (1, "quit")
    ]


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGKILL])
def test_an_interrupted_interview_keeps_its_answers(tmp_path, monkeypatch, stop):
    _, db_file = make_study_db(tmp_path, monkeypatch)
    process = start_mianshi("mock", "--n", "6", "--seed", "8")
    process.stdin.write("第一个回答\n\n\n")  # one answer, one skip
    process.stdin.flush()
    wait_for_rows(db_file, "SELECT count(*) FROM mock_answers", 2, process)
    process.send_signal(stop)
    stdout, stderr = process.communicate(timeout=120)
    assert query(db_file, "SELECT position, skipped FROM mock_answers ORDER BY position") == [
        (1, 0),
        (2, 1),
    ]
    ended = query(db_file, "SELECT end_reason FROM mock_sessions")
    if stop == signal.SIGINT:
        assert process.returncode == 130 and "Traceback" not in stderr
        assert "Mock interview #1" in stdout  # the report still comes
        assert ended == [("interrupted",)]
    else:
        assert ended == [(None,)]
    listed = run_mianshi("history")
    assert "interrupted" in listed.stdout


def test_mock_bad_input(tmp_path, monkeypatch):
    make_study_db(tmp_path, monkeypatch)
    for args in (["mock", "--role", "pm"], ["mock", "--n", "0"], ["history", "42"]):
        done = run_mianshi(*args)
        assert done.returncode == 1 and "Traceback" not in done.stderr, args
        assert done.stderr.startswith("error:")
