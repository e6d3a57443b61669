"""Asking a mentor for help, and following the request: the requester's,
the mentor's and the coordinators' views."""

from typing import Any

from django.contrib import messages
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from pages.common.access import open_pages
from pages.common.languages import reader_language, source_language
from pages.common.organisation import Unit
from pages.common.staff_profile import saved_profile
from pages.help import limits, tasks, timelog, workflow
from pages.help.forms import (
    AskForm,
    DoneForm,
    FeedbackForm,
    HandOverForm,
    TimeEntryForm,
)
from pages.help.models import HelpFeedback, HelpRequest, TimeEntry
from pages.help.routing import mentors_to_hand_to, nearest_taking_requests
from pages.mentors.models import MentorPage

OPEN_REQUESTS_SHOWN = 100
DONE_SHOWN = 20


def visible_requests(user) -> QuerySet[HelpRequest]:
    """The requests `user` may see: their own and those given to them, or
    all of them for coordinators."""
    requests = HelpRequest.objects.select_related("mentor", "requester")
    if user.has_perm("pages.view_helprequest"):
        return requests
    return requests.filter(Q(requester=user) | Q(mentor__user=user))


def chosen_mentor(request: HttpRequest, mentor_id) -> MentorPage | None:
    """The Finnish profile of the mentor asked for by any language's page id,
    if the reader may open it and the mentor takes requests."""
    if not (mentor_id.isascii() and mentor_id.isdigit() and len(mentor_id) < 10):
        return None
    page = open_pages(request, MentorPage.objects.live()).filter(pk=mentor_id).first()
    if page is None:
        return None
    return (
        MentorPage.objects.live()
        .filter(
            translation_key=page.translation_key,
            locale__language_code=source_language(),
            status=MentorPage.Status.ACTIVE,
            taking_requests=True,
        )
        .first()
    )


@require_http_methods(["GET", "POST"])
def ask(request: HttpRequest) -> HttpResponse:
    mentor_id = request.POST.get("mentor") or request.GET.get("mentor") or ""
    mentor = chosen_mentor(request, mentor_id) if mentor_id else None
    if mentor_id and mentor is None:
        raise Http404
    profile = saved_profile(request)
    initial = {"unit": profile.unit_id} if profile and profile.unit_id else {}
    form = AskForm(request.POST or None, to_anyone=mentor is None, initial=initial)
    if request.method == "POST":
        if limits.requests_sent_lately(request.user) >= limits.MAX_REQUESTS_PER_HOUR:
            form.add_error(
                None,
                _(
                    "You have sent many requests in the last hour. Wait a "
                    "while before sending another, or contact a mentor directly."
                ),
            )
        elif form.is_valid():
            help_request = save_request(request, form, mentor)
            return redirect("help_request", pk=help_request.pk)
    return TemplateResponse(request, "help/ask.html", {"form": form, "mentor": mentor})


def save_request(request: HttpRequest, form, mentor) -> HelpRequest:
    """Store the request and, in the same transaction, its e-mail to the
    mentor: neither is lost if the mail server or the worker is down."""
    help_request = form.save(commit=False)
    help_request.requester = request.user
    help_request.language = reader_language()
    help_request.to_anyone = mentor is None
    if mentor is None:
        help_request.unit = Unit.objects.filter(pk=form.cleaned_data["unit"]).first()
        mentor = nearest_taking_requests(
            help_request.unit, requester=request.user, language=help_request.language
        )
    else:
        profile = saved_profile(request)
        help_request.unit = profile.unit if profile else None
    workflow.offer(help_request, mentor)
    if mentor is None:
        for coordinator in tasks.coordinators():
            tasks.tell_coordinator.enqueue(help_request.pk, coordinator.pk, False, 1)
        messages.warning(
            request,
            _(
                "No mentor near you is taking requests right now. Your request "
                "is saved and the network's coordinators will find someone."
            ),
        )
    else:
        messages.success(
            request,
            _("Your request was sent to %(mentor)s.") % {"mentor": mentor.title},
        )
    return help_request


