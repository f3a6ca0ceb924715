"""Document → facts: recognizers for each kind of table or statement, nothing about file formats."""
