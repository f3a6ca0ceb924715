"""The words documents use, as data: one module per kind of table or statement, no code paths.

An analyst or a new template adds aliases here; recognizers import them and never spell a label themselves.
"""
