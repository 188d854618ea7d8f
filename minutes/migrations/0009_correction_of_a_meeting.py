"""A correction belongs to a meeting, and to one of its items only when it corrects one."""

import django.db.models.deletion
from django.db import migrations, models


def fill_meetings(apps, schema_editor):
    Correction = apps.get_model("minutes", "Correction")
    for correction in Correction.objects.select_related("item"):
        correction.meeting_id = correction.item.meeting_id
        correction.save(update_fields=["meeting"])


class Migration(migrations.Migration):
    dependencies = [
        ("minutes", "0008_command_lock"),
    ]

    operations = [
        migrations.AddField(
            model_name="correction",
            name="meeting",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="corrections",
                to="minutes.meeting",
            ),
        ),
        migrations.RunPython(fill_meetings, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="correction",
            name="meeting",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="corrections",
                to="minutes.meeting",
            ),
        ),
        migrations.AlterField(
            model_name="correction",
            name="item",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="corrections",
                to="minutes.agendaitem",
            ),
        ),
        migrations.AlterModelOptions(
            name="correction",
            options={"ordering": ["meeting", "made_at"]},
        ),
    ]
