"""Coordinators' reports in the admin: help feedback, and the mentors' time
against their resourced hours. Each exports to CSV and XLSX."""

from dataclasses import dataclass
from typing import Any

import django_filters
from django.db.models import IntegerField, Q, QuerySet, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from pages.common.languages import source_language
from pages.common.organisation import Campus, Unit
from pages.help import feedback_report, timelog
from pages.help.models import HelpFeedback, TimeEntry
from pages.mentors.models import MentorPage, MentorUnit


def month_choices() -> list[tuple[str, str]]:
    """The months shown as (YYYY-MM, label), newest first."""
    return [
        (f"{month:%Y-%m}", f"{month:%m/%Y}")
        for month in timelog.shown_months(timezone.localdate())
    ]


def source_rows(model) -> QuerySet[Any]:
    return model.objects.filter(locale__language_code=source_language()).order_by(
        "name"
    )


class FeedbackFilterSet(WagtailFilterSet):
    month = django_filters.ChoiceFilter(
        label=_("Month"), choices=month_choices, method="in_month"
    )
    unit = django_filters.ModelChoiceFilter(
        label=_("Unit"),
        field_name="request__unit",
        queryset=lambda request: source_rows(Unit),
    )
    campus = django_filters.ModelChoiceFilter(
        label=_("Campus"),
        field_name="request__unit__campuses",
        queryset=lambda request: source_rows(Campus),
        distinct=True,
    )
    topic = django_filters.CharFilter(
        label=_("Tool or topic"), method="taken_as_whole_groups"
    )

    class Meta:
        model = HelpFeedback
        fields = []

    def taken_as_whole_groups(self, queryset, name, value) -> QuerySet[Any]:
        return queryset  # FeedbackReportView.get_filtered_queryset

    def in_month(self, queryset, name, value) -> QuerySet[Any]:
        month = timelog.parse_month(value, None)
        if month is None:
            return queryset
        return queryset.filter(
            request__done_at__date__gte=month,
            request__done_at__date__lt=timelog.next_month(month),
        )


class FeedbackReportView(ReportView):
    page_title = _("Help feedback")
    header_icon = "comment"
    index_url_name = "help_feedback_report"
    index_results_url_name = "help_feedback_report_results"
    results_template_name = "help/admin/feedback_report_results.html"
    permission_policy = ModelPermissionPolicy(HelpFeedback)
    permission_required = "view"
    filterset_class = FeedbackFilterSet
    list_export = [
        "month",
        "unit",
        "campuses",
        "topic",
        "answers",
        "rating",
        "comments",
        "name",
    ]
    export_headings = {
        "month": _("Month"),
        "unit": _("Unit"),
        "campuses": _("Campuses"),
        "topic": _("Tool or topic"),
        "answers": _("Answers"),
        "rating": _("Did it help? (1–5)"),
        "comments": _("Comments"),
        "name": _("Signed by"),
    }

    def get_queryset(self) -> QuerySet[HelpFeedback]:
        return (
            HelpFeedback.objects.select_related("request__unit", "request__requester")
            .prefetch_related("request__unit__campuses")
            .order_by("-request__done_at", "-pk")
        )

    def get_filtered_queryset(self):
        # Grouped over every answer the filters take, before a page is cut.
        feedbacks = super().get_filtered_queryset()
        tool = ""
        if self.filters and self.filters.is_valid():
            tool = self.filters.form.cleaned_data.get("topic") or ""
        return feedback_report.rows(feedbacks, tool)

    def get_context_data(self, **kwargs) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["summary"] = feedback_report.summary(self.object_list)
        context["smallest_group"] = feedback_report.SMALLEST_GROUP
        return context


