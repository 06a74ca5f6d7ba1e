"""Runs every test and prints a closing count that the repo's CI adds to its total.

Same as `python3 -m unittest discover -s tests -v`, plus a last line `Tests  N passed | M failed (T)`.
"""

from __future__ import annotations

import sys
import unittest
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here))
suite = unittest.defaultTestLoader.discover(str(here), top_level_dir=str(here))
result = unittest.TextTestRunner(verbosity=2).run(suite)
failed = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
skipped = len(result.skipped)
passed = result.testsRun - failed - skipped
print(f"      Tests  {passed} passed | {failed} failed ({result.testsRun})", flush=True)
sys.exit(0 if result.wasSuccessful() and result.testsRun > 0 else 1)
