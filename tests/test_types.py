"""Type annotations at the boundaries: what other packages call says what it
returns, and `make lint`'s mypy checks the layers below the sections
(pyproject.toml). A function added without a return type to the shared page
services, the adapters or the help workflow fails here, and so does a drop in
the share of annotated functions across the product.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCT = ["intranet", "pages", "search", "accounts", "adapters", "demo"]
# Every function of these states its return type.
FULLY_ANNOTATED = ["pages/common", "adapters", "pages/help/workflow.py"]
# The share of the product's functions with a return type reached when the
# type checker came in (524 of 866); raise it as more are annotated.
MIN_ANNOTATED_SHARE = 0.60


def python_files(place):
    path = ROOT / place
    files = [path] if path.suffix == ".py" else sorted(path.rglob("*.py"))
    return [file for file in files if "migrations" not in file.parts]


def functions(file):
    tree = ast.parse(file.read_text(), filename=str(file))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    ]


@pytest.mark.parametrize("place", FULLY_ANNOTATED)
def test_every_function_of_the_lower_layers_states_its_return_type(place):
    missing = [
        f"{file.relative_to(ROOT)}:{node.lineno} {node.name}"
        for file in python_files(place)
        for node in functions(file)
        if node.returns is None
    ]
    assert not missing, "No return type:\n" + "\n".join(missing)


def test_the_share_of_functions_with_a_return_type_does_not_drop():
    found = [
        node
        for place in PRODUCT
        for file in python_files(place)
        for node in functions(file)
    ]
    annotated = sum(node.returns is not None for node in found)
    share = annotated / len(found)
    assert share >= MIN_ANNOTATED_SHARE, (
        f"{annotated} of {len(found)} functions ({share:.0%}) have a return "
        f"type, fewer than {MIN_ANNOTATED_SHARE:.0%}: annotate the new ones"
    )
