import datetime
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pages.common.languages import reader_language
from pages.common.organisation import Unit, localized_names
from pages.common.organisation_forms import (
    CanonicalChoiceField,
    PlainSelect,
    sorted_choices,
)
from pages.help import limits, timelog
from pages.help.models import HelpFeedback, HelpRequest, TimeEntry

# A time entry may be linked to a request of the last three months.
REQUESTS_TO_LOG_DAYS = 92


class AskForm(forms.ModelForm):
    """A member of staff's request. Without a chosen mentor it asks for the
    requester's unit, from which the nearest mentor is found."""

    unit = CanonicalChoiceField(Unit, label=_("Your unit"))

    class Meta:
        model = HelpRequest
        fields = ["need", "tool", "urgency", "contact", "phone", "when"]
        widgets = {
            "need": forms.Textarea(attrs={"rows": 5}),
            "urgency": forms.RadioSelect,
            "contact": forms.RadioSelect,
        }
        help_texts = {
            "tool": _("For example Teams, Moodle or Omaolo."),
            "when": _("For example: Tuesday afternoons, or any time this week."),
        }

    def __init__(self, *args, to_anyone, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.to_anyone = to_anyone
        if to_anyone:
            names = localized_names(Unit, reader_language())
            self.fields["unit"].choices = [("", _("Choose your unit"))] + (
                sorted_choices(names)
            )
            self.fields["unit"].required = True
        else:
            del self.fields["unit"]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("contact") == HelpRequest.Contact.PHONE and not data.get("phone"):
            self.add_error("phone", _("Give a number the mentor can call you on."))
        return data


class DoneForm(forms.Form):
    """Closing a request, with the time it took logged for today."""

    note = forms.CharField(
        label=_("Note (what you did; the requester sees it)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    minutes = forms.IntegerField(
        label=_("Time spent in minutes, to log it (optional)"),
        required=False,
        min_value=1,
        max_value=600,
    )

    def __init__(self, *args, mentor, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.mentor = mentor

    def clean_minutes(self):
        minutes = self.cleaned_data["minutes"]
        if minutes and self.mentor is not None:
            reason = limits.over_the_day(self.mentor, timezone.localdate(), minutes)
            if reason:
                raise forms.ValidationError(reason)
        return minutes


class TimeEntryForm(forms.ModelForm):
    class Meta:
        model = TimeEntry
        fields = ["date", "minutes", "kind", "request", "note"]
        widgets = {
            # ISO dates: what a date input sends and expects, in any language.
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
        }

    def __init__(self, *args, mentor, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.mentor = mentor
        recent = timezone.now() - datetime.timedelta(days=REQUESTS_TO_LOG_DAYS)
        self.fields["request"].queryset = mentor.help_requests.filter(
            created_at__gte=recent
        ).order_by("-created_at")
        self.fields["request"].label_from_instance = lambda r: r.summary
        self.fields["request"].empty_label = _("No request")

    def clean_date(self):
        date = self.cleaned_data["date"]
        today = timezone.localdate()
        if date > today:
            raise forms.ValidationError(_("The date cannot be in the future."))
        # Older time is no longer reported on, and a mistyped year would be
        # stored where nobody sees it.
        if date < timelog.a_year_before(today):
            raise forms.ValidationError(_("The date can be at most a year back."))
        return date

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        date, minutes = data.get("date"), data.get("minutes")
        if date and minutes:
            reason = limits.over_the_day(self.mentor, date, minutes)
            if reason:
                self.add_error("minutes", reason)
        return data


class HandOverForm(forms.Form):
    mentor = forms.ModelChoiceField(
        label=_("Hand over to"),
        queryset=None,
        empty_label=_("Choose a mentor"),
        widget=PlainSelect,  # every mentor of the network
    )

    def __init__(self, *args, mentors, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["mentor"].queryset = mentors


class FeedbackForm(forms.ModelForm):
    class Meta:
        model = HelpFeedback
        fields = ["rating", "comment", "signed"]
        widgets = {
            "rating": forms.RadioSelect(
                choices=[
                    (1, _("1: not at all")),
                    (2, "2"),
                    (3, "3"),
                    (4, "4"),
                    (5, _("5: very much")),
                ]
            ),
            "comment": forms.Textarea(attrs={"rows": 3}),
        }
