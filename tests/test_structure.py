"""The project's shape: imports run one way.

A section imports shared helpers and Wagtail/Django, never a module that
imports it back; an import inside a function would only hide such a circle,
so project modules are imported at the top of a module (Django's
`AppConfig.ready` is the one place made for a late import).
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ["intranet", "pages", "search", "tests", "benchmarks", "scripts"]


def project_modules():
    """{dotted name: path} of every Python module of the project."""
    modules = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            modules[".".join(parts)] = path
    return modules


def imported_names(name, path):
    """(dotted name, line, inside a function) of each import in a module."""
    tree = ast.parse(path.read_text(), filename=str(path))
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    functions = {
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    }
    nested = {
        child for function in functions for child in ast.walk(function)
    } - functions
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno, node in nested
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package[: len(package) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                # `from pages.news import feeds` imports the module pages.news.feeds.
                yield f"{base}.{alias.name}", node.lineno, node in nested
                yield base, node.lineno, node in nested


def resolve(target, modules):
    """The project module an import runs, or None for third-party code."""
    while target and target not in modules:
        target = target.rpartition(".")[0]
    return target or None


def import_graph():
    modules = project_modules()
    graph, late = {}, []
    for name, path in modules.items():
        edges = graph.setdefault(name, {})
        for target, line, in_function in imported_names(name, path):
            module = resolve(target, modules)
            if module is None or module == name:
                continue
            edges.setdefault(module, line)
            if in_function and not is_apps_ready(path, line):
                late.append(f"{path.relative_to(ROOT)}:{line} imports {module}")
    return graph, sorted(set(late))


def is_apps_ready(path, line):
    tree = ast.parse(path.read_text())
    return any(
        isinstance(node, ast.FunctionDef)
        and node.name == "ready"
        and node.lineno <= line <= node.end_lineno
        and path.name == "apps.py"
        for node in ast.walk(tree)
    )


def find_cycle(graph):
    """One import circle as a list of modules, or None."""
    state = {}  # 1: on the current path, 2: done

    def visit(module, path):
        state[module] = 1
        path.append(module)
        for target in sorted(graph.get(module, {})):
            if state.get(target) == 1:
                return path[path.index(target) :] + [target]
            if target not in state:
                found = visit(target, path)
                if found:
                    return found
        path.pop()
        state[module] = 2
        return None

    for module in sorted(graph):
        if module not in state:
            found = visit(module, [])
            if found:
                return found
    return None


def test_no_import_circle_anywhere_in_the_project():
    graph, _late = import_graph()
    cycle = find_cycle(graph)
    assert cycle is None, "Import circle: " + " -> ".join(cycle)


def test_project_modules_are_imported_at_the_top_of_a_module():
    _graph, late = import_graph()
    assert late == [], "Imports inside functions:\n" + "\n".join(late)


def test_the_cycle_check_finds_a_circle_through_a_function_level_import(tmp_path):
    # The checks above pass only if they can fail: a circle closed by an
    # import inside a function is found, and so is the late import.
    package = tmp_path / "pages"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from pages.b import thing\n")
    (package / "b.py").write_text("def thing():\n    from pages import a\n")
    modules = {
        "pages": package / "__init__.py",
        "pages.a": package / "a.py",
        "pages.b": package / "b.py",
    }
    graph = {
        name: {
            resolve(target, modules): line
            for target, line, _nested in imported_names(name, path)
            if resolve(target, modules) not in (None, name)
        }
        for name, path in modules.items()
    }
    assert find_cycle(graph) == ["pages.a", "pages.b", "pages.a"]
    nested = [n for _t, _l, n in imported_names("pages.b", package / "b.py")]
    assert all(nested)


def test_sections_do_not_import_the_models_aggregator():
    # pages/models.py imports every section for Django; a section importing
    # it would import every other section with it.
    graph, _late = import_graph()
    sections = ["mentors", "news", "minutes", "guides", "events", "general"]
    offenders = [
        module
        for module, targets in graph.items()
        if module.split(".")[:2] in (["pages", s] for s in sections)
        and "pages.models" in targets
    ]
    assert offenders == []
