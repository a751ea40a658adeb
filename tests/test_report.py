"""The contradiction report: grouping, sides and verdicts, and each rendering (the HTML one in Chromium).

Every Arabic sentence here was written for these tests.
"""

from __future__ import annotations

import html
import json
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest
from claimkit import Article, annotated
from typer.testing import CliRunner

from tracker import compare, report
from tracker.cli.app import app
from tracker.jsonio import write_jsonl
from tracker.models import Record
from tracker.resources import data_dir

LEAD = "تتنافس جبهة النصرة وتنظيم داعش على النفوذ في ريف حلب منذ عامين."
HOSTILE = 'داعش والنصرة تحالفا <script>alert("x")</script> <img src=x onerror="alert(1)"> | `رمز`'


def records() -> list[Record]:
    one = Article("r1", lead=LEAD)
    one.said("المحلل سمير داود", HOSTILE)
    one.said("الخبير نزار قباني", "لا تحالف بين داعش والنصرة", via="أنباء الشام")
    one.said("الباحثة هدى منصور", "التعاون بين داعش والنصرة قائم")
    two = Article("r2", lead=LEAD).said("الخبير نزار قباني", "لا تحالف بين داعش والنصرة")
    other = Article("r3").said("المراسل عمر زيد", "الحوثيون يتلقون دعما من إيران")
    return annotated(one, two, other)


@pytest.fixture(scope="module")
def built() -> report.Report:
    recs = records()
    return report.build(recs, compare.compare(recs, use_stance=False))


def test_groups_sides_and_contradictions_first(built: report.Report) -> None:
    assert len(built.topics) == 1  # the Houthi claim has no second source
    topic = built.topics[0]
    assert topic.proposition == "al_nusra – isis"  # ids, for programs
    assert topic.title == "جبهة النصرة – داعش"  # names, for people: each entity's first alias
    assert topic.names == {"al_nusra": "جبهة النصرة", "isis": "داعش"}
    assert topic.verdicts[0].verdict == "contradict"
    stances = {s.claim: s.stance for s in topic.sides}
    assert stances[HOSTILE] == "affirms" and stances["لا تحالف بين داعش والنصرة"] == "denies"
    chained = next(s for s in topic.sides if s.article == "r1" and s.stance == "denies")
    assert chained.chain == ["أنباء الشام", "الخبير نزار قباني"]
    # the same expert in two articles is one source: an echo, not a second independent denial
    assert topic.echoes == 1 and topic.independent_sources == 3


def test_json_follows_the_report_schema(built: report.Report) -> None:
    schema = json.loads((data_dir("schemas") / "report.schema.json").read_text(encoding="utf-8"))
    data = json.loads(report.render_json(built))
    jsonschema.validate(data, schema)
    data["topics"][0]["sides"][0]["stance"] = "maybe"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_table_and_markdown(built: report.Report) -> None:
    table = report.render_table(built)
    assert "جبهة النصرة – داعش —" in table and "contradict" in table and "لا تحالف" in table
    assert "al_nusra" not in table.splitlines()[0]  # the heading names the actors, not their ids
    md = report.render_md(built)
    assert md.splitlines()[2].startswith("## جبهة النصرة – داعش —")
    assert "<script>" not in md and "&lt;script&gt;" in md
    rows = [line for line in md.splitlines() if line.startswith("| affirms")]
    assert rows and all(line.count("|") == 6 for line in rows)  # a pipe in the claim does not add a column


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    assert found, "the HTML report test needs chromium: `make test` installs it (apt-get install chromium)"
    return found


PROBE = """<script>
(() => {
  const range = document.createRange();
  range.selectNodeContents(document.querySelector("h1"));
  const h1 = range.getBoundingClientRect();  // the heading's text, not its full-width box
  const out = {
    dir: getComputedStyle(document.documentElement).direction,
    lang: document.documentElement.lang,
    h1_right_gap: window.innerWidth - h1.right,
    h1_left_gap: h1.left,
    claims: [...document.querySelectorAll("td.claim")].map(td => td.textContent),
    scripts: document.querySelectorAll("script").length,
    images: document.querySelectorAll("img").length,
    handlers: document.querySelectorAll("[onerror]").length,
  };
  const pre = document.createElement("pre");
  pre.id = "probe";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>"""


def test_html_renders_right_to_left_in_chromium(built: report.Report, tmp_path: Path) -> None:
    page = report.render_html(built)
    assert page.count("<script") == 0  # self-contained, no script of its own
    probe = tmp_path / "probe.html"
    probe.write_text(page.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    run = subprocess.run(
        [
            _chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1200,900", "--dump-dom", probe.as_uri(),
        ],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    start = run.stdout.index('<pre id="probe">') + len('<pre id="probe">')
    raw = run.stdout[start : run.stdout.index("</pre>", start)]
    result = json.loads(html.unescape(raw))
    assert (result["dir"], result["lang"]) == ("rtl", "ar")
    assert result["h1_right_gap"] < result["h1_left_gap"]  # the heading sits on the right
    assert HOSTILE in result["claims"]  # article text shown as text, exactly
    assert "لا تحالف بين داعش والنصرة" in result["claims"]
    assert (result["scripts"], result["images"], result["handlers"]) == (1, 0, 0)  # only the probe runs


def test_report_command_formats_and_bad_input(tmp_path: Path) -> None:
    src = tmp_path / "recs.jsonl"
    write_jsonl(src, records())
    for fmt in ("table", "md", "html", "json"):
        out = tmp_path / f"report.{fmt}"
        res = CliRunner().invoke(app, ["report", str(src), "--format", fmt, "-o", str(out)])
        assert res.exit_code == 0, res.output
        written = out.read_text(encoding="utf-8")
        assert "جبهة النصرة – داعش" in written
        if fmt in ("json", "html"):  # ids stay where programs read them
            assert "al_nusra – isis" in written
    missing = tmp_path / "none.html"
    args = ["report", str(tmp_path / "nope.jsonl"), "--format", "html", "-o", str(missing)]
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 2 and "nope.jsonl" in res.output and not missing.exists()


def test_unknown_actors_are_headed_as_written() -> None:
    """An actor missing from the alias table is grouped by its normalized form (`?حركه ...`) but shown
    as a claim spells it: ta marbuta kept, the conjunction written onto it dropped, no `?`."""
    one = Article("u1").said("المحلل سمير داود", "حركة الفجر الجديد وداعش تحالفتا سرا")
    one.said("الخبير نزار قباني", "لا تحالف بين داعش وحركة الفجر الجديد")
    recs = annotated(one)
    built = report.build(recs, compare.compare(recs, use_stance=False))
    [topic] = built.topics
    unknown = next(e for e in topic.names if e.startswith("?"))
    assert unknown.startswith("?حركه")  # the id stays the normalized form
    assert topic.names[unknown] == "حركة الفجر" and topic.names["isis"] == "داعش"
    assert "?" not in topic.title and "حركة الفجر" in topic.title
    page = report.render_html(built)
    assert "حركة الفجر" in page and "?حركه" in page  # shown by name; the id kept in data-proposition
    assert "?" not in report.render_md(built).splitlines()[2]


def test_display_names() -> None:
    assert report.display_name("isis") == "داعش"
    assert report.display_name("?حركه فجر", ["وقالت إن وحركة فجر تقاتل"]) == "حركة فجر"
    assert report.display_name("?حركه فجر", ["نص لا يذكرها"]) == "حركه فجر"  # not found: the form, no `?`
