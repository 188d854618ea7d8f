"""/actions/export.csv: the action log as CSV, filtered like the page, public rows for the public."""

import csv
import datetime
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import (
    ActionFactory,
    ActionUpdateFactory,
    AgendaItemFactory,
    CommitteeFactory,
    MeetingFactory,
    PersonFactory,
)
from tests.tracker_helpers import put_in

URL = "/actions/export.csv"
HEADER = [
    "reference",
    "description",
    "owner",
    "due",
    "status",
    "last update",
    "source committee",
    "meeting date",
    "item",
    "link",
]


def _rows(client, **params) -> list[dict]:
    response = client.get(URL, params)
    assert response.status_code == 200
    text = response.getvalue().decode("utf-8")
    assert text.startswith("\ufeff")
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff")))
    header, *rows = list(reader)
    assert header == HEADER
    return [dict(zip(header, row, strict=True)) for row in rows]


def _references(client, **params) -> set[str]:
    return {row["reference"] for row in _rows(client, **params)}


@pytest.fixture
def board_meeting(db):
    board = CommitteeFactory(name="Improvement and Innovation Board", slug="iib")
    return MeetingFactory(
        committee=board, starts_at=timezone.make_aware(datetime.datetime(2019, 1, 17, 11, 0))
    )


def test_it_is_utf8_csv_with_a_byte_order_mark_for_excel(client, db):
    response = client.get(URL)

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="actions.csv"'
    assert response.getvalue().startswith(b"\xef\xbb\xbf")


def test_each_row_says_what_who_when_and_where_from(client, board_meeting, settings):
    settings.SITE_URL = "https://minutes.example.gov.uk"
    item = AgendaItemFactory(
        meeting=board_meeting, number="3", position=3, title="Productivity Programme"
    )
    action = ActionFactory(
        item=item,
        description="Officers to circulate the report on Māori-language services, “soon”.",
        owner=PersonFactory(honorific="Dr", name="Zoë Owner"),
        due_on=datetime.date(2019, 3, 31),
    )
    ActionUpdateFactory(
        action=action,
        note="Circulated to members.",
        created_at=timezone.make_aware(datetime.datetime(2019, 3, 1, 9, 0)),
        status_after="done",
    )
    put_in(action, "done")

    [row] = _rows(client)

    assert row == {
        "reference": action.reference,
        "description": action.description,
        "owner": "Dr Zoë Owner",
        "due": "2019-03-31",
        "status": "Done",
        "last update": "2019-03-01: Circulated to members.",
        "source committee": "Improvement and Innovation Board",
        "meeting date": "2019-01-17",
        "item": "3. Productivity Programme",
        "link": f"https://minutes.example.gov.uk/actions/{action.reference}/",
    }


def test_the_last_update_is_the_latest_one(client, db):
    action = ActionFactory()
    ActionUpdateFactory(
        action=action,
        note="Later.",
        created_at=timezone.make_aware(datetime.datetime(2019, 5, 2, 9, 0)),
    )
    ActionUpdateFactory(
        action=action,
        note="Earlier.",
        created_at=timezone.make_aware(datetime.datetime(2019, 4, 2, 9, 0)),
    )

    [row] = _rows(client)

    assert row["last update"] == "2019-05-02: Later."


def test_the_last_updates_date_is_the_day_in_london(client, db):
    ActionUpdateFactory(
        note="Just after midnight in summer.",
        created_at=timezone.make_aware(datetime.datetime(2019, 6, 2, 0, 30)),
    )

    [row] = _rows(client)

    assert row["last update"] == "2019-06-02: Just after midnight in summer."


def test_an_action_with_no_owner_no_date_and_no_update_has_plain_blanks(client, db):
    ActionFactory(owner=None, owner_label="Officers", due_on=None)

    [row] = _rows(client)

    assert (row["owner"], row["due"], row["last update"]) == ("Officers", "", "")


def test_a_cell_that_would_read_as_a_formula_is_made_harmless(client, db):
    ActionFactory(description='=HYPERLINK("https://evil.example")')

    [row] = _rows(client)

    assert row["description"] == '\'=HYPERLINK("https://evil.example")'


