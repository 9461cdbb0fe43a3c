"""Tokenising mixed Chinese and English interview text."""

import pytest

from mianshi.search.text import normalize, tokenize


def test_identifiers_of_the_field_stay_whole_and_lower_case():
    tokens = tokenize("BN GQA RoPE YOLOv5 top-p 1x1 C++ GPT-3.5 q_proj")
    for identifier in ["bn", "gqa", "rope", "yolov5", "top-p", "1x1", "c++", "gpt-3.5", "q_proj"]:
        assert identifier in tokens
    assert all(token == token.lower() for token in tokens)


def test_compound_identifiers_also_give_their_parts():
    tokens = tokenize("top-p kv-cache YOLOv5 llama2")
    assert {"top", "kv", "cache", "yolo", "llama"} <= set(tokens)


def test_chinese_is_segmented_into_words_and_the_words_inside_them():
    tokens = tokenize("灾难性遗忘和梯度消失")
    assert {"灾难性", "灾难", "遗忘", "梯度", "消失"} <= set(tokens)
    assert "和" not in tokens  # a stop word


def test_mixed_text_keeps_reading_order():
    assert tokenize("transformer 为啥用 LN 不用 BN") == ["transformer", "ln", "不用", "bn"]


def test_full_width_and_look_alike_characters_are_normalised():
    assert normalize("ＢＮ，１×１卷积（Top–P）") == "bn,1x1卷积(top-p)"
    assert tokenize("１×１卷积") == tokenize("1x1 卷积")


def test_greek_letters_are_words():
    assert {"α", "γ"} <= set(tokenize("Focal Loss 的 α 和 γ"))


@pytest.mark.parametrize("text", ["", "   ", "？！。，", "!!! ... ---", "😀🎉🔥", "—— ……"])
def test_text_without_words_gives_no_tokens(text):
    assert tokenize(text) == []


def test_stop_words_can_be_kept():
    assert tokenize("what is the") == []
    assert tokenize("what is the", keep_stopwords=True) == ["what", "is", "the"]
