from django.contrib.auth.forms import AuthenticationForm
from django.core.validators import MaxLengthValidator


class LoginForm(AuthenticationForm):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Django sets the field's max_length after the field is made, so no
        # validator checks it: a longer name reached django-axes, which
        # stores it in 255 characters (a server error on PostgreSQL).
        username = self.fields["username"]
        username.validators.append(MaxLengthValidator(username.max_length))
        # Autofocus would jump keyboard and screen-reader users past the skip
        # link and the page's introduction.
        self.fields["username"].widget.attrs.pop("autofocus", None)
