"""How long an agenda item's number may be: one figure for the record, the clerk's import form
and the importer, which has no other tie to the models.

"FC.25.26.101" (a town council's letters, the municipal year and the running number) is 12.
"""

ITEM_NUMBER_LENGTH = 20
