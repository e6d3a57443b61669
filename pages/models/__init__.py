# Organisation snippets live in pages/snippets.py; Django finds models here.
from pages.snippets import Campus, Organisation, Unit  # noqa: E402, I001

from .competence import CompetenceArea
from .general import HomePage, StandardPage
from .mentors import (
    MentorCampus,
    MentorIndexPage,
    MentorPage,
    MentorTopic,
    MentorUnit,
    stale_before,
)
from .staff import StaffProfile

__all__ = [
    "Campus",
    "CompetenceArea",
    "HomePage",
    "MentorCampus",
    "MentorIndexPage",
    "MentorPage",
    "MentorTopic",
    "MentorUnit",
    "Organisation",
    "StaffProfile",
    "StandardPage",
    "Unit",
    "stale_before",
]
