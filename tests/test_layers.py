"""The import layers: models and their queryset never import the search backends that read the models."""

import ast
from pathlib import Path

import pytest

POSTINGS = Path(__file__).resolve().parent.parent / "postings"
# Imported by models.py (directly or through querysets.py): none may import the models back.
UNDER_MODELS = ["conditions.py", "querysets.py", "search/__init__.py", "search/base.py", "search/fields.py"]
UNDER_MODELS += ["search/models.py", "search/query.py"]
ABOVE_MODELS = {"postings.models", "postings.search.lookups"}
ABOVE_MODELS |= {"postings.search.sqlite", "postings.search.postgres"}
BACKENDS = ["search/base.py", "search/lookups.py", "search/sqlite.py", "search/postgres.py"]


def _imports(name: str) -> list[tuple[str, bool]]:
    """(absolute module, imported at module level) for every relative import of a postings module."""
    tree = ast.parse((POSTINGS / name).read_text())
    package = ["postings", *name.split("/")[:-1]]
    top = {id(node) for node in tree.body}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - node.level + 1]
            found.append((".".join([*base, *([node.module] if node.module else [])]), id(node) in top))
    return found


@pytest.mark.parametrize("name", UNDER_MODELS)
def test_modules_under_the_models_do_not_import_them(name):
    # search/__init__ picks a backend when first asked for one, after the models are loaded.
    imported = {module for module, top in _imports(name) if top or name != "search/__init__.py"}
    assert not imported & ABOVE_MODELS


@pytest.mark.parametrize("name", BACKENDS)
def test_search_modules_import_at_module_level(name):
    """No import inside a function to dodge a cycle (the vendor dispatch in __init__ is the one exception)."""
    assert all(top for _, top in _imports(name))
