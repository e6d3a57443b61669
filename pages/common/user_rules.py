"""Who may manage whose account.

Coordinators hold Django's add_user and change_user, which in Wagtail's user
admin reach every account, the administrator flag and every group. Outside
superusers, managing people stops at the network's own groups: someone who
could edit an editor's or an administrator's account could sign in as them.
"""

from typing import Any

from django.contrib.auth.models import Group
from django.db.models import QuerySet

NETWORK_GROUPS = ["Staff", "Mentors", "Coordinators"]
COORDINATORS = "Coordinators"


def grantable_groups(user) -> QuerySet[Group]:
    groups = Group.objects.order_by("name")
    if user.is_superuser:
        return groups
    return groups.filter(name__in=NETWORK_GROUPS)


def may_grant(user, group) -> bool:
    return user.is_superuser or group.name in NETWORK_GROUPS


def may_manage(user, person) -> bool:
    if user.is_superuser:
        return True
    return (
        not person.is_superuser
        and not person.groups.exclude(name__in=NETWORK_GROUPS).exists()
    )


def manageable_accounts(user, accounts) -> QuerySet[Any]:
    """`accounts` (a queryset of users) without those `user` may not manage:
    for everyone but superusers, administrators and members of groups
    outside the network."""
    if user.is_superuser:
        return accounts
    outside = Group.objects.exclude(name__in=NETWORK_GROUPS)
    return accounts.filter(is_superuser=False).exclude(groups__in=outside)


def may_manage_people(user) -> bool:
    """Whether `user` manages accounts at all (coordinators, superusers)."""
    return user.has_perm("auth.change_user")


def may_set_resourced_hours(user) -> bool:
    """Whether `user` sets mentors' weekly resourced hours, which the time
    reports measure logged time against: the network's coordinators and
    superusers; not the mentor, who edits the rest of their own profile, nor
    the site's editors."""
    return user.is_superuser or user.groups.filter(name=COORDINATORS).exists()
