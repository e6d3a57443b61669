"""Page permissions that follow the site's sections.

Wagtail grants page permissions on a page and everything under it. Editors
hold them on the root (every language's tree); the other roles get them on
their section's index page whenever one is created, in any language, by
hand, by seed_demo or by wagtail-localize's tree synchronisation.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from wagtail.models import GroupPagePermission

from pages.mentors.index_page import MentorIndexPage
from pages.minutes.index_page import MinutesIndexPage
from pages.news.index_page import NewsIndexPage

PUBLISH = ["add_page", "change_page", "publish_page"]
# "add" without "change": each mentor edits, deletes and moves the minutes
# they wrote, and publishes only those (pages/minutes/permissions.py).
PUBLISH_OWN = ["add_page", "publish_page"]

SECTION_ROLES = {
    # Mentors write news for an editor to approve (the default workflow).
    NewsIndexPage: {"Mentors": ["add_page"]},
    MinutesIndexPage: {"Mentors": PUBLISH_OWN, "Coordinators": PUBLISH},
    MentorIndexPage: {"Coordinators": PUBLISH},
}


def grant_section_permissions(page) -> None:
    for group_name, codenames in SECTION_ROLES[type(page)].items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:  # removed on purpose: leave it so
            continue
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=codenames
        ):
            GroupPagePermission.objects.get_or_create(
                group=group, page_id=page.pk, permission=permission
            )


def grant_on_new_section(sender, instance, created, raw, **kwargs) -> None:
    if created and not raw:
        grant_section_permissions(instance)


for section in SECTION_ROLES:
    post_save.connect(grant_on_new_section, sender=section)
