"""Every layout real collections use, parsed from small fixtures written for these tests."""

from ingestkit import FIXTURES

from mianshi.ingest.parse import parse_text


def parse(name: str):
    path = FIXTURES / name
    fmt = "html" if path.suffix == ".html" else "markdown"
    return parse_text(path.read_text(encoding="utf-8"), fmt)


def texts(name: str) -> list[str]:
    return [q.text for q in parse(name)]


def test_table_of_bold_links_with_category_prefixes_and_section_hint():
    questions = parse("table_links.md")
    assert [q.text for q in questions] == [
        "BN 在训练和推理的时候有什么不同?",
        "Dropout 的原理是什么,为什么能缓解过拟合?",
        "LayerNorm 与 BatchNorm 的区别在哪里?",
    ]
    first = questions[0]
    assert first.context["category"] == "归一化"
    assert first.context["module_hint"] == "dl_basics"
    assert "深度学习基础专题" in first.context["headings"]
    assert first.raw.startswith("| [**01.")


def test_a_list_of_links_to_resources_is_not_questions():
    assert not any("论文阅读工具" in t or "中文大模型列表" in t for t in texts("table_links.md"))


def test_question_headings_with_answers_code_and_company():
    questions = parse("qa_headings.md")
    by_line = {q.line: q for q in questions}
    bn = by_line[10]
    assert bn.text == "BN 在训练和推理时有什么区别?"
    assert "滑动平均" in bn.answer
    softmax = by_line[17]
    assert softmax.has_code and "np.exp" in softmax.answer
    assert by_line[30].context["company"] == "腾讯"
    assert "梯度消失" in by_line[30].text


def test_table_of_contents_items_take_the_company_of_their_parent():
    questions = parse("qa_headings.md")
    toc = [q for q in questions if q.line in (4, 5, 6)]
    assert len(toc) == 3
    assert all(q.context.get("company") == "某某" for q in toc)
    assert all(q.answer is None for q in toc)


def test_numbered_sections_with_answers():
    questions = parse("numbered_sections.md")
    assert [q.text for q in questions] == ["为什么要对输入特征做标准化?", "学习率预热有什么用?"]
    assert "收敛更快" in questions[0].answer
    assert "总结" not in " ".join(q.text for q in questions)


def test_bullet_and_numbered_lists_and_indented_answers():
    questions = parse("lists.md")
    found = [q.text for q in questions]
    assert "感受野" in found  # a bare topic inside a list of questions
    assert "1*1 卷积有什么用?" in found
    assert "位置编码有哪些做法?" in found  # "3、" numbering
    explosion = next(q for q in questions if q.text.startswith("梯度爆炸"))
    assert "梯度裁剪" in explosion.answer


def test_escaped_list_markers_and_inline_html():
    assert texts("escaped_html.md") == [
        "GAN 和 VAE 的区别",
        "介绍一下 NMS 的原理",
        "如何提高小目标的检测效果?",
        "写一下交叉熵的公式",
        "数据增强有哪些常用方法?",
        "介绍直方图均衡化",
    ]


def test_page_saved_as_rendered_text():
    questions = parse("rendered_page.txt")
    assert [q.text for q in questions] == [
        "LoRA 的低秩矩阵应该怎么初始化?",
        "为什么现在的大模型多用 Decoder-only 结构?",
        "为什么 Transformer 里用 LayerNorm 而不用 BatchNorm?",
        "单阶段检测器如何定义正负样本?",
    ]
    assert questions[0].context["category"] == "模型微调"
    assert questions[0].context["headings"] == ["大模型专题", "大语言模型"]
    assert questions[3].context["module_hint"] == "vision"


def test_bullet_titles_over_article_lines_are_context_not_questions():
    questions = parse("article_index.txt")
    assert [q.text for q in questions] == [
        "为什么大模型训练要用 warmup?从优化角度谈起",
        "混合精度训练中 loss scaling 是做什么的?",
        "DPO 和 PPO 相比有哪些优缺点?",
    ]
    assert questions[0].context["headings"][-1] == "训练技巧"
    assert questions[2].context["headings"][-1] == "对齐"


def test_answers_marked_with_da_follow_their_question():
    questions = parse("plain_answers.txt")
    by_text = {q.text: q for q in questions}
    assert by_text["无监督学习有哪些代表算法?"].answer == "聚类、降维、自编码器等。"
    assert "验证损失" in by_text["如何判断模型是否过拟合?"].answer
    assert by_text["为什么需要对数据做归一化?"].answer is None


def test_html_page():
    questions = parse("page.html")
    found = [q.text for q in questions]
    assert "介绍一下 非极大值抑制 的步骤" in found
    assert "为什么要做数据增强?" in found
    assert not any("脚本" in t for t in found)
    iou = next(q for q in questions if q.text.startswith("IoU"))
    assert iou.has_code and "交集" in iou.answer


def test_a_file_of_notes_has_no_questions():
    assert parse("no_questions.md") == []


def test_advice_commentary_tags_and_part_titles_are_not_questions():
    notes = """## 面试建议

1. 不要只背答案，结合项目讲清楚自己设计了哪些方案，效果如何
2. 视觉方向其实岗位不少，相对来说对工程能力要求更高
3. 这类问题很大概率会被追问推导，最好能手写代码
4. 损失函数篇
5. #面经分享# 某厂/某厂/某厂
6. 注意力机制有哪些种类？各自起什么作用
7. 匈牙利匹配可用于正负样本分配，介绍其实现原理
8. 尽量说说 BN 和 LN 的区别？
"""
    found = [q.text for q in parse_text(notes, "markdown")]
    assert found == [
        "注意力机制有哪些种类?各自起什么作用",
        "匈牙利匹配可用于正负样本分配,介绍其实现原理",
        "尽量说说 BN 和 LN 的区别?",
    ], found
