"""The admin's user accounts, as the network's roles allow (see rules.py)."""
