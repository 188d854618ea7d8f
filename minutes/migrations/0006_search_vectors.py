"""Stored full-text vectors for items, points, decisions and reports.

On PostgreSQL, triggers keep each vector current and GIN indexes serve the search; the
existing rows are filled here. Triggers rather than save hooks, so that rows written by
bulk_create, queryset.update() or COPY are searchable too. On SQLite the columns stay
empty: search there matches the text itself.
"""

import django.contrib.postgres.search
from django.db import migrations

FORWARD = """
CREATE FUNCTION minutes_agendaitem_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('pg_catalog.english', coalesce(NEW.title, '')), 'A')
    || setweight(to_tsvector('pg_catalog.english', coalesce(NEW.minute_text, '')), 'B');
  RETURN NEW;
END $$;
CREATE TRIGGER minutes_agendaitem_search_vector
  BEFORE INSERT OR UPDATE OF title, minute_text, search_vector ON minutes_agendaitem
  FOR EACH ROW EXECUTE FUNCTION minutes_agendaitem_search_vector();

CREATE FUNCTION minutes_discussionpoint_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
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
CREATE TRIGGER minutes_discussionpoint_search_vector
  BEFORE INSERT OR UPDATE OF topic, text, search_vector ON minutes_discussionpoint
  FOR EACH ROW EXECUTE FUNCTION minutes_discussionpoint_search_vector();

-- A point's speakers are part of its vector: adding or removing one recomputes the points
-- touched, once per statement, so a bulk insert of speakers costs one update of each point.
CREATE FUNCTION minutes_discussionpoint_speakers_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE minutes_discussionpoint SET search_vector = NULL
   WHERE id IN (SELECT discussionpoint_id FROM changed);
  RETURN NULL;
END $$;
CREATE TRIGGER minutes_discussionpoint_speakers_added
  AFTER INSERT ON minutes_discussionpoint_speakers REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION minutes_discussionpoint_speakers_changed();
CREATE TRIGGER minutes_discussionpoint_speakers_removed
  AFTER DELETE ON minutes_discussionpoint_speakers REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION minutes_discussionpoint_speakers_changed();

CREATE FUNCTION minutes_person_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE minutes_discussionpoint SET search_vector = NULL
   WHERE id IN (SELECT discussionpoint_id FROM minutes_discussionpoint_speakers
                 WHERE person_id = NEW.id);
  RETURN NULL;
END $$;
CREATE TRIGGER minutes_person_renamed
  AFTER UPDATE OF honorific, name ON minutes_person FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.honorific IS DISTINCT FROM NEW.honorific)
  EXECUTE FUNCTION minutes_person_renamed();

CREATE FUNCTION minutes_decision_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := setweight(to_tsvector('pg_catalog.english', coalesce(NEW.text, '')), 'B');
  RETURN NEW;
END $$;
CREATE TRIGGER minutes_decision_search_vector
  BEFORE INSERT OR UPDATE OF text, search_vector ON minutes_decision
  FOR EACH ROW EXECUTE FUNCTION minutes_decision_search_vector();

CREATE FUNCTION minutes_report_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := setweight(to_tsvector('pg_catalog.english', coalesce(NEW.title, '')), 'A');
  RETURN NEW;
END $$;
CREATE TRIGGER minutes_report_search_vector
  BEFORE INSERT OR UPDATE OF title, search_vector ON minutes_report
  FOR EACH ROW EXECUTE FUNCTION minutes_report_search_vector();

UPDATE minutes_agendaitem SET search_vector = NULL;
UPDATE minutes_discussionpoint SET search_vector = NULL;
UPDATE minutes_decision SET search_vector = NULL;
UPDATE minutes_report SET search_vector = NULL;

CREATE INDEX minutes_agendaitem_search_gin ON minutes_agendaitem USING gin (search_vector);
CREATE INDEX minutes_discussionpoint_search_gin ON minutes_discussionpoint USING gin (search_vector);
CREATE INDEX minutes_decision_search_gin ON minutes_decision USING gin (search_vector);
CREATE INDEX minutes_report_search_gin ON minutes_report USING gin (search_vector);
"""

BACKWARD = """
DROP INDEX IF EXISTS minutes_agendaitem_search_gin;
DROP INDEX IF EXISTS minutes_discussionpoint_search_gin;
DROP INDEX IF EXISTS minutes_decision_search_gin;
DROP INDEX IF EXISTS minutes_report_search_gin;
DROP TRIGGER IF EXISTS minutes_agendaitem_search_vector ON minutes_agendaitem;
DROP TRIGGER IF EXISTS minutes_discussionpoint_search_vector ON minutes_discussionpoint;
DROP TRIGGER IF EXISTS minutes_discussionpoint_speakers_added ON minutes_discussionpoint_speakers;
DROP TRIGGER IF EXISTS minutes_discussionpoint_speakers_removed ON minutes_discussionpoint_speakers;
DROP TRIGGER IF EXISTS minutes_person_renamed ON minutes_person;
DROP TRIGGER IF EXISTS minutes_decision_search_vector ON minutes_decision;
DROP TRIGGER IF EXISTS minutes_report_search_vector ON minutes_report;
DROP FUNCTION IF EXISTS minutes_agendaitem_search_vector();
DROP FUNCTION IF EXISTS minutes_discussionpoint_search_vector();
DROP FUNCTION IF EXISTS minutes_discussionpoint_speakers_changed();
DROP FUNCTION IF EXISTS minutes_person_renamed();
DROP FUNCTION IF EXISTS minutes_decision_search_vector();
DROP FUNCTION IF EXISTS minutes_report_search_vector();
"""


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("minutes", "0005_meeting_start_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="agendaitem",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="decision",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="discussionpoint",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="report",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(on_postgresql(FORWARD), on_postgresql(BACKWARD)),
    ]
