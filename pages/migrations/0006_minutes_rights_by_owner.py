"""Minutes belong to whoever wrote them.

Mentors lose "change" on the minutes indexes: they keep adding and
publishing minutes, and edit, publish, unpublish, delete and move only their
own (pages/minutes/permissions.py). Coordinators gain add, change and
publish there, to look after everyone's minutes as editors do. Minutes
indexes created later get the same from pages/roles.py.
"""

from django.db import migrations

COORDINATOR_CODENAMES = ["add_page", "change_page", "publish_page"]


def minutes_indexes(apps):
    return apps.get_model("wagtailcore", "Page").objects.filter(
        content_type__app_label="pages", content_type__model="minutesindexpage"
    )


def page_permission(apps, codename):
    return apps.get_model("auth", "Permission").objects.get(
        content_type__app_label="wagtailcore", codename=codename
    )


def grant_by_owner(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    indexes = list(minutes_indexes(apps))
    if not indexes:  # a new database: pages/roles.py grants them
        return
    GroupPagePermission.objects.filter(
        group__name="Mentors",
        page__in=indexes,
        permission__content_type__app_label="wagtailcore",
        permission__codename="change_page",
    ).delete()
    coordinators = Group.objects.filter(name="Coordinators").first()
    if coordinators is None:  # removed on purpose: leave it so
        return
    for codename in COORDINATOR_CODENAMES:
        permission = page_permission(apps, codename)
        for index in indexes:
            GroupPagePermission.objects.get_or_create(
                group=coordinators, page=index, permission=permission
            )


def grant_to_section(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    indexes = list(minutes_indexes(apps))
    if not indexes:
        return
    GroupPagePermission.objects.filter(
        group__name="Coordinators",
        page__in=indexes,
        permission__content_type__app_label="wagtailcore",
        permission__codename__in=COORDINATOR_CODENAMES,
    ).delete()
    mentors = Group.objects.filter(name="Mentors").first()
    if mentors is None:
        return
    permission = page_permission(apps, "change_page")
    for index in indexes:
        GroupPagePermission.objects.get_or_create(
            group=mentors, page=index, permission=permission
        )


class Migration(migrations.Migration):
    dependencies = [("pages", "0005_publishing_roles")]

    operations = [migrations.RunPython(grant_by_owner, grant_to_section)]
