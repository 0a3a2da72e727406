"""Every test, doctest and docs example runs against the embedded ECB data: a data
directory of updated rates on the developer's machine must not change their results."""

from __future__ import annotations

import os
import tempfile

os.environ["FIGURES_DATA_DIR"] = tempfile.mkdtemp(prefix="figures-test-data-")
