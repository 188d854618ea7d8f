"""Generated records at the size of a large council's twenty-year archive, for benchmarks.

Everything is fictional (places, people, committees, text) and drawn from a seeded random
generator, so the same scale gives the same records. Rows are written in large batches:
COPY on PostgreSQL, executemany on SQLite, with every constraint in force (foreign keys
are checked at the end of each statement, not left to a commit at the very end).

`generator` makes the records (`Generator`, at the `Sizes` of a scale), drawing names and
text from the fictional vocabulary in `words`; `writer` writes their rows in batches.
"""
