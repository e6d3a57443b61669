"""The publishing roles (see docs/publishing.md, "Roles").

- Editors: add, edit and publish every page in every language (on the root
  page), keep the services, and approve what others submit for moderation.
- Mentors: upload and choose documents and images (minutes' attachments);
  their page rights follow the sections (pages/roles.py).
- Staff: reading only, which every logged-in user can do.

Wagtail's own "Moderators" group and the workflow it approves become the
Editors' approval.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
]
EDITOR_MODEL_PERMISSIONS = [
    f"pages.{action}_service" for action in ("add", "change", "delete")
]
MENTOR_COLLECTION_PERMISSIONS = [
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
]
# Sections created before this migration get their roles' rights too.
SECTION_ROLES = {
    "mentorindexpage": {"Coordinators": ["add_page", "change_page", "publish_page"]},
}


def create_roles(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")

    def permission(app_label, codename):
        return Permission.objects.get(
            content_type__app_label=app_label, codename=codename
        )

    editors, _created = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(permission("wagtailadmin", "access_admin"))
    for name in EDITOR_MODEL_PERMISSIONS:
        editors.permissions.add(permission(*name.split(".")))
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        for codename in EDITOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=editors, page=root, permission=permission("wagtailcore", codename)
            )

    mentors = Group.objects.get(name="Mentors")
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for app_label, codename in MENTOR_COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=mentors,
                collection=root_collection,
                permission=permission(app_label, codename),
            )

    Group.objects.get_or_create(name="Staff")

    moderators = Group.objects.filter(name="Moderators").first()
    if moderators is not None:
        for task in GroupApprovalTask.objects.filter(groups=moderators):
            task.groups.remove(moderators)
            task.groups.add(editors)
            if task.name == "Moderators approval":
                task.name = "Editors' approval"
                task.save()
        Workflow.objects.filter(name="Moderators approval").update(
            name="Editors' approval"
        )
        if not moderators.user_set.exists():
            moderators.delete()

    for model, roles in SECTION_ROLES.items():
        for page in Page.objects.filter(
            content_type__app_label="pages", content_type__model=model
        ):
            for group_name, codenames in roles.items():
                group = Group.objects.get(name=group_name)
                for codename in codenames:
                    GroupPagePermission.objects.get_or_create(
                        group=group,
                        page=page,
                        permission=permission("wagtailcore", codename),
                    )


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0004_publishing"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
