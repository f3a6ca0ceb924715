"""Recognizers of statements made in prose: sentences, narrative reports, 决算说明."""
