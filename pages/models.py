"""Every model of the `pages` app, for Django to find: each lives in its
section's folder (pages/mentors/, news/, minutes/, guides/, events/,
general/, help/) or, shared by several, in pages/common/ (organisation data,
topics, staff profiles). Wiring, tests and the demo may import them from
here; sections and pages/common/ import the modules that define them, never
this one (docs/structure.md)."""

from pages.common.organisation import (
    Campus,
    CompetenceArea,
    Organisation,
    Service,
    Unit,
)
from pages.common.staff_profile import StaffProfile
from pages.common.topics import Topic
from pages.events.index_page import EventIndexPage
from pages.events.models import EventPage
from pages.general.models import HomePage, StandardPage
from pages.guides.index_page import GuideIndexPage
from pages.guides.models import GuidePage, GuideTopic, review_due_before
from pages.help.models import HelpFeedback, HelpRequest, TimeEntry
from pages.mentors.index_page import MentorIndexPage
from pages.mentors.models import (
    MentorCampus,
    MentorPage,
    MentorTopic,
    MentorUnit,
    stale_before,
)
from pages.minutes.index_page import MinutesIndexPage
from pages.minutes.models import (
    ActionItem,
    MeetingMinutesPage,
    MinutesAttachment,
    MinutesAttendee,
)
from pages.news.index_page import NewsIndexPage
from pages.news.models import (
    NewsAudienceCampus,
    NewsAudienceUnit,
    NewsPage,
    NewsTopic,
)

__all__ = [
    "ActionItem",
    "Campus",
    "CompetenceArea",
    "EventIndexPage",
    "EventPage",
    "GuideIndexPage",
    "GuidePage",
    "HelpFeedback",
    "HelpRequest",
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
    "TimeEntry",
    "Topic",
    "Unit",
    "review_due_before",
    "stale_before",
]
