"""A discussion point's search vector looks up each of its speakers by key, and a bulk load
that writes speakers before their points can say so.

The vector's speakers part joined the point's speakers to every person on record: a scan
of the whole register (two thousand people at a large council) for each point saved, and
for each of the million points the data generator writes. Each speaker's name is now read
through the register's primary key, and the names are taken in the order they were added.

Adding speakers recomputes their points' vectors. A transaction that writes each point's
speakers before the point (the data generator) sets `minutes.speakers_written_first` to
'on' for itself: the point's own trigger then finds its speakers as it goes in, and the
recompute, which would turn every point's text into a vector a second time and write every
point twice, is skipped. The setting is local to that transaction.
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

SPEAKERS_CHANGED = """
CREATE OR REPLACE FUNCTION minutes_discussionpoint_speakers_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('minutes.speakers_written_first', true) = 'on' THEN
    RETURN NULL;
  END IF;
  UPDATE minutes_discussionpoint SET search_vector = NULL
   WHERE id IN (SELECT discussionpoint_id FROM changed);
  RETURN NULL;
END $$;
"""

FORMER_SPEAKERS_CHANGED = """
CREATE OR REPLACE FUNCTION minutes_discussionpoint_speakers_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE minutes_discussionpoint SET search_vector = NULL
   WHERE id IN (SELECT discussionpoint_id FROM changed);
  RETURN NULL;
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
        migrations.RunPython(
            on_postgresql(POINT_VECTOR + SPEAKERS_CHANGED),
            on_postgresql(FORMER_POINT_VECTOR + FORMER_SPEAKERS_CHANGED),
        ),
    ]
