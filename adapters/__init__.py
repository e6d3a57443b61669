"""Upstream packages' internals the project follows: the bottom layer.

One module per package (Django, reached in several unrelated places, has a
package of its own, one module per part). Each module names the upstream
version and functions it follows and declares `UPSTREAM`, {distribution name:
PEP 440 specifier}: the versions it was written for; tests/test_adapters.py
fails when an installed version or a requirements.txt pin leaves that range.
Adapters import no project code but other adapters (docs/structure.md).
"""
