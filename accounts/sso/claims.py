"""What the provider's claims make of an account: its subject, name, e-mail
address, groups and unit."""

import logging

from django.conf import settings
from django.contrib.auth.models import Group

from pages.common.languages import source_language
from pages.common.organisation import Unit
from pages.common.staff_profile import StaffProfile
from pages.common.user_rules import NETWORK_GROUPS

logger = logging.getLogger("intranet.sso")

# Everyone signed in by the provider is staff; the others come from the
# groups claim and go again when it no longer names them.
BASE_GROUP = "Staff"
CLAIMED_GROUPS = frozenset(NETWORK_GROUPS) - {BASE_GROUP} | {"Editors"}


def subject_of(claims):
    for name in settings.OIDC_SUBJECT_CLAIMS:
        if claims.get(name):
            return str(claims[name])
    return ""


def email_of(claims):
    return (claims.get("email") or "").strip()


def names_of(claims):
    first, last = claims.get("given_name") or "", claims.get("family_name") or ""
    if not (first or last) and claims.get("name"):
        first, _space, last = claims["name"].strip().partition(" ")
    return first[:150], last[:150]


def claimed_group_names(claims):
    names = claims.get(settings.OIDC_GROUPS_CLAIM) or []
    if isinstance(names, str):
        names = [names]
    granted = set()
    for provider_group in names:
        group = settings.OIDC_GROUP_MAP.get(provider_group)
        if group in CLAIMED_GROUPS:
            granted.add(group)
        elif group:
            logger.warning("OIDC_GROUP_MAP names %r, which is never granted", group)
    return granted


def sync_groups(user, claims) -> None:
    wanted = {BASE_GROUP} | claimed_group_names(claims)
    managed = CLAIMED_GROUPS | {BASE_GROUP}
    user.groups.remove(*Group.objects.filter(name__in=managed - wanted))
    user.groups.add(*Group.objects.filter(name__in=wanted))


def sync_unit(user, claims) -> None:
    """The unit named by OIDC_UNIT_CLAIM, when it names exactly one."""
    if not settings.OIDC_UNIT_CLAIM or not claims.get(settings.OIDC_UNIT_CLAIM):
        return
    units = Unit.objects.filter(
        name__iexact=str(claims[settings.OIDC_UNIT_CLAIM]).strip(),
        locale__language_code=source_language(),
    )
    if len(units) != 1:
        return
    profile, _created = StaffProfile.objects.get_or_create(user=user)
    if profile.unit_id != units[0].pk:
        profile.unit = units[0]
        profile.save(update_fields=["unit"])


def apply_claims(user, claims):
    """Name, e-mail address, groups and unit, set anew at each sign-in.
    Administrator flags are never set from claims: admin access comes with
    the groups' permissions."""
    user.first_name, user.last_name = names_of(claims)
    user.email = email_of(claims)
    user.save(update_fields=["first_name", "last_name", "email"])
    sync_groups(user, claims)
    sync_unit(user, claims)
    return user
