"""A discussion point's search vector looks up each of its speakers by key.

The vector's speakers part joined the point's speakers to every person on record: a scan
of the whole register (two thousand people at a large council) for each point saved, and
for each of the million points the data generator writes. Each speaker's name is now read
through the register's primary key, and the names are taken in the order they were added.
"""

from django.db import migrations

POINT_VECTOR = """
CREATE OR REPLACE FUNCTION minutes_discussionpoint_search_vector() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('pg_catalog.english', coalesce(NEW.topic, '')), 'A')
    || setweight(to_tsvector('pg_catalog.english', coalesce(NEW.text, '')), 'B')
    || setweight(to_tsvector('pg_catalog.english', coalesce((
         SELECT string_agg((SELECT concat_ws(' ', person.honorific, person.name)
                              FROM minutes_person AS person
                             WHERE person.id = spoke.person_id), ' ' ORDER BY spoke.id)
           FROM minutes_discussionpoint_speakers AS spoke
          WHERE spoke.discussionpoint_id = NEW.id), '')), 'C');
  RETURN NEW;
END $$;
"""

FORMER_POINT_VECTOR = """
CREATE OR REPLACE FUNCTION minutes_discussionpoint_search_vector() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('pg_catalog.english', coalesce(NEW.topic, '')), 'A')
    || setweight(to_tsvector('pg_catalog.english', coalesce(NEW.text, '')), 'B')
    || setweight(to_tsvector('pg_catalog.english', coalesce((
         SELECT string_agg(concat_ws(' ', person.honorific, person.name), ' ')
           FROM minutes_discussionpoint_speakers AS spoke
           JOIN minutes_person AS person ON person.id = spoke.person_id
          WHERE spoke.discussionpoint_id = NEW.id), '')), 'C');
  RETURN NEW;
END $$;
"""


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("minutes", "0014_item_numbers_up_to_twenty_characters"),
    ]

    operations = [
        migrations.RunPython(on_postgresql(POINT_VECTOR), on_postgresql(FORMER_POINT_VECTOR)),
    ]
