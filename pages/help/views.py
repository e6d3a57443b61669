"""Asking a mentor for help, and following the request: the requester's,
the mentor's and the coordinators' views."""

import datetime

from django.contrib import messages
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from pages.access import open_pages
from pages.help import tasks, timelog
from pages.help.forms import (
    AskForm,
    DoneForm,
    FeedbackForm,
    HandOverForm,
    TimeEntryForm,
)
from pages.help.models import HelpFeedback, HelpRequest, TimeEntry
from pages.help.routing import mentors_to_hand_to, nearest_taking_requests
from pages.languages import reader_language, source_language
from pages.mentors.models import MentorPage, saved_profile
from pages.mentors.organisation import Unit

# Requests one person may send in an hour: enough for real needs, not for a
# script.
MAX_REQUESTS_PER_HOUR = 5
OPEN_REQUESTS_SHOWN = 100


def visible_requests(user):
    """The requests `user` may see: their own and those given to them, or
    all of them for coordinators."""
    requests = HelpRequest.objects.select_related("mentor", "requester")
    if user.has_perm("pages.view_helprequest"):
        return requests
    return requests.filter(Q(requester=user) | Q(mentor__user=user))


def chosen_mentor(request, mentor_id):
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
        )
        .first()
    )


def sent_lately(user):
    an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
    return HelpRequest.objects.filter(
        requester=user, created_at__gte=an_hour_ago
    ).count()


@require_http_methods(["GET", "POST"])
def ask(request):
    mentor_id = request.POST.get("mentor") or request.GET.get("mentor") or ""
    mentor = chosen_mentor(request, mentor_id) if mentor_id else None
    if mentor_id and mentor is None:
        raise Http404
    profile = saved_profile(request)
    initial = {"unit": profile.unit_id} if profile and profile.unit_id else {}
    form = AskForm(request.POST or None, to_anyone=mentor is None, initial=initial)
    if request.method == "POST":
        if sent_lately(request.user) >= MAX_REQUESTS_PER_HOUR:
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


def save_request(request, form, mentor):
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
    tasks.offer(help_request, mentor)
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


def own_requests(request):
    """The reader's own requests; for a mentor, the requests given to them;
    for a coordinator, the network's open requests."""
    user = request.user
    context = {
        "asked": HelpRequest.objects.filter(requester=user).select_related("mentor"),
        "is_mentor": MentorPage.objects.filter(user=user).exists(),
    }
    if context["is_mentor"]:
        given = HelpRequest.objects.filter(mentor__user=user).select_related(
            "requester"
        )
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


@require_http_methods(["GET", "POST"])
def request_page(request, pk):
    help_request = get_object_or_404(visible_requests(request.user), pk=pk)
    user = request.user
    is_mentor = (
        help_request.mentor is not None and help_request.mentor.user_id == user.pk
    )
    is_requester = help_request.requester_id == user.pk
    done_form = DoneForm(initial={"note": help_request.note})
    hand_over_form = HandOverForm(mentors=hand_over_choices(request, help_request))
    feedback = HelpFeedback.objects.filter(request=help_request).first()
    feedback_form = FeedbackForm()
    if request.method == "POST":
        action = request.POST.get("action")
        if (
            is_mentor
            and action == "take"
            and help_request.status == HelpRequest.Status.NEW
        ):
            help_request.status = HelpRequest.Status.TAKEN
            help_request.taken_at = timezone.now()
            help_request.save(update_fields=["status", "taken_at"])
            messages.success(request, _("You took the request."))
            return redirect("help_request", pk=pk)
        if (
            is_mentor
            and action == "done"
            and help_request.status != HelpRequest.Status.DONE
        ):
            done_form = DoneForm(request.POST)
            if done_form.is_valid():
                mark_done(help_request, done_form.cleaned_data["note"])
                minutes = done_form.cleaned_data["minutes"]
                if minutes:
                    TimeEntry.objects.create(
                        mentor=help_request.mentor,
                        minutes=minutes,
                        kind=TimeEntry.Kind.GUIDING,
                        request=help_request,
                    )
                    messages.success(
                        request,
                        _("The request is marked done and %(minutes)s min logged.")
                        % {"minutes": minutes},
                    )
                else:
                    messages.success(request, _("The request is marked done."))
                return redirect("help_request", pk=pk)
        elif (
            is_mentor
            and action == "hand_over"
            and help_request.status != HelpRequest.Status.DONE
        ):
            hand_over_form = HandOverForm(
                request.POST, mentors=hand_over_choices(request, help_request)
            )
            if hand_over_form.is_valid():
                following = hand_over_form.cleaned_data["mentor"]
                help_request.passed_by.add(help_request.mentor)
                tasks.offer(help_request, following)
                messages.success(
                    request,
                    _("The request was handed over to %(mentor)s.")
                    % {"mentor": following.title},
                )
                return redirect("help_requests")
        elif (
            is_requester
            and action == "feedback"
            and help_request.status == HelpRequest.Status.DONE
            and feedback is None
        ):
            feedback_form = FeedbackForm(request.POST)
            if feedback_form.is_valid():
                feedback = feedback_form.save(commit=False)
                feedback.request = help_request
                feedback.save()
                messages.success(request, _("Thank you for your feedback."))
                return redirect("help_request", pk=pk)
        else:
            messages.error(request, _("That cannot be done to this request now."))
            return redirect("help_request", pk=pk)
    return TemplateResponse(
        request,
        "help/request.html",
        {
            "help_request": help_request,
            "is_mentor": is_mentor,
            "is_requester": is_requester,
            "done_form": done_form,
            "hand_over_form": hand_over_form,
            "feedback": feedback,
            "feedback_form": feedback_form,
        },
    )


def hand_over_choices(request, help_request):
    """Mentors the request may go to, whose profiles both the mentor handing
    it over and its asker may open."""
    return open_pages(request, mentors_to_hand_to(help_request))


def mark_done(help_request, note):
    help_request.status = HelpRequest.Status.DONE
    help_request.note = note
    help_request.done_at = timezone.now()
    if help_request.taken_at is None:
        help_request.taken_at = help_request.done_at
    help_request.save(update_fields=["status", "note", "done_at", "taken_at"])
    tasks.tell_requester_done.enqueue(help_request.pk, 1)


def own_profile(user):
    """The user's own (Finnish) mentor profile, or None."""
    return MentorPage.objects.filter(
        user=user, locale__language_code=source_language()
    ).first()


@require_http_methods(["GET", "POST"])
def time_log(request):
    """A mentor's mentoring time, month by month, against their resourced
    hours; they add and remove their own entries."""
    mentor = own_profile(request.user)
    if mentor is None:
        raise Http404
    today = timezone.localdate()
    month = timelog.parse_month(request.GET.get("month"), timelog.month_start(today))
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
            "previous_month": timelog.previous_month(month),
            "next_month": timelog.next_month(month)
            if timelog.next_month(month) <= today
            else None,
        },
    )
