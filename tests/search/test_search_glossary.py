"""The glossary: the shipped data, matching names in text, and expansion both ways."""

import pytest

from mianshi.errors import ContentError
from mianshi.search.analyze import analyze_query, document_terms
from mianshi.search.glossary import Glossary, load_glossary, name_key, shipped_glossary
from mianshi.search.text import normalize

SMALL = """\
- id: batch-norm
  zh: [批归一化, 批量归一化]
  en: [batch normalization, batch norm]
  abbr: [BN]
  see: [layer-norm]
- id: layer-norm
  zh: [层归一化]
  en: [layer normalization, layernorm]
  abbr: [LN]
- id: attention
  zh: [注意力]
  en: [attention]
- id: multi-head-attention
  zh: [多头注意力]
  en: [multi-head attention]
  abbr: [MHA]
- id: top-p-sampling
  zh: [核采样]
  en: [top-p sampling, nucleus sampling]
- id: cpp
  zh: [C加加]
  en: [C++]
"""


@pytest.fixture
def glossary(tmp_path) -> Glossary:
    path = tmp_path / "glossary.yaml"
    path.write_text(SMALL, encoding="utf-8")
    return load_glossary(path)


def _ids(glossary: Glossary, text: str) -> list[str]:
    return [concept.id for concept, _, _ in glossary.find(text)]


def test_the_shipped_glossary_is_valid_and_covers_the_field():
    glossary = load_glossary()
    assert len(glossary.concepts) >= 300
    owners: dict[str, str] = {}
    for concept in glossary.concepts.values():
        assert len(concept.names) >= 2
        for name in concept.names:
            assert owners.setdefault(name_key(name), concept.id) == concept.id, name


def test_names_are_found_in_chinese_and_in_english(glossary):
    assert _ids(glossary, "为啥用LN不用批归一化") == ["layer-norm", "batch-norm"]
    assert _ids(glossary, "Layer Normalization vs BATCH NORM") == ["layer-norm", "batch-norm"]


def test_text_may_leave_out_the_joiners_of_a_name(glossary):
    for text in ["batch norm", "batch-norm", "batch_norm", "batchnorm", "Batch  Norm"]:
        assert _ids(glossary, text) == ["batch-norm"], text
    # ...but not split a name written as one word: the glossary lists both forms.
    assert _ids(glossary, "layer norm") == []


def test_english_names_match_whole_words_only(glossary):
    assert _ids(glossary, "xbn bnx abnormal") == []
    assert _ids(glossary, "bn-x, x/bn") == ["batch-norm", "batch-norm"]
    assert _ids(glossary, "C++ 的引用") == ["cpp"]


def test_the_longest_name_wins(glossary):
    assert _ids(glossary, "多头注意力和注意力") == ["multi-head-attention", "attention"]
    assert _ids(glossary, "top-p sampling 又叫核采样") == ["top-p-sampling", "top-p-sampling"]


def test_places_are_in_the_normalised_text(glossary):
    text = "Ｔｏｐ-Ｐ  Sampling 与 BN层"
    normalised = normalize(text)
    assert [normalised[s:e] for _, s, e in glossary.find(text)] == ["top-p sampling", "bn"]


def test_lookup_uses_the_name_key(glossary):
    assert glossary.lookup("Batch-Norm").id == "batch-norm"
    assert glossary.lookup("unknown") is None


def test_expansion_chinese_query_meets_english_document(glossary):
    document = document_terms("Why do Transformers use LayerNorm?", glossary)
    query = analyze_query("层归一化", glossary).terms
    assert "@layer-norm" in document and set(query) == {"@layer-norm"}


def test_expansion_english_query_meets_chinese_document(glossary):
    document = document_terms("批归一化在推理时用滑动平均", glossary)
    query = analyze_query("batch normalization inference", glossary).terms
    assert "@batch-norm" in document and "@batch-norm" in query
    assert "batch" not in query  # the words of a recognised name count once, as the concept


def test_a_cached_glossary_matches_like_a_fresh_one(glossary):
    cached = Glossary.from_records(glossary.to_records(), glossary.compiled())
    plain = Glossary.from_records(glossary.to_records())
    text = "多头注意力 batch-norm C++ top p sampling"
    assert cached.find(text) == plain.find(text) == glossary.find(text)


def test_the_fast_path_finds_what_find_finds():
    glossary = shipped_glossary()
    text = normalize("Transformer 为啥用 LN 不用 BN？层归一化在每个 token 上归一化。" * 50)
    assert glossary.concept_tokens_normalised(text)[:3] == [
        "@transformer",
        "@layer-norm",
        "@batch-norm",
    ]
    assert [c.token for c, _, _ in glossary.find_normalised(text)] == (
        glossary.concept_tokens_normalised(text)
    )


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        (
            "- id: a\n  zh: [甲]\n  en: [alpha]\n- id: b\n  zh: [乙]\n  en: [Alpha]\n",
            "already belongs",
        ),
        ("- id: a\n  zh: [甲]\n  en: [alpha]\n  see: [nowhere]\n", "unknown concept"),
        ("- id: a\n  zh: [甲]\n", "at least two names"),
        ("- id: Not_Kebab\n  zh: [甲]\n  en: [a]\n", "kebab-case"),
        ("- id: a\n  zh: [甲\n", "malformed"),
        ("- id: a\n  zh: [甲]\n  en: [a]\n  colour: red\n", "unknown field"),
    ],
)
def test_a_broken_glossary_is_reported_with_its_line(tmp_path, yaml_text, message):
    path = tmp_path / "glossary.yaml"
    path.write_text(yaml_text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_glossary(path)
    assert any(message in problem and str(path) in problem for problem in caught.value.problems)
