"""Document → structured tables, once for every recognizer: cells normalised, rows classified, regions split."""
