"""Submitting an admin change form as a browser would: every field the page renders, with a few changed."""

from html.parser import HTMLParser


class _FormFields(HTMLParser):
    """The successful controls of the page's main form (#role_form and the like): name → values."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.fields: dict[str, list[str]] = {}
        self._in_form = False
        self._select: str | None = None
        self._select_multiple = False
        self._first: str | None = None
        self._textarea: str | None = None
        self._text = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("id", "").endswith("_form"):
            self._in_form = True
        if not self._in_form:
            return
        name = a.get("name")
        if tag == "input" and name and "disabled" not in a:
            kind = a.get("type", "text")
            if kind in ("submit", "button", "image", "file"):
                return
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            self.fields.setdefault(name, []).append(a.get("value", "on" if kind == "checkbox" else ""))
        elif tag == "select" and name:
            self._select, self._select_multiple, self._first = name, "multiple" in a, None
            self.fields.setdefault(name, [])
        elif tag == "option" and self._select is not None:
            if self._first is None:
                self._first = a.get("value", "")
            if "selected" in a:
                self.fields[self._select].append(a.get("value", ""))
        elif tag == "textarea" and name:
            self._textarea, self._text = name, ""

    def handle_data(self, data):
        if self._textarea is not None:
            self._text += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_form = False
        elif tag == "select" and self._select is not None:
            # A single select with nothing selected sends its first option.
            if not self._select_multiple and not self.fields[self._select] and self._first is not None:
                self.fields[self._select].append(self._first)
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            # A browser drops the one newline that follows <textarea>.
            self.fields.setdefault(self._textarea, []).append(self._text.removeprefix("\n"))
            self._textarea = None


def change_form_data(html: str) -> dict[str, list[str]]:
    """The data a browser would post from this admin change (or add) page, unchanged."""
    parser = _FormFields()
    parser.feed(html)
    return parser.fields


def post_change_form(client, url: str, **changes) -> object:
    """GET the admin form at `url`, change some fields (name=value or name=[values]), POST it back."""
    data = change_form_data(client.get(url).content.decode())
    for name, value in changes.items():
        data[name] = value if isinstance(value, list) else [value]
    data.pop("csrfmiddlewaretoken", None)
    return client.post(url, data)
