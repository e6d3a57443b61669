from wagtail.users.apps import WagtailUsersAppConfig


class NetworkUsersConfig(WagtailUsersAppConfig):
    """Wagtail's user admin with the views of accounts/users/views.py, as
    Wagtail's "Customizing admin views for users" sets it up."""

    user_viewset = "accounts.users.views.NetworkUserViewSet"
