"""What decides which page a reader gets, as a short string for cache keys.

Readers who may edit anything (admin access, or a mentor profile of their
own) get pages of their own: the edit links, the user bar and the buttons on
their own profile depend on their rights page by page. Every other reader
shares pages with those in the same groups (view restrictions), with the
same unit and preferred language (their mentors, news for their unit).

Worked out once per generation for each user in each process; the groups'
and the profile's saves renew the generation
(pages/common/caching/freshness.py).
"""

from pages.common.caching import freshness
from pages.common.staff_profile import StaffProfile
from pages.mentors.models import MentorPage


def reader_key(user):
    return freshness.remembered_here(f"reader:{user.pk}", lambda: describe(user))


def describe(user) -> str:
    if (
        user.is_superuser
        or user.is_staff
        or user.has_perm("wagtailadmin.access_admin")
        or MentorPage.objects.filter(user=user).exists()
    ):
        return f"user-{user.pk}"
    groups = ",".join(
        str(pk) for pk in user.groups.order_by("pk").values_list("pk", flat=True)
    )
    profile = StaffProfile.objects.filter(user=user).first() or StaffProfile()
    return (
        f"groups-{groups}:unit-{profile.unit_id}:language-{profile.preferred_language}"
    )
