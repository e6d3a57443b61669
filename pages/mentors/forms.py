from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from pages.common.organisation_forms import SourceLanguageLinksForm
from pages.common.user_rules import (
    manageable_accounts,
    may_manage_people,
    may_set_resourced_hours,
)


class MentorPageForm(SourceLanguageLinksForm):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.limit_account_choice()
        self.keep_resourced_hours()

    def limit_account_choice(self) -> None:
        """The profile's account gives its owner the right to edit it: whoever
        manages people (coordinators) chooses among the accounts they manage;
        everyone else sees the account and cannot change it."""
        field = self.fields.get("user")
        user = self.for_user
        if field is None or user is None:
            return
        accounts = get_user_model().objects.order_by("last_name", "first_name")
        if may_manage_people(user):
            field.queryset = manageable_accounts(user, accounts)
            current = self.instance.user_id
            if current is not None and not field.queryset.filter(pk=current).exists():
                # Keep an administrator's choice in place rather than wipe it.
                field.queryset = field.queryset | accounts.filter(pk=current)
        else:
            field.queryset = accounts.filter(pk=self.instance.user_id)
            field.disabled = True

    def keep_resourced_hours(self) -> None:
        """The weekly resourced hours are the coordinators' to set. Anyone
        else sees them and saves them unchanged: the hours in force, which
        are the latest revision's, not those of the page in the form (an
        older revision's, when one is reverted to)."""
        field = self.fields.get("weekly_hours")
        user = self.for_user
        if field is None or (user is not None and may_set_resourced_hours(user)):
            return
        field.disabled = True
        field.help_text = _("The network's coordinators set the resourced time.")
        if self.instance.pk is None:
            return
        saved = type(self.instance).objects.filter(pk=self.instance.pk).first()
        if saved is not None:
            in_force = saved.get_latest_revision_as_object().weekly_hours
            self.initial["weekly_hours"] = in_force

    def clean(self):
        cleaned_data = super().clean()
        languages = ["speaks_finnish", "speaks_swedish", "speaks_english"]
        if not any(cleaned_data.get(f) for f in languages) and not cleaned_data.get(
            "other_languages"
        ):
            self.add_error(
                "speaks_finnish", _("Choose at least one language you guide in.")
            )
        return cleaned_data
