"""Path converters that keep addresses plain: a date, an item number as printed, a reference."""

from minutes.models import ITEM_NUMBER_PATTERN


class MeetingConverter:
    """A meeting's date, yyyy-mm-dd, with -2, -3... for a second sitting that day."""

    regex = r"\d{4}-\d{2}-\d{2}(?:-\d+)?"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


class ItemNumberConverter(MeetingConverter):
    """An agenda item's number as printed: 3, 3a, 10.1."""

    regex = ITEM_NUMBER_PATTERN


class ActionReferenceConverter(MeetingConverter):
    """An action's public reference, e.g. 2019-0007."""

    regex = r"\d{4}-\d{4,}"
