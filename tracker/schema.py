"""JSON Schemas generated from the pydantic models: `schemas/NAME.schema.json`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from tracker import models, report

DIALECT = "https://json-schema.org/draft/2020-12/schema"

# name -> model; rule-file models register themselves in tracker.rules
MODELS: dict[str, type[BaseModel]] = {
    "record": models.Record,
    "comparison": models.Comparison,
    "source": models.Source,
    "report": report.Report,
}


def schema_for(name: str, model: type[BaseModel]) -> dict[str, Any]:
    body = model.model_json_schema(mode="validation")
    return {"$schema": DIALECT, "$id": f"https://tracker.invalid/schemas/{name}.schema.json", **body}


def render(name: str, model: type[BaseModel]) -> str:
    return json.dumps(schema_for(name, model), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def all_models() -> dict[str, type[BaseModel]]:
    from tracker import rules

    return {**MODELS, **rules.schema_models()}


def stale(directory: Path) -> list[str]:
    """Names whose checked-in schema differs from the models (or is missing)."""
    out = []
    for name, model in all_models().items():
        path = directory / f"{name}.schema.json"
        if not path.exists() or path.read_text(encoding="utf-8") != render(name, model):
            out.append(name)
    return out


def write(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in all_models().items():
        path = directory / f"{name}.schema.json"
        path.write_text(render(name, model), encoding="utf-8")
        written.append(path)
    return written