class TimeFilterSet(WagtailFilterSet):
    month = django_filters.ChoiceFilter(
        label=_("Month"),
        choices=month_choices,
        method="chosen_in_get_queryset",
        empty_label=_("This month"),
    )
    unit = django_filters.ModelChoiceFilter(
        label=_("Unit"),
        queryset=lambda request: source_rows(Unit),
        method="in_unit",
    )

    class Meta:
        model = MentorPage
        fields = []

    def chosen_in_get_queryset(self, queryset, name, value) -> QuerySet[Any]:
        return queryset  # the month decides the sums: TimeReportView.month

    def in_unit(self, queryset, name, value) -> QuerySet[Any]:
        return queryset.filter(
            pk__in=MentorUnit.objects.filter(
                Q(unit=value) | Q(unit__parent=value)
            ).values("page_id")
        )


@dataclass
class TimeRow:
    mentor: str
    units: str
    month: str
    logged_minutes: int
    resourced_minutes: int

    @property
    def share(self):
        return timelog.MonthOfTime(
            None, self.logged_minutes, self.resourced_minutes
        ).share

    @property
    def logged(self) -> str:
        return timelog.hours_and_minutes(self.logged_minutes)

    @property
    def resourced(self) -> str:
        return timelog.hours_and_minutes(self.resourced_minutes)


class TimeReportView(ReportView):
    page_title = _("Mentoring time")
    header_icon = "time"
    index_url_name = "help_time_report"
    index_results_url_name = "help_time_report_results"
    results_template_name = "help/admin/time_report_results.html"
    permission_policy = ModelPermissionPolicy(TimeEntry)
    permission_required = "view"
    filterset_class = TimeFilterSet
    list_export = [
        "mentor",
        "units",
        "month",
        "logged_minutes",
        "resourced_minutes",
        "share",
    ]
    export_headings = {
        "mentor": _("Mentor"),
        "units": _("Units"),
        "month": _("Month"),
        "logged_minutes": _("Logged (minutes)"),
        "resourced_minutes": _("Resourced (minutes)"),
        "share": _("Logged of resourced (%)"),
    }

    @property
    def month(self):
        return self.chosen_month[0]

    @cached_property
    def chosen_month(self):
        """The month the sums are for, and whether the one asked for was
        refused."""
        return timelog.chosen_month(self.request.GET.get("month"), timezone.localdate())

    def get_filterset_kwargs(self) -> dict[str, Any]:
        kwargs = super().get_filterset_kwargs()
        if self.chosen_month[1]:
            # Refused, it would make the whole filter form invalid, and the
            # unit chosen beside it would be dropped.
            kwargs["data"] = kwargs["data"].copy()
            del kwargs["data"]["month"]
        return kwargs

    def get_queryset(self):
        month = self.month
        in_month = Q(
            time_entries__date__gte=month,
            time_entries__date__lt=timelog.next_month(month),
        )
        return (
            MentorPage.objects.filter(locale__language_code=source_language())
            .annotate(
                logged=Coalesce(
                    Sum("time_entries__minutes", filter=in_month),
                    Value(0),
                    output_field=IntegerField(),
                )
            )
            .prefetch_related("unit_links__unit")
            .order_by("title", "pk")
        )

    def decorate_paginated_queryset(self, object_list):
        month = self.month
        return [
            TimeRow(
                mentor=mentor.title,
                units=", ".join(str(link.unit) for link in mentor.unit_links.all()),
                month=f"{month:%Y-%m}",
                logged_minutes=mentor.logged,
                resourced_minutes=timelog.resourced_minutes(mentor.weekly_hours, month),
            )
            for mentor in object_list
        ]

    def get_context_data(self, **kwargs) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        month = self.month
        mentors = self.object_list
        # Over the mentors' sums, which Django takes as a subquery.
        totals = mentors.aggregate(
            all_logged=Sum("logged"), all_weekly=Sum("weekly_hours")
        )
        context["month"] = month
        if self.chosen_month[1]:
            context["month_refused"] = timelog.month_refused(timezone.localdate())
        context["total"] = timelog.MonthOfTime(
            month,
            totals["all_logged"] or 0,
            timelog.resourced_minutes(totals["all_weekly"] or 0, month),
        )
        return context