def own_requests(request: HttpRequest) -> HttpResponse:
    """The reader's own requests; for a mentor, the requests given to them;
    for a coordinator, the network's open requests."""
    user = request.user
    context = {
        "asked": latest(HelpRequest.objects.filter(requester=user), "mentor"),
        "is_mentor": MentorPage.objects.filter(user=user).exists(),
    }
    if context["is_mentor"]:
        given = latest(HelpRequest.objects.filter(mentor__user=user), "requester")
        context["queue"] = {
            status: [r for r in given if r.status == status]
            for status in HelpRequest.Status
        }
    if user.has_perm("pages.view_helprequest"):
        # Coordinators follow the network's open requests, oldest first.
        context["open_requests"] = (
            HelpRequest.objects.exclude(status=HelpRequest.Status.DONE)
            .select_related("mentor")
            .order_by("created_at")[:OPEN_REQUESTS_SHOWN]
        )
    return TemplateResponse(request, "help/requests.html", context)


def latest(requests, related) -> list[HelpRequest]:
    """Every open request and the last DONE_SHOWN done ones, newest first."""
    requests = requests.select_related(related)
    done = requests.filter(status=HelpRequest.Status.DONE)[:DONE_SHOWN]
    return [*requests.exclude(status=HelpRequest.Status.DONE), *done]


@require_http_methods(["GET", "POST"])
def request_page(request: HttpRequest, pk) -> HttpResponse:
    help_request = get_object_or_404(visible_requests(request.user), pk=pk)
    page = RequestPage(request, help_request)
    if request.method == "POST":
        response = page.act(request.POST.get("action"))
        if response is not None:
            return response
    return TemplateResponse(request, "help/request.html", page.context())


class RequestPage:
    """What the reader of a request's page may do to it, with a form for
    each action; a form that does not validate is shown again as it was
    filled in."""

    def __init__(self, request: HttpRequest, help_request) -> None:
        self.request = request
        self.help_request = help_request
        user = request.user
        self.is_mentor = (
            help_request.mentor is not None and help_request.mentor.user_id == user.pk
        )
        self.is_requester = help_request.requester_id == user.pk
        # Coordinators give a request nobody could be found for, or one that
        # waits too long, to a mentor.
        self.can_assign = user.has_perm("pages.change_helprequest")
        self.feedback = HelpFeedback.objects.filter(request=help_request).first()
        self.forms = {
            "done": DoneForm(
                initial={"note": help_request.note}, mentor=help_request.mentor
            ),
            "hand_over": HandOverForm(mentors=self.hand_over_choices()),
            "feedback": FeedbackForm(),
        }

    def hand_over_choices(self) -> QuerySet[MentorPage]:
        """Mentors the request may go to: those whose profiles both the
        mentor handing it over and its asker may open."""
        return open_pages(self.request, mentors_to_hand_to(self.help_request))

    def allowed(self, action) -> bool:
        status = self.help_request.status
        if action == "take":
            return self.is_mentor and status == HelpRequest.Status.NEW
        if action == "done":
            return self.is_mentor and status != HelpRequest.Status.DONE
        if action == "hand_over":
            return (self.is_mentor or self.can_assign) and (
                status != HelpRequest.Status.DONE
            )
        if action == "feedback":
            return (
                self.is_requester
                and status == HelpRequest.Status.DONE
                and self.feedback is None
            )
        return False

    def act(self, action) -> HttpResponse | None:
        """Do `action`: a redirect once done, None to show a form's errors."""
        here = redirect("help_request", pk=self.help_request.pk)
        if not self.allowed(action):
            messages.error(self.request, _("That cannot be done to this request now."))
            return here
        if action == "take":
            self.take()
            return here
        if action == "hand_over":
            form = HandOverForm(self.request.POST, mentors=self.hand_over_choices())
        elif action == "done":
            form = DoneForm(self.request.POST, mentor=self.help_request.mentor)
        else:
            form = FeedbackForm(self.request.POST)
        self.forms[action] = form
        if not form.is_valid():
            return None
        if action == "hand_over":
            self.hand_over(form.cleaned_data["mentor"])
            if self.can_assign:
                return here
            return redirect("help_requests")  # no longer the mentor's to see
        if action == "done":
            self.done(form.cleaned_data["note"], form.cleaned_data["minutes"])
        else:
            self.give_feedback(form)
        return here

    def take(self) -> None:
        workflow.take(self.help_request)
        messages.success(self.request, _("You took the request."))

    def hand_over(self, mentor) -> None:
        workflow.hand_over(self.help_request, mentor)
        messages.success(
            self.request,
            _("The request was handed over to %(mentor)s.") % {"mentor": mentor.title},
        )

    def done(self, note, minutes) -> None:
        workflow.mark_done(self.help_request, note)
        if not minutes:
            messages.success(self.request, _("The request is marked done."))
            return
        TimeEntry.objects.create(
            mentor=self.help_request.mentor,
            minutes=minutes,
            kind=TimeEntry.Kind.GUIDING,
            request=self.help_request,
        )
        messages.success(
            self.request,
            _("The request is marked done and %(minutes)s min logged.")
            % {"minutes": minutes},
        )

    def give_feedback(self, form) -> None:
        feedback = form.save(commit=False)
        feedback.request = self.help_request
        feedback.save()
        messages.success(self.request, _("Thank you for your feedback."))

    def context(self) -> dict[str, Any]:
        return {
            "help_request": self.help_request,
            "is_mentor": self.is_mentor,
            "is_requester": self.is_requester,
            "can_assign": self.can_assign,
            "feedback": self.feedback,
            "done_form": self.forms["done"],
            "hand_over_form": self.forms["hand_over"],
            "feedback_form": self.forms["feedback"],
        }


