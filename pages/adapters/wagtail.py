"""Wagtail's internals the project follows.

Written for Wagtail 8.0.1; check the named code on an upgrade, then widen
UPSTREAM.
"""

# Follows `wagtail.signal_handlers.disable_reference_index_auto_update`: a
# context manager that stops the reference index from updating on every save
# (seed_demo rebuilds it once at the end instead).
from wagtail.signal_handlers import disable_reference_index_auto_update

# Follows `wagtail.users.views.users.CreateView` and `EditView`: the views the
# documented `UserViewSet` uses, extended so that the user form knows who is
# signed in (their `get_form_kwargs`).
from wagtail.users.views.users import CreateView as UserCreateView
from wagtail.users.views.users import EditView as UserEditView

UPSTREAM = {"wagtail": ">=8.0.1,<8.1"}

__all__ = [
    "UserCreateView",
    "UserEditView",
    "bulk_action_choices",
    "disable_reference_index_auto_update",
]


def bulk_action_choices(action):
    """What the person chose on a bulk action's confirmation form (the role
    to assign, say), as the `before_bulk_action` hook receives the action.

    Follows `wagtail.admin.views.bulk_action.BulkAction.form_valid`, which
    keeps the valid form as `cleaned_form` before running the hook.
    """
    return action.cleaned_form.cleaned_data
