"""Notes repositories: questions as headings, their answers' sections as sub-headings.

Scored against the labelled fixture repositories (fixtures/notes_repos), and
the rules one by one on small texts.
"""

from notes_repos import HELD_OUT, NOTES_REPOS, every_heading, parsed_questions, score

from mianshi.ingest.parse import parse_text


def texts(markdown: str) -> list[str]:
    return [q.text for q in parse_text(markdown, "markdown")]


def test_extraction_precision_and_recall_on_the_labelled_repositories():
    result = score(parsed_questions)
    assert result.precision >= 0.95 and result.recall >= 0.95, (result.wrong, result.missed)
    # the naive reading that takes every heading for a question is far below
    assert score(every_heading).precision < 0.5


def test_the_held_out_repository_keeps_its_precision():
    result = score(parsed_questions, HELD_OUT)
    assert result.precision >= 0.95 and result.recall >= 0.85, (result.wrong, result.missed)


def test_section_sub_headings_are_the_answer_not_questions():
    found = parse_text(
        "# 微调\n\n## 3. LoRA 的作用\n\n### 简介\n\n低秩增量。\n\n### 2.4缺点\n\n要选秩。\n\n"
        "### 代码实现\n\n```python\nB = zeros(d, r)\n```\n",
        "markdown",
    )
    assert [q.text for q in found] == ["LoRA 的作用"]
    assert "2.4缺点" in found[0].answer and "要选秩" in found[0].answer and found[0].has_code


def test_a_question_heading_stays_whole_over_its_sub_headings():
    found = texts(
        "### 2. prefix LM 和 causal LM 区别是什么？\n\n#### 2.1 causal LM\n\n"
        "只能看见前面的 token，适合生成。\n\n#### 2.2 prefix LM\n\n前缀双向可见。\n"
    )
    assert found == ["prefix LM 和 causal LM 区别是什么?"]


def test_question_headings_without_a_body_or_with_only_code_or_details():
    found = texts(
        "## 为什么要除以根号 d？\n\n## 说说 KV Cache\n\n```python\ncache.append(k)\n```\n\n"
        "## 介绍一下 RoPE\n\n<details>\n<summary>点击展开</summary>\n\n旋转位置编码。\n\n</details>\n"
    )
    assert found == ["为什么要除以根号 d?", "说说 KV Cache", "介绍一下 RoPE"]


def test_a_follow_up_heading_under_a_question_is_a_question_of_its_own():
    found = texts(
        "## RLHF 的三个阶段\n\n先 SFT，再训练奖励模型，最后 PPO。\n\n### 一、SFT\n\n监督微调。\n\n"
        "### 为什么要加 KL 约束？\n\n防止偏离。\n"
    )
    assert found == ["RLHF 的三个阶段", "为什么要加 KL 约束?"]
    # without a body of its own and without a question mark, it titles the questions beneath
    chapter = "## Transformer 的结构\n\n### 为什么用多头？\n\n子空间。\n\n### 为什么除以根号 d？\n\n方差。\n"
    assert texts(chapter) == ["为什么用多头?", "为什么除以根号 d?"]


def test_toc_markers_formulas_code_comments_and_prose_are_not_questions():
    found = texts(
        "# 注意力\n\n[toc]\n\n[TOC]\n\n## 公式\n\n$$\n\\mathrm{softmax}(QK^T)V\n$$\n\n"
        "$a_i = \\frac{e^{x_i}}{\\sum_j e^{x_j}}$\n\n"
        "```python\n# 为什么这里要 mask？\nscores = scores.masked_fill(m, -1e9)\n```\n\n"
        "请求完成后立即让新请求补位，不必等整批结束。\n\n"
        "    # 为什么要除以根号 d？\n    return q @ k.T / d**0.5\n\n    // 如何实现 softmax？\n"
    )
    assert found == []


def test_a_bare_topic_heading_is_a_chapter_even_when_numbered():
    assert texts(
        "## 6. 梯度裁剪\n\n按范数缩小梯度。\n\n## 7. 梯度裁剪有什么用？\n\n防止爆炸。\n"
    ) == ["梯度裁剪有什么用?"]


def test_resource_lists_are_not_questions():
    found = texts(
        "# 资源\n\n## 推理框架\n\n- [vLLM](https://github.com/vllm-project/vllm)：高吞吐推理与服务实现\n"
        "- [llama.cpp](https://github.com/ggerganov/llama.cpp)：纯 C++ 实现\n\n## 参考\n\n"
        "- [为什么 Transformer 需要位置编码？](https://example.com/pe)\n"
    )
    assert found == []
    assert parsed_questions(NOTES_REPOS / "llm_notes" / "resources.md") == []


def test_a_category_label_is_stripped_but_a_subject_before_the_colon_is_kept():
    found = parse_text(
        "## 大模型岗位面试总结：LoRA 的原理是什么？\n\n低秩。\n\n## DETR：为什么不需要 NMS？\n\n一对一匹配。\n",
        "markdown",
    )
    assert [q.text for q in found] == ["LoRA 的原理是什么?", "DETR:为什么不需要 NMS?"]
    assert found[0].context["category"] == "大模型岗位面试总结"
    assert "category" not in found[1].context
