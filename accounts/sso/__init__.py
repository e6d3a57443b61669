"""Single sign-on at the organisation's OpenID provider (the Django app
labelled `sso`). Its log keeps the name `intranet.sso`, which the
administrators watch for break-glass sign-ins."""
