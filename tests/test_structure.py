"""The project's shape: layers, top to bottom, and imports that run one way.

Each folder of the product sits in one layer (FOLDERS) and imports only from
its own layer and those below it; within the sections, a section imports
another only along an edge of ALLOWED_SECTION_IMPORTS. Sections are found
from the folders: every folder of pages/ not placed otherwise is one. An
import inside a function would only hide a circle, so project modules are
imported at the top of a module (Django's `AppConfig.ready` is the one place
made for a late import). docs/structure.md says the same in words.
"""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Outside the layers: they may import any of the product, and nothing of the
# product imports them.
OUTSIDE = ["tests", "benchmarks", "scripts"]
PACKAGES = sorted(
    {path.parent.name for path in ROOT.glob("*/__init__.py")} | set(OUTSIDE)
)

# Top to bottom. Every layer but the sections imports its own modules freely.
LAYERS = ["demo", "wiring", "sections", "shared", "adapters"]
# A folder and every folder under it, unless one under it is named too;
# "pages/*" names each folder of pages/ (each its own section).
FOLDERS = {
    "demo": "demo",
    "intranet": "wiring",
    "pages": "wiring",
    "pages/management": "wiring",
    "pages/migrations": "wiring",
    "pages/templatetags": "wiring",
    "pages/*": "sections",
    "accounts": "sections",
    "search": "sections",
    "pages/common": "shared",
    "adapters": "adapters",
}
# Section -> section imports, each for what one section shows of another.
ALLOWED_SECTION_IMPORTS = {
    ("pages/general", "pages/news"): "the home page shows the latest news",
    ("pages/general", "pages/events"): "the home page shows the coming events",
    ("pages/general", "pages/mentors"): "the home page shows the reader's mentors",
    ("pages/guides", "pages/mentors"): "a guide lists mentors who help with it",
    ("pages/help", "pages/mentors"): "a request goes to the nearest mentor",
}


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


def folder_of(path):
    """A module's folder, relative to the project: "pages/news"."""
    return path.relative_to(ROOT).parent.as_posix()


def placement(folder):
    """(layer, unit) of a folder: the layer of the nearest folder that
    FOLDERS names, and that folder (a section's is the section's own
    folder); (None, None) outside the product's layers."""
    parts = folder.split("/")
    for depth in range(len(parts), 0, -1):
        head = "/".join(parts[:depth])
        if head in FOLDERS:
            return FOLDERS[head], head
        if "/".join([*parts[: depth - 1], "*"]) in FOLDERS:
            return FOLDERS["/".join([*parts[: depth - 1], "*"])], head
    return None, None


def wrong_imports(graph, folders):
    """Each import of `graph` ({module: {imported module: line}}) that runs
    against the layers, as a sentence; `folders` is {module: its folder}."""
    found = []
    for module, targets in sorted(graph.items()):
        layer, unit = placement(folders[module])
        if layer is None:
            continue
        for target, line in sorted(targets.items()):
            target_layer, target_unit = placement(folders[target])
            where = f"{module} (line {line}) imports {target}"
            if target_layer is None:
                found.append(f"{where}, which is outside the product")
            elif LAYERS.index(target_layer) < LAYERS.index(layer):
                found.append(f"{where}: {layer} may not import {target_layer}")
            elif (
                layer == target_layer == "sections"
                and unit != target_unit
                and (unit, target_unit) not in ALLOWED_SECTION_IMPORTS
            ):
                found.append(f"{where}: section {unit} may not import {target_unit}")
    return found


def product_folders():
    """Every folder of the product's packages that holds Python."""
    modules = project_modules()
    return sorted(
        {
            folder_of(path)
            for path in modules.values()
            if folder_of(path).split("/")[0] not in OUTSIDE
        }
    )


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


def test_every_folder_of_the_product_sits_in_a_layer():
    unplaced = [f for f in product_folders() if placement(f)[0] is None]
    assert unplaced == [], f"Place these folders in FOLDERS: {unplaced}"


def test_imports_run_down_the_layers():
    graph, _late = import_graph()
    folders = {name: folder_of(path) for name, path in project_modules().items()}
    wrong = wrong_imports(graph, folders)
    assert wrong == [], "Imports against the layers:\n" + "\n".join(wrong)


