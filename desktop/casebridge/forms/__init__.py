"""MG forms as views of one case model: built from the case, its people, case-file records and exhibits."""
