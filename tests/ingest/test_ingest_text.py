"""Encoding detection, inline normalisation and garble detection, on text written for these tests."""

import codecs

import pytest

from mianshi.ingest.encoding import UndecodableError, decode_bytes
from mianshi.ingest.garble import check_line
from mianshi.ingest.markup import clean_inline, normalize_question

SAMPLE = "### 问题1：为什么要做特征归一化？\n- 介绍一下 Dropout 的原理\n- 梯度消失怎么缓解？\n"


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("gbk", "gb18030"),
        ("gb18030", "gb18030"),
        ("utf-16", "utf-16"),  # with a byte-order mark
        ("utf-16-le", "utf-16-le"),  # without one
        ("utf-16-be", "utf-16-be"),
    ],
)
def test_encodings_chinese_files_come_in(encoding, expected):
    decoded = decode_bytes((SAMPLE * 5).encode(encoding))
    assert decoded.text == SAMPLE * 5
    assert decoded.encoding == expected


def test_gb18030_characters_outside_gbk():
    text = "介绍一下㐀和𠀀这两个罕见字的编码？\n" * 5
    decoded = decode_bytes(text.encode("gb18030"))
    assert decoded.text == text


def test_crlf_line_ends_are_normalised():
    assert decode_bytes("第一行\r\n第二行\r\n".encode()).text == "第一行\n第二行\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (bytes(range(256)) * 40, "binary"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02\xff" * 500, "binary"),
        ("介绍一下注意力机制".encode()[:-1], "truncated UTF-8"),
    ],
)
def test_undecodable_input_says_why(data, reason):
    with pytest.raises(UndecodableError, match=reason):
        decode_bytes(data)


def test_bom_then_invalid_bytes():
    with pytest.raises(UndecodableError, match="byte-order mark"):
        decode_bytes(codecs.BOM_UTF8 + b"\xff\xfe\xfd bad")


def test_clean_inline_removes_markup_links_and_emoji():
    line = "🏆 **[LoRA 为什么有效？](https://example.com/x)** <u>见</u> ![图](a.png) `代码`"
    assert clean_inline(line) == "LoRA 为什么有效？ 见 代码"


@pytest.mark.parametrize(
    ("line", "text", "category", "numbering"),
    [
        ("01. 模型微调：LoRA 怎么训练？", "LoRA 怎么训练?", "模型微调", "01."),
        ("问题12：ＢＮ的作用是什么？", "BN的作用是什么?", None, "问题12:"),
        ("3、位置编码有哪些？", "位置编码有哪些?", None, "3,"),
        ("1*1 卷积有什么作用？", "1*1 卷积有什么作用?", None, None),
        ("0.5 的概率怎么算？", "0.5 的概率怎么算?", None, None),
        ("大模型面经——解码策略有哪些？", "解码策略有哪些?", "大模型面经", None),
    ],
)
def test_normalize_question(line, text, category, numbering):
    normal = normalize_question(line)
    assert (normal.text, normal.category, normal.numbering) == (text, category, numbering)


def test_trailing_notes_are_metadata():
    normal = normalize_question("如何判断过拟合？（重点必问）")
    assert normal.text == "如何判断过拟合?"
    assert normal.note == "重点必问"


@pytest.mark.parametrize(
    ("garbled", "repaired"),
    [
        ("绍介一下梯度裁剪的理原", "介绍一下梯度裁剪的原理"),
        ("么什为训练时要用标目函数的梯度？", "为什么训练时要用目标函数的梯度？"),
    ],
)
def test_swapped_characters_are_detected_and_repaired(garbled, repaired):
    result = check_line(garbled)
    assert result.garbled and result.repaired
    assert result.text == repaired


@pytest.mark.parametrize(
    "clean",
    [
        "介绍一下梯度裁剪的原理",
        "为什么 Transformer 用 LayerNorm 而不用 BatchNorm？",
        "现实场景中如何计算模型的推理延迟？",
        "25 匹马 5 个赛道最少比几次能选出前三？",
        "LoRA 的 B 矩阵为什么初始化为零？",
    ],
)
def test_ordinary_lines_are_not_flagged(clean):
    result = check_line(clean)
    assert not result.garbled
    assert result.text == clean