def test_the_public_never_gets_exempt_or_unpublished_actions(client, officer, db):
    public = ActionFactory()
    exempt = ActionFactory(
        owner=officer.person,
        item=AgendaItemFactory(is_exempt=True, exempt_reason="Paragraph 3 of Schedule 12A."),
    )
    draft = ActionFactory(item=AgendaItemFactory(meeting=MeetingFactory(stage="draft")))
    agenda_only = ActionFactory(item=AgendaItemFactory(meeting=MeetingFactory(stage="agenda")))

    body = client.get(URL).getvalue().decode()

    assert _references(client) == {public.reference}
    for hidden in (exempt, draft, agenda_only):
        assert hidden.reference not in body
        assert hidden.description not in body


def test_an_officer_also_gets_the_exempt_actions_they_own_and_no_others(
    officer_client, officer, other_officer
):
    public = ActionFactory()
    exempt_item = AgendaItemFactory(is_exempt=True, exempt_reason="Paragraph 3 of Schedule 12A.")
    own_exempt = ActionFactory(owner=officer.person, item=exempt_item)
    their_exempt = ActionFactory(owner=other_officer.person, item=exempt_item)

    references = _references(officer_client)

    assert references == {public.reference, own_exempt.reference}
    assert their_exempt.reference not in references


def test_a_clerk_gets_everything(clerk_client):
    public = ActionFactory()
    exempt = ActionFactory(
        item=AgendaItemFactory(is_exempt=True, exempt_reason="Paragraph 3 of Schedule 12A.")
    )
    draft = ActionFactory(item=AgendaItemFactory(meeting=MeetingFactory(stage="draft")))

    assert _references(clerk_client) == {public.reference, exempt.reference, draft.reference}


def test_it_takes_the_same_filters_as_the_action_log(client, board_meeting):
    from_board = ActionFactory(item=AgendaItemFactory(meeting=board_meeting))
    elsewhere = ActionFactory()
    done = put_in(ActionFactory(item=AgendaItemFactory(meeting=board_meeting)), "done")
    overdue = ActionFactory(due_on=timezone.localdate() - datetime.timedelta(days=1))

    assert _references(client, committee="iib") == {from_board.reference, done.reference}
    assert _references(client, status="done") == {done.reference}
    assert _references(client, committee="iib", status="open") == {from_board.reference}
    assert _references(client, overdue="on") == {overdue.reference}
    assert elsewhere.reference in _references(client)


def test_filters_never_widen_what_the_public_gets(client, db):
    exempt = ActionFactory(
        item=AgendaItemFactory(is_exempt=True, exempt_reason="Paragraph 3 of Schedule 12A.")
    )

    assert exempt.reference not in _references(
        client, committee=exempt.item.meeting.committee.slug, status="open"
    )


def test_it_is_fetched_in_a_fixed_number_of_queries(client, db):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            client.get(URL).getvalue()
        return len(queries)

    ActionUpdateFactory(action=ActionFactory())
    few = count()
    for _ in range(5):
        ActionUpdateFactory(action=ActionFactory(discussion_point=None))
    assert count() == few


def test_it_streams_the_header_before_reading_any_row_then_rows_in_bounded_chunks(client, db):
    from actions.tracker import EXPORT_CHUNK_BYTES

    item = AgendaItemFactory(meeting=MeetingFactory(stage="published"))
    for n in range(60):
        ActionFactory(item=item, description=f"Action {n}: " + "a long description " * 20)
    response = client.get(URL)
    assert response.streaming
    chunks = iter(response.streaming_content)
    with CaptureQueriesContext(connection) as queries:
        first = next(chunks)
    assert first.decode("utf-8").removeprefix("\ufeff").startswith("reference,description")
    assert len(queries) == 0, "the header went out before the rows were read"
    rest = list(chunks)
    assert len(rest) > 1, "rows come in several chunks, not as one whole file"
    assert all(len(chunk) < EXPORT_CHUNK_BYTES + 2048 for chunk in rest)
    rows = list(csv.reader(io.StringIO(b"".join(rest).decode("utf-8"))))
    assert len(rows) == 60
