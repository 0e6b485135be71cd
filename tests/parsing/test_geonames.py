import json

from postings.parsing import _geonames


def test_the_city_index_is_kept_in_the_cache_folder_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    _geonames._cities.cache_clear()
    try:
        assert _geonames.city("Riga")[0] == "LV"
        (saved,) = (tmp_path / "jobboard").glob("geonames-*.json")
        # A later process reads the saved index instead of building it again.
        saved.write_text(json.dumps({"riga": ["XX", 1]}), "utf-8")
        _geonames._cities.cache_clear()
        assert _geonames.city("Riga") == ("XX", 1)
    finally:
        _geonames._cities.cache_clear()


def test_a_damaged_or_unwritable_cache_falls_back_to_building_the_index(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file"))
    (tmp_path / "file").write_text("not a folder")  # the cache folder cannot be made
    _geonames._cities.cache_clear()
    try:
        assert _geonames.city("Zaandam")[0] == "NL"
    finally:
        _geonames._cities.cache_clear()
