"""The question bank: taxonomy, question model, loading and validating content/."""

from mianshi.bank.loader import Bank, load_bank, validate_path
from mianshi.bank.model import Question
from mianshi.bank.taxonomy import Module, Taxonomy, Topic, load_taxonomy

__all__ = [
    "Bank",
    "Module",
    "Question",
    "Taxonomy",
    "Topic",
    "load_bank",
    "load_taxonomy",
    "validate_path",
]
