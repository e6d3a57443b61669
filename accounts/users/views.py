from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet

from adapters.wagtail import (
    UserCreateView,
    UserEditView,
    UserFilterSet,
    UserIndexView,
)
from pages.common.user_rules import grantable_groups, manageable_accounts


class NetworkMembershipForm:
    """Offers a non-superuser no administrator flag and only the groups
    they may grant (whose account they may edit: pages/wagtail_hooks.py)."""

    def __init__(self, *args, for_user, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if not for_user.is_superuser:
            self.fields.pop("is_superuser", None)
            self.fields["groups"].queryset = grantable_groups(for_user)


class NetworkUserCreationForm(NetworkMembershipForm, UserCreationForm):
    pass


class NetworkUserEditForm(NetworkMembershipForm, UserEditForm):
    pass


class FormForUserMixin:
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class NetworkUserCreateView(FormForUserMixin, UserCreateView):
    pass


class NetworkUserEditView(FormForUserMixin, UserEditView):
    pass


class NetworkUserFilterSet(UserFilterSet):
    """A non-superuser filters by the groups they may grant, and has no
    administrators to filter for."""

    def __init__(self, *args, request=None, **kwargs) -> None:
        super().__init__(*args, request=request, **kwargs)
        if request is not None and not request.user.is_superuser:
            self.filters.pop("is_superuser", None)
            self.filters["group"].queryset = grantable_groups(request.user)


class NetworkUserIndexView(UserIndexView):
    """Lists the accounts one may manage: a coordinator the network's
    people, not the administrators or the editors."""

    def get_base_queryset(self):
        return manageable_accounts(self.request.user, super().get_base_queryset())


class NetworkUserViewSet(UserViewSet):
    # A copy would start from another person's groups and rights: accounts
    # are made afresh.
    copy_view_enabled = False
    filterset_class = NetworkUserFilterSet
    index_view_class = NetworkUserIndexView
    add_view_class = NetworkUserCreateView
    edit_view_class = NetworkUserEditView

    def get_form_class(self, for_update: bool = False):
        if for_update:
            return NetworkUserEditForm
        return NetworkUserCreationForm
