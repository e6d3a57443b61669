"""The admin's user accounts, as the network's roles allow
(pages/common/user_rules.py)."""
