"""The one place where search reaches into upstream internals.

One module per library. Each declares UPSTREAM, the versions it was written
for, and names the upstream code each of its pieces follows;
tests/test_adapters.py fails when an installed version leaves that range.
"""
