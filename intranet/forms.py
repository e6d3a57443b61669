from django.contrib.auth.forms import AuthenticationForm


class LoginForm(AuthenticationForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Autofocus would jump keyboard and screen-reader users past the skip
        # link and the page's introduction.
        self.fields["username"].widget.attrs.pop("autofocus", None)
