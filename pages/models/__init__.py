# Organisation snippets live in pages/snippets.py; Django finds models here.
from pages.snippets import Campus, Organisation, Service, Unit

from .competence import CompetenceArea
from .events import EventIndexPage, EventPage
from .general import HomePage, StandardPage
from .guides import GuideIndexPage, GuidePage, GuideTopic, review_due_before
from .mentors import (
    MentorCampus,
    MentorIndexPage,
    MentorPage,
    MentorTopic,
    MentorUnit,
    stale_before,
)
from .minutes import (
    ActionItem,
    MeetingMinutesPage,
    MinutesAttachment,
    MinutesAttendee,
    MinutesIndexPage,
)
from .news import (
    NewsAudienceCampus,
    NewsAudienceUnit,
    NewsIndexPage,
    NewsPage,
    NewsTopic,
)
from .staff import StaffProfile

__all__ = [
    "ActionItem",
    "Campus",
    "CompetenceArea",
    "EventIndexPage",
    "EventPage",
    "GuideIndexPage",
    "GuidePage",
    "GuideTopic",
    "HomePage",
    "MeetingMinutesPage",
    "MentorCampus",
    "MentorIndexPage",
    "MentorPage",
    "MentorTopic",
    "MentorUnit",
    "MinutesAttachment",
    "MinutesAttendee",
    "MinutesIndexPage",
    "NewsAudienceCampus",
    "NewsAudienceUnit",
    "NewsIndexPage",
    "NewsPage",
    "NewsTopic",
    "Organisation",
    "Service",
    "StaffProfile",
    "StandardPage",
    "Unit",
    "review_due_before",
    "stale_before",
]
