from django.contrib.auth.management import create_permissions
from django.db import migrations

COMPETENCE_AREAS = ["ict", "using", "ethics", "remote", "work"]

# group: permissions (app_label.codename). Page permissions depend on the
# page tree and are granted in the admin (seed_demo grants the demo's).
ROLES = {
    "Mentors": ["wagtailadmin.access_admin"],
    "Coordinators": [
        "wagtailadmin.access_admin",
        *(
            f"pages.{action}_{model}"
            for model in ("organisation", "campus", "unit")
            for action in ("add", "change", "delete")
        ),
        "auth.add_user",
        "auth.change_user",
    ],
}


def create_areas_and_roles(apps, schema_editor):
    # Permissions are normally created after all migrations have run.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None

    CompetenceArea = apps.get_model("pages", "CompetenceArea")
    for code in COMPETENCE_AREAS:
        CompetenceArea.objects.get_or_create(code=code)

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, permissions in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        for permission in permissions:
            app_label, codename = permission.split(".")
            group.permissions.add(
                Permission.objects.get(
                    content_type__app_label=app_label, codename=codename
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0002_mentor_directory"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(create_areas_and_roles, migrations.RunPython.noop)
    ]
