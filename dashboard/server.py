"""The dashboard server: the Streamlit app plus the route that opens original documents.

    streamlit run dashboard/server.py      (or: make dashboard)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st  # noqa: E402
from starlette.routing import Route  # noqa: E402

from dashboard.originals import ORIGINAL_ROUTE, serve_original  # noqa: E402

app = st.App(str(Path(__file__).resolve().parent / "app.py"),
             routes=[Route(ORIGINAL_ROUTE + "/{document_id}", serve_original)])
