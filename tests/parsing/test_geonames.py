import json

from postings.parsing import _geonames


def _forget():
    _geonames._index.cache_clear()


def test_the_city_index_is_kept_in_the_cache_folder_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    _forget()
    try:
        assert _geonames.city("Riga")[0] == "LV"
        (saved,) = (tmp_path / "jobboard").glob("geonames-*.json")
        # A later process reads the saved index instead of building it again.
        saved.write_text(json.dumps({"cities": {"riga": ["XX", 20000]}, "rivals": {}}), "utf-8")
        _forget()
        assert _geonames.city("Riga") == ("XX", 20000)
    finally:
        _forget()


def test_a_damaged_or_unwritable_cache_falls_back_to_building_the_index(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file"))
    (tmp_path / "file").write_text("not a folder")  # the cache folder cannot be made
    _forget()
    try:
        assert _geonames.city("Zaandam")[0] == "NL"
    finally:
        _forget()


def test_villages_answer_only_for_labels_and_only_without_a_namesake_abroad():
    assert _geonames.city("Redbourn") is None  # 5,000 people: no city met in prose
    assert _geonames.city("Redbourn", smallest=1000)[0] == "GB"
    assert _geonames.city("Providencia", smallest=1000) is None  # Mexico's and Colombia's
    assert _geonames.labelled_cities("Redbourn") == [("Redbourn", "GB")]
    assert _geonames.labelled_cities("Perú") == []  # a country, not Peru, Indiana
