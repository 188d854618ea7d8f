"""Lookups that keep hostile input from failing a query.

A list of keys sent by a form ("speakers", an admin autocomplete's choices) may hold
words, or a number larger than any integer column can hold. SQLite's driver refuses to
bind such a number, and the admin's autocomplete widget, drawing the choices sent back
with an error, looks up words as numbers: either way the page fails. Such a value matches
nothing, so `in` leaves it out, as Django's own `exact` does for one number out of range.

On PostgreSQL a list of keys is also sent as one parameter, an array (`= ANY(%s)`), not a
placeholder for each key: the statement is then the same whatever the list's length, so
it is prepared once rather than once for each length (each pushing another out of the
connection's few prepared statements), and the driver parses its SQL once.
"""

from django.db import models
from django.db.models.lookups import In


class IntegerFieldIn(In):
    def get_prep_lookup(self):
        if self.rhs_is_direct_value() and isinstance(self.rhs, list | tuple | set):
            self.rhs = [value for value in self.rhs if self._is_integer(value)]
        return super().get_prep_lookup()

    def _is_integer(self, value) -> bool:
        try:
            self.lhs.output_field.get_prep_value(value)
        except (TypeError, ValueError):
            return False
        return True

    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value():
            low, high = connection.ops.integer_field_range(
                self.lhs.output_field.get_internal_type()
            )
            self.rhs = [
                value
                for value in self.rhs
                if not isinstance(value, int)
                or ((low is None or value >= low) and (high is None or value <= high))
            ]
        return super().process_rhs(compiler, connection)

    def as_postgresql(self, compiler, connection):
        if not self.rhs_is_direct_value():
            return self.as_sql(compiler, connection)
        lhs, lhs_params = self.process_lhs(compiler, connection)
        placeholders, values = self.process_rhs(compiler, connection)
        if placeholders != f"({', '.join(['%s'] * len(values))})":
            return self.as_sql(compiler, connection)  # an expression among the values
        array = f"{self.lhs.output_field.cast_db_type(connection)}[]"
        return f"{lhs} = ANY(%s::{array})", (*lhs_params, list(values))


def register() -> None:
    models.IntegerField.register_lookup(IntegerFieldIn)
