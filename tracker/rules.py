"""Linguistic knowledge lives in `rules/LANG/*.yaml`; this module loads and validates it.

Each rule file has a pydantic model (its JSON Schema is generated into `schemas/rules-NAME.schema.json`).
A bad file stops the run with one line naming the file, the entry and the field.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from tracker.resources import data_dir

M = TypeVar("M", bound=BaseModel)

# rule file name (without .yaml) -> "module:Model". Each component keeps the model of its own file.
REGISTRY: dict[str, str] = {
    "verbs": "tracker.lexicon:VerbsFile",
    "speakers": "tracker.lexicon:SpeakersFile",
    "outlets": "tracker.lexicon:OutletsFile",
    "attribution": "tracker.lexicon:AttributionFile",
    "entities": "tracker.entities:EntityRules",
    "numbers": "tracker.quantities:NumberRules",
    "relations": "tracker.propositions:RelationRules",
    "lattice": "tracker.compare:LatticeRules",
    "sources": "tracker.sources:SourceRules",
    "credibility": "tracker.grades:CredibilityRules",
    "calendar": "tracker.metadata:Calendar",
    "credit": "tracker.metadata:Credit",
    "antonyms": "tracker.detectors.lexicons:Antonyms",
    "negation": "tracker.detectors.lexicons:Negation",
    "synonyms": "tracker.detectors.lexicons:Synonyms",
    "participants": "tracker.detectors.lexicons:Participants",
    "stance_numbers": "tracker.detectors.lexicons:StanceNumbers",
}


class RuleError(Exception):
    """A rule file is missing, not YAML, or does not match its schema."""


def _model(name: str) -> type[BaseModel]:
    module, _, cls = REGISTRY[name].partition(":")
    try:
        model: type[BaseModel] = getattr(importlib.import_module(module), cls)
    except (ImportError, AttributeError) as e:
        where = f"rules.REGISTRY[{name!r}] = {REGISTRY[name]!r}"
        raise RuleError(f"{where}: cannot load the model: {e}") from None
    return model


def schema_models() -> dict[str, type[BaseModel]]:
    """`rules-NAME` -> model, for `tracker schema`."""
    return {f"rules-{name}": _model(name) for name in REGISTRY}


def rules_dir(override: str | Path | None = None) -> Path:
    return Path(override) if override else data_dir("rules")


def _entry_label(data: Any, loc: tuple[Any, ...]) -> str:
    """`verbs[3] (قال).forms`: the path, with the entry's own name where it has one."""
    out, node = "", data
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            node = node[part] if isinstance(node, list) and part < len(node) else None
            if isinstance(node, dict):
                name = node.get("id") or node.get("lemma") or node.get("name")
                if name:
                    out += f" ({name})"
        else:
            out += f".{part}" if out else str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return out or "(top level)"


def parse(path: Path, model: type[M]) -> M:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RuleError(f"{path}: rule file not found") from None
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        raise RuleError(f"{path}: not valid YAML: {e}".replace("\n", " ")) from None
    try:
        return model.model_validate(data)
    except ValidationError as e:
        err = e.errors()[0]
        more = f" (and {e.error_count() - 1} more)" if e.error_count() > 1 else ""
        raise RuleError(f"{path}: {_entry_label(data, tuple(err['loc']))}: {err['msg']}{more}") from None


@lru_cache(maxsize=64)
def load(name: str, lang: str = "ar", directory: str | None = None) -> BaseModel:
    """The validated rule file `rules/LANG/NAME.yaml` (cached: rule files are read once per process)."""
    return parse(rules_dir(directory) / lang / f"{name}.yaml", _model(name))


def check_all(directory: str | Path | None = None) -> list[str]:
    """Validate every rule file found; return one error line per bad or unknown file."""
    errors = []
    root = rules_dir(directory)
    for path in sorted(root.glob("*/*.yaml")):
        if path.stem not in REGISTRY:
            errors.append(f"{path}: no schema is registered for a rule file named {path.stem!r}")
            continue
        try:
            parse(path, _model(path.stem))
        except RuleError as e:
            errors.append(str(e))
    return errors
