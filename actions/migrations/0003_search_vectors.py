"""A stored full-text vector for actions, kept by a trigger on PostgreSQL (see minutes 0003)."""

import django.contrib.postgres.search
from django.db import migrations

FORWARD = """
CREATE FUNCTION actions_action_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('pg_catalog.english', coalesce(NEW.description, '')), 'B')
    || setweight(to_tsvector('pg_catalog.english', coalesce(NEW.owner_label, '')), 'C');
  RETURN NEW;
END $$;
CREATE TRIGGER actions_action_search_vector
  BEFORE INSERT OR UPDATE OF description, owner_label, search_vector ON actions_action
  FOR EACH ROW EXECUTE FUNCTION actions_action_search_vector();
UPDATE actions_action SET search_vector = NULL;
CREATE INDEX actions_action_search_gin ON actions_action USING gin (search_vector);
"""

BACKWARD = """
DROP INDEX IF EXISTS actions_action_search_gin;
DROP TRIGGER IF EXISTS actions_action_search_vector ON actions_action;
DROP FUNCTION IF EXISTS actions_action_search_vector();
"""


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("actions", "0002_action_reference_counter_and_update_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="action",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(on_postgresql(FORWARD), on_postgresql(BACKWARD)),
    ]
