"""Upstream packages' internals that pages/ uses, one module per package.

Each module names the upstream version and functions it follows and declares
`UPSTREAM`, {distribution name: PEP 440 specifier}: the versions it was
written for.
"""
