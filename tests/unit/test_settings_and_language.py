"""User preferences (recent projects, language) and the system language."""

from __future__ import annotations

import json

import pytest

from crmdesk.i18n import resolve_language, system_language
from crmdesk.settings import MAX_RECENT, AppSettings


@pytest.mark.parametrize("content", [b"", b"{not json", b"\xff\xfe\x00garbage", b'{"language": '])
def test_a_damaged_settings_file_gives_the_defaults(tmp_path, content):
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    assert AppSettings.load(path) == AppSettings()


def test_a_missing_settings_file_gives_the_defaults(tmp_path):
    settings = AppSettings.load(tmp_path / "nothing.json")
    assert settings == AppSettings(language="auto", recent_projects=[])
    assert settings.last_project is None


def test_unknown_values_are_ignored(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"language": "de", "recent_projects": ["/a.crmdesk", 3, None]}))
    assert AppSettings.load(path) == AppSettings(language="auto", recent_projects=["/a.crmdesk"])
    path.write_text(json.dumps({"language": "fr", "recent_projects": "not a list"}))
    assert AppSettings.load(path) == AppSettings(language="fr", recent_projects=[])


@pytest.mark.parametrize("content", ["[1, 2]", "42", '"fr"', "null"])
def test_a_settings_file_that_is_not_an_object_gives_the_defaults(tmp_path, content):
    path = tmp_path / "settings.json"
    path.write_text(content)
    assert AppSettings.load(path) == AppSettings()


def test_remember_and_forget_recent_projects(tmp_path):
    settings = AppSettings()
    paths = [tmp_path / f"p{i}.crmdesk" for i in range(MAX_RECENT + 3)]
    for p in paths:
        settings.remember(p)
    assert len(settings.recent_projects) == MAX_RECENT
    assert settings.recent_projects == [str(p) for p in reversed(paths)][:MAX_RECENT]
    settings.remember(paths[-5])  # opened again: back to the top, not duplicated
    assert settings.last_project == str(paths[-5])
    assert settings.recent_projects.count(str(paths[-5])) == 1
    assert len(settings.recent_projects) == MAX_RECENT
    settings.forget(paths[-5])
    assert str(paths[-5]) not in settings.recent_projects
    assert settings.last_project == str(paths[-1])
    settings.forget(tmp_path / "never-opened.crmdesk")  # harmless


def test_settings_round_trip_and_are_capped_on_load(tmp_path):
    path = tmp_path / "config" / "settings.json"
    settings = AppSettings(language="en")
    settings.remember(tmp_path / "a.crmdesk")
    settings.save(path)
    assert AppSettings.load(path) == settings
    assert not list(path.parent.glob("*.tmp"))
    path.write_text(json.dumps({"recent_projects": [f"/p{i}" for i in range(MAX_RECENT + 5)]}))
    assert len(AppSettings.load(path).recent_projects) == MAX_RECENT


@pytest.mark.parametrize("lang, expected", [
    ("fr_FR.UTF-8", "fr"), ("fr_CA.UTF-8", "fr"), ("en_US.UTF-8", "en"), ("de_DE.UTF-8", "en"),
    ("C.UTF-8", "en"),
])
def test_system_language_from_lang(monkeypatch, lang, expected):
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", lang)
    assert system_language() == expected


def test_lc_all_wins_over_lang(monkeypatch):
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    assert system_language() == "fr"


def test_resolve_language(monkeypatch):
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert resolve_language("en") == "en"
    assert resolve_language("fr") == "fr"
    assert resolve_language("auto") == "fr"
    assert resolve_language(None) == "fr"