def own_profile(user) -> MentorPage | None:
    """The user's own (Finnish) mentor profile, or None."""
    return MentorPage.objects.filter(
        user=user, locale__language_code=source_language()
    ).first()


@require_http_methods(["GET", "POST"])
def time_log(request: HttpRequest) -> HttpResponse:
    """A mentor's mentoring time, month by month, against their resourced
    hours; they add and remove their own entries."""
    mentor = own_profile(request.user)
    if mentor is None:
        raise Http404
    today = timezone.localdate()
    month, refused = timelog.chosen_month(request.GET.get("month"), today)
    if refused:
        messages.warning(request, timelog.month_refused(today))
    form = TimeEntryForm(
        initial={"date": today, "request": request.GET.get("request")},
        mentor=mentor,
    )
    if request.method == "POST" and request.POST.get("action") == "delete":
        entry_id = request.POST.get("entry", "")
        if entry_id.isascii() and entry_id.isdigit() and len(entry_id) < 10:
            if mentor.time_entries.filter(pk=entry_id).delete()[0]:
                messages.success(request, _("The entry was removed."))
        return redirect(request.get_full_path())
    if request.method == "POST":
        form = TimeEntryForm(request.POST, mentor=mentor)
        if form.is_valid():
            entry = form.save(commit=False)
            entry.mentor = mentor
            entry.save()
            messages.success(request, _("The time was logged."))
            return redirect(f"{request.path}?month={entry.date:%Y-%m}")
    entries, summary = timelog.month_of(mentor, month)
    return TemplateResponse(
        request,
        "help/time_log.html",
        {
            "form": form,
            "mentor": mentor,
            "entries": entries,
            "summary": summary,
            "previous_month": neighbour(month, timelog.previous_month, today),
            "next_month": neighbour(month, timelog.next_month, today),
        },
    )


def neighbour(month, step, today):
    """The month `step` leads to from `month` (a month shown), if shown too."""
    following = step(month)
    return following if following in timelog.shown_months(today) else None
