"""Signing in and the reader's own account: the login and logout pages,
single sign-on (sso/), page and document passwords, the admin's user
accounts (users/) and the reader's own settings (profile.py)."""
