from __future__ import annotations

from pathlib import Path

import pytest

from stancemap.errors import DataFileError
from stancemap.issues.catalogue import IssueCatalogue, auto_issue_id, default_catalogue, load_catalogue
from stancemap.issues.detect import ContextTracker, choose_issue


@pytest.fixture(scope="module")
def cat() -> IssueCatalogue:
    return default_catalogue()


def test_shipped_catalogue_covers_common_issues(cat: IssueCatalogue) -> None:
    for iid in ("syria", "iran:nuclear", "ukraine", "ukraine:crimea", "israel_palestine", "north_korea",
                "sanctions", "ceasefire", "trade", "climate", "migration", "nato_enlargement", "taiwan", "kashmir"):
        assert iid in cat, iid
    assert len(cat) >= 50
    assert cat.root("iran:nuclear") == "iran"
    assert cat.root("ukraine:crimea") == "ukraine"
    assert cat.depth("iran:nuclear") == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("a ceasefire in Idlib province", "syria"),
    ("the enrichment of uranium at Tehran's plants", "iran:nuclear"),
    ("the annexation of Crimea", "ukraine:crimea"),
    ("new tariffs on steel imports", "trade"),
    ("the Paris Agreement on climate change", "climate"),
    ("missile launches by Pyongyang", "north_korea"),
])
def test_best_issue(cat: IssueCatalogue, text: str, expected: str) -> None:
    m = cat.best(text)
    assert m is not None and m.issue.id == expected


def test_regional_beats_theme_and_scoped_themes(cat: IssueCatalogue) -> None:
    ch = choose_issue(cat, "sanctions", "Moscow said it opposed sanctions against Damascus.")
    assert (ch.id, ch.how) == ("syria", "sentence")
    ch = choose_issue(cat, "sanctions on Freedonia", "They oppose sanctions on Freedonia.",
                      target_states=[("FRD", "Freedonia")])
    assert ch.id == "sanctions@FRD" and "Freedonia" in ch.label


def test_context_and_discovered_issues(cat: IssueCatalogue) -> None:
    ctx = ContextTracker(cat)
    ctx.push("The ministers discussed the war in Yemen.")
    ctx.push("They met twice.")
    ch = choose_issue(cat, "a political settlement", "Both want a political settlement.", context=ctx.last())
    assert (ch.id, ch.how) == ("yemen", "context")
    ctx.new_paragraph()
    assert ctx.last() is None
    ch = choose_issue(cat, "the new fishing quotas for herring", "They backed the new fishing quotas for herring.")
    assert ch.id.startswith("auto:") or ch.id == "trade"
    assert auto_issue_id(["Herring", "quota"]) == "auto:herring-quota"


def test_a_theme_of_the_paragraph_beats_the_articles_region(cat: IssueCatalogue) -> None:
    """A sentence naming no issue falls back on the theme the paragraph just named (tariffs: trade) before
    the region the article is mostly about; a new paragraph forgets it."""
    ctx = ContextTracker(cat)
    ctx.push("Fighting in Yemen went on for a third week.")
    ctx.new_paragraph()
    ctx.push("The two governments also clashed over tariffs.")
    sent = "Lisbon rejected the proposed cap on imported cork."
    ch = choose_issue(cat, "the proposed cap", sent, paragraph_theme=ctx.last_theme(), article=ctx.article())
    assert (ch.id, ch.how) == ("trade", "paragraph")
    ctx.new_paragraph()
    assert ctx.last_theme() is None
    ch = choose_issue(cat, "the proposed cap", sent, paragraph_theme=ctx.last_theme(), article=ctx.article())
    assert (ch.id, ch.how) == ("yemen", "article")


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "extra.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_user_catalogue_extends_and_overrides(tmp_path: Path) -> None:
    p = _write(tmp_path, "issues:\n  - id: fisheries\n    label: Fisheries dispute\n    aliases: [herring, fishing quotas]\n")
    cat = load_catalogue([p])
    m = cat.best("new fishing quotas for herring")
    assert m is not None and m.issue.id == "fisheries"
    assert "syria" in cat


@pytest.mark.parametrize(("body", "message", "line"), [
    ("issues:\n  - id: Bad Id\n    label: x\n    aliases: [x]\n", "bad issue id", 2),
    ("issues:\n  - id: ok\n    aliases: [x]\n", "label", 2),
    ("issues:\n  - id: ok\n    label: ok\n    parent: nowhere\n    aliases: [x]\n", "unknown parent", 2),
    ("issues:\n  - id: ok\n    label: ok\n    kind: region\n", "no aliases", 2),
    ("issues:\n  - id: ok\n    label: ok\n    aliases: [x]\n    colour: red\n", "unknown key", 2),
    ("issues:\n  - id: ok\n    label: ok\n    patterns: ['(']\n", "bad pattern", 2),
    ("issues: [\n", "invalid YAML", None),
])
def test_validation_errors_have_file_and_line(tmp_path: Path, body: str, message: str, line: int | None) -> None:
    p = _write(tmp_path, body)
    with pytest.raises(DataFileError) as err:
        load_catalogue([p], include_default=False)
    assert message in str(err.value)
    assert str(p) in str(err.value)
    if line is not None:
        assert f"{p}:{line}" in str(err.value)


def test_article_topic_is_the_last_resort_before_discovery() -> None:
    from stancemap.issues.catalogue import default_catalogue
    from stancemap.issues.detect import ContextTracker, choose_issue

    cat = default_catalogue()
    ctx = ContextTracker(cat)
    for s in ("Seoul and Tokyo met over North Korea.", "Talks went on.", "Nothing else.", "Still nothing."):
        ctx.push(s)
    ctx.new_paragraph()
    assert ctx.last() is None and ctx.article() == "north_korea"
    plain = choose_issue(cat, "the new proposal", "Tokyo rejected the new proposal.")
    assert plain.how == "auto"
    found = choose_issue(cat, "the new proposal", "Tokyo rejected the new proposal.", article=ctx.article())
    assert (found.id, found.how) == ("north_korea", "article")
    assert sorted(cat.scope_words("syria")) and "syria" in cat.scope_words("syria:chemical_weapons")
    assert cat.scope_words("sanctions") == frozenset()
