"""Each adapter module (`adapters/<library>.py`, and the tests' own in
`tests/adapters/`) reaches into upstream internals, written for the versions
its UPSTREAM names; so does the sign-on (`accounts/sso/oidc.py`), which is
built on mozilla-django-oidc's classes. An installed version outside them, or
a requirements.txt pin that is not an exact one inside them, fails here
before anything subtler does."""

import importlib
import re
from importlib.metadata import version
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
# The project's top-level packages.
PACKAGES = sorted(path.parent for path in ROOT.glob("*/__init__.py"))


def is_adapter(path):
    """Every module of adapters/, and any other that declares UPSTREAM."""
    return path.is_relative_to(ROOT / "adapters") or bool(
        re.search(r"^UPSTREAM = ", path.read_text(), re.MULTILINE)
    )


ADAPTERS = sorted(
    path.relative_to(ROOT)
    for package in PACKAGES
    for path in package.rglob("*.py")
    if path.name != "__init__.py" and is_adapter(path)
)


def upstream(path):
    module = importlib.import_module(".".join(path.with_suffix("").parts))
    assert isinstance(getattr(module, "UPSTREAM", None), dict), (
        f"{path} declares no UPSTREAM: the distributions and versions it was "
        "written for"
    )
    return {name: SpecifierSet(spec) for name, spec in module.UPSTREAM.items()}


def pins():
    """{distribution: Requirement} of requirements.txt."""
    found = {}
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            requirement = Requirement(line)
            found[canonicalize_name(requirement.name)] = requirement
    return found


def test_the_adapters_are_found():
    assert Path("adapters/modelsearch.py") in ADAPTERS
    assert Path("adapters/django/cache.py") in ADAPTERS
    assert Path("accounts/sso/oidc.py") in ADAPTERS


@pytest.mark.parametrize("path", ADAPTERS, ids=str)
def test_installed_versions_are_those_the_adapter_was_written_for(path):
    for name, spec in upstream(path).items():
        installed = version(name)
        assert spec.contains(installed, prereleases=True), (
            f"{path} was written for {name} {spec}; {installed} is installed: "
            "check the functions it follows, then widen the range"
        )


@pytest.mark.parametrize("path", ADAPTERS, ids=str)
def test_requirements_pin_each_upstream_exactly_inside_the_range(path):
    pinned = pins()
    for name, spec in upstream(path).items():
        requirement = pinned.get(canonicalize_name(name))
        assert requirement is not None, f"requirements.txt does not pin {name}"
        specifiers = list(requirement.specifier)
        assert [s.operator for s in specifiers] == ["=="], (
            f"requirements.txt has {requirement}: pin {name} exactly (==)"
        )
        pin = specifiers[0]
        assert spec.contains(pin.version, prereleases=True), (
            f"requirements.txt pins {requirement}, but {path} was written for "
            f"{name} {spec}: check the functions it follows, then widen the range"
        )