def test_the_sections_are_found_from_the_folders():
    sections = {
        placement(folder)[1]
        for folder in product_folders()
        if placement(folder)[0] == "sections"
    }
    assert {"pages/news", "pages/mentors", "pages/help", "search", "accounts"} <= (
        sections
    )
    # Only sections import one another.
    for edge in ALLOWED_SECTION_IMPORTS:
        assert set(edge) <= sections, edge


def test_the_layer_check_fails_an_upward_import_and_an_unlisted_section_import(
    tmp_path,
):
    # The check above passes only if it can fail: a shared module importing a
    # section, an adapter importing a shared module, the product importing
    # the demo, and a section importing another along no allowed edge, each
    # written to a file and read as the project's modules are.
    files = {
        "pages/common/blocks.py": "from pages.news.models import NewsPage\n",
        "pages/news/models.py": "from pages.common import blocks\n",
        "pages/news/context.py": "from pages.minutes.models import Minutes\n",
        "pages/general/models.py": "from pages.news import context\n",
        "pages/minutes/models.py": "import adapters.wagtail\n",
        "adapters/wagtail.py": "from pages.common.blocks import TEXT\n",
        "intranet/urls.py": "from demo.loader import seed\n",
        "demo/loader.py": "from pages.news.models import NewsPage\n",
    }
    modules, folders = {}, {}
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        module = name.removesuffix(".py").replace("/", ".")
        modules[module] = path
        folders[module] = Path(name).parent.as_posix()
    graph = {
        name: {
            resolve(target, modules): line
            for target, line, _nested in imported_names(name, path)
            if resolve(target, modules) not in (None, name)
        }
        for name, path in modules.items()
    }
    assert wrong_imports(graph, folders) == [
        "adapters.wagtail (line 1) imports pages.common.blocks: adapters may not "
        "import shared",
        "intranet.urls (line 1) imports demo.loader: wiring may not import demo",
        "pages.common.blocks (line 1) imports pages.news.models: shared may not "
        "import sections",
        "pages.news.context (line 1) imports pages.minutes.models: section "
        "pages/news may not import pages/minutes",
    ]


def test_sections_do_not_import_the_models_aggregator():
    # pages/models.py imports every section for Django; a section importing
    # it would import every other section with it.
    graph, _late = import_graph()
    modules = project_modules()
    offenders = [
        module
        for module, targets in graph.items()
        if placement(folder_of(modules[module]))[0] in ("sections", "shared")
        and "pages.models" in targets
    ]
    assert offenders == []


def test_no_circle_between_folders():
    # Counted by folder, imports run one way too: no folder imports one that
    # imports it back, however far round.
    graph, _late = import_graph()
    modules = project_modules()
    folders = {}
    for module, targets in graph.items():
        edges = folders.setdefault(folder_of(modules[module]), {})
        for target, line in targets.items():
            if folder_of(modules[target]) != folder_of(modules[module]):
                edges.setdefault(folder_of(modules[target]), line)
    cycle = find_cycle(folders)
    assert cycle is None, "Folder circle: " + " -> ".join(cycle)


# docs/structure.md: the folder map, one line per folder

DOCS = ROOT / "docs" / "structure.md"
MAP_LINE = re.compile(r"^(\S+/)\s")


def mapped_folders():
    """The folders the folder map of docs/structure.md names, one a line
    (the first word of a line of its code block, ending in "/")."""
    text = DOCS.read_text()
    block = text.split("## Folder map", 1)[1].split("```")[1]
    return [
        m.group(1).rstrip("/") for m in map(MAP_LINE.match, block.splitlines()) if m
    ]


def package_folders():
    """Every folder of the product with an __init__.py, but migrations."""
    return sorted(
        path.parent.relative_to(ROOT).as_posix()
        for package in PACKAGES
        if package not in OUTSIDE
        for path in (ROOT / package).rglob("__init__.py")
        if path.parent.name != "migrations"
    )


def test_the_folder_map_names_every_package_folder():
    missing = sorted(set(package_folders()) - set(mapped_folders()))
    assert missing == [], f"docs/structure.md does not map {missing}"


def test_every_folder_the_map_names_exists():
    gone = [folder for folder in mapped_folders() if not (ROOT / folder).is_dir()]
    assert gone == [], f"docs/structure.md maps folders that do not exist: {gone}"
