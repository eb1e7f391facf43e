from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    # Permissions are normally made after all migrations; make them now so they can be granted.
    # The historical app config has no models module, which create_permissions insists on.
    app_config = apps.get_app_config("competencies")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    admin_group, _created = Group.objects.get_or_create(name="admin")
    admin_group.permissions.add(
        *Permission.objects.filter(content_type__app_label="competencies")
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name="admin"):
        group.permissions.remove(*group.permissions.filter(content_type__app_label="competencies"))


class Migration(migrations.Migration):
    dependencies = [
        ("competencies", "0001_initial"),
        ("accounts", "0001_role_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
