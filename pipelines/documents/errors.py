"""Typed errors for files that cannot be read, each with its own exit code."""


class DocumentError(Exception):
    """A file that cannot be turned into a Document; the message is one line for the user."""

    exit_code = 3
    kind = "unreadable"


class EmptyFile(DocumentError):
    kind = "empty"


class UnknownFormat(DocumentError):
    kind = "unknown_format"


class CorruptFile(DocumentError):
    kind = "corrupt"


class EncryptedFile(DocumentError):
    kind = "encrypted"


class NeedsOCR(DocumentError):
    """An image-only (scanned) PDF: readable only after OCR."""

    exit_code = 4
    kind = "needs_ocr"


class MissingConverter(DocumentError):
    """A legacy format whose converter (LibreOffice) is not installed."""

    exit_code = 5
    kind = "missing_converter"
