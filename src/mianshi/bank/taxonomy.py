"""Modules and topics, read from content/taxonomy.yaml."""

from dataclasses import dataclass
from pathlib import Path

import yaml

from mianshi.errors import ContentError, NotFoundError


@dataclass(frozen=True)
class Topic:
    id: str
    name: str
    name_en: str


@dataclass(frozen=True)
class Module:
    id: str
    name: str
    name_en: str
    topics: tuple[Topic, ...]

    def topic(self, topic_id: str) -> Topic | None:
        return next((t for t in self.topics if t.id == topic_id), None)


@dataclass(frozen=True)
class Taxonomy:
    modules: tuple[Module, ...]

    def module(self, module_id: str) -> Module | None:
        return next((m for m in self.modules if m.id == module_id), None)

    def require_module(self, module_id: str) -> Module:
        module = self.module(module_id)
        if module is None:
            known = ", ".join(m.id for m in self.modules)
            raise NotFoundError(f"unknown module '{module_id}' (known: {known})")
        return module

    def require_topic(self, module_id: str | None, topic_id: str) -> Topic:
        modules = [self.require_module(module_id)] if module_id else list(self.modules)
        for module in modules:
            topic = module.topic(topic_id)
            if topic:
                return topic
        known = ", ".join(sorted({t.id for m in modules for t in m.topics}))
        raise NotFoundError(f"unknown topic '{topic_id}' (known: {known})")


def load_taxonomy(path: Path) -> Taxonomy:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ContentError([f"{path}:1: cannot read taxonomy: {exc}".splitlines()[0]]) from exc
    problems: list[str] = []
    modules: list[Module] = []
    seen_modules: set[str] = set()
    for raw in (data or {}).get("modules") or []:
        module_id = raw.get("id")
        if not module_id or not raw.get("name") or not raw.get("name_en"):
            problems.append(f"{path}:1: module needs id, name and name_en: {raw.get('id')!r}")
            continue
        if module_id in seen_modules:
            problems.append(f"{path}:1: duplicate module id '{module_id}'")
        seen_modules.add(module_id)
        topics: list[Topic] = []
        for t in raw.get("topics") or []:
            if not t.get("id") or not t.get("name") or not t.get("name_en"):
                problems.append(f"{path}:1: topic in '{module_id}' needs id, name and name_en")
                continue
            if any(existing.id == t["id"] for existing in topics):
                problems.append(f"{path}:1: duplicate topic '{module_id}/{t['id']}'")
            topics.append(Topic(t["id"], t["name"], t["name_en"]))
        modules.append(Module(module_id, raw["name"], raw["name_en"], tuple(topics)))
    if not modules:
        problems.append(f"{path}:1: taxonomy defines no modules")
    if problems:
        raise ContentError(problems)
    return Taxonomy(tuple(modules))
