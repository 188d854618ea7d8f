"""The three roles as groups: Clerk, Officer, Member, with the permissions each needs."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CLERK_APPS = ("minutes", "actions")
OFFICER_PERMISSIONS = [("actions", "add_actionupdate"), ("actions", "view_actionupdate")]


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations have run; make sure they exist.
    # (A migration's app configs have no models module, which create_permissions expects.)
    for app_config in apps.get_app_configs():
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = models_module or True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = models_module

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    clerk, _ = Group.objects.get_or_create(name="Clerk")
    clerk.permissions.add(*Permission.objects.filter(content_type__app_label__in=CLERK_APPS))

    officer, _ = Group.objects.get_or_create(name="Officer")
    for app_label, codename in OFFICER_PERMISSIONS:
        officer.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )

    Group.objects.get_or_create(name="Member")


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Clerk", "Officer", "Member"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("minutes", "0001_initial"),
        ("actions", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
