"""Read a clerk page's form as a browser would submit it, so tests change only what they mean to."""

from __future__ import annotations

from html.parser import HTMLParser


class _FormReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[list[tuple[str, str]]] = []
        self._form: list[tuple[str, str]] | None = None
        self._in_template = 0
        self._textarea: str | None = None
        self._text: list[str] = []
        self._select: str | None = None
        self._options: list[tuple[str, bool]] = []
        self._option_value: str | None = None
        self._option_selected = False
        self._option_text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "template":
            self._in_template += 1
        if self._in_template:
            return
        if tag == "form":
            self._form = []
            self.forms.append(self._form)
        if self._form is None:
            return
        name = a.get("name")
        if tag == "input" and name:
            kind = a.get("type", "text")
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            self._form.append((name, a.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "textarea" and name:
            self._textarea, self._text = name, []
        elif tag == "select" and name:
            self._select, self._options = name, []
        elif tag == "option" and self._select:
            self._option_value = a.get("value")
            self._option_selected = "selected" in a
            self._option_text = []

    def handle_data(self, data):
        if self._textarea is not None:
            self._text.append(data)
        if self._option_value is not None or (self._select and self._option_text is not None):
            self._option_text.append(data)

    def handle_endtag(self, tag):
        if tag == "template":
            self._in_template -= 1
            return
        if self._in_template:
            return
        if tag == "textarea" and self._textarea is not None:
            text = "".join(self._text)
            self._form.append((self._textarea, text[1:] if text.startswith("\n") else text))
            self._textarea = None
        elif tag == "option" and self._select:
            value = self._option_value
            if value is None:
                value = "".join(self._option_text).strip()
            self._options.append((value, self._option_selected))
            self._option_value = None
        elif tag == "select" and self._select:
            chosen = [v for v, selected in self._options if selected]
            if not chosen and self._options:
                chosen = [self._options[0][0]]
            self._form.extend((self._select, v) for v in chosen)
            self._select = None
        elif tag == "form":
            self._form = None


def form_data(response, containing: str) -> dict[str, str | list[str]]:
    """The fields of the page's form that has a field named `containing`, as the browser sends them."""
    reader = _FormReader()
    reader.feed(response.content.decode())
    for fields in reader.forms:
        if any(name == containing for name, _ in fields):
            data: dict[str, str | list[str]] = {}
            for name, value in fields:
                if name in data:
                    existing = data[name]
                    data[name] = (
                        [*existing, value] if isinstance(existing, list) else [existing, value]
                    )
                else:
                    data[name] = value
            return data
    raise AssertionError(f"No form on the page has a field named {containing!r}")
