"""Two processes ingesting into the same embedded knowledge base at once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from socialreply.knowledge import KnowledgeBase

SCRIPT = """
import sys
from socialreply.knowledge import KnowledgeBase
kb = KnowledgeBase.open(sys.argv[1])
report = kb.ingest([sys.argv[2]])
print(report.chunks_added, report.chunks_unchanged)
"""


def test_two_processes_ingest_the_same_store(tmp_path: Path, fixture_store: Path) -> None:
    kb_dir = tmp_path / "kb"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", SCRIPT, str(kb_dir), str(fixture_store)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = []
    for proc in procs:
        out, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, err
        outputs.append(tuple(int(x) for x in out.split()))
    # The file lock serialises them: one writes everything, the other finds it all there.
    total = sum(added for added, _ in outputs)
    assert sorted(added for added, _ in outputs)[0] == 0
    with KnowledgeBase.open(kb_dir) as kb:
        records = kb._store.records()
        assert len(records.ids) == len(set(records.ids)) == total
        assert kb.search("do gift cards expire", k=1)[0].doc_id == "faq-gift-cards"
        again = kb.ingest([fixture_store])
        assert (again.chunks_added, again.chunks_removed) == (0, 0)
