"""The workspace's HTTP side (``briefing serve``): the JSON API, its errors, its safety rules, and
pages that show hostile articles as text. The browser flow is in test_serve_browser.py."""

from __future__ import annotations

import concurrent.futures
import hashlib
import io
import json
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import PINNED_DATE, SAMPLE
from pptx import Presentation
from serving import running_server
from starlette.testclient import TestClient

try:  # Starlette's TestClient moved to httpx2, the same API
    import httpx2 as httpx
except ImportError:  # pragma: no cover - an older Starlette with httpx
    import httpx  # type: ignore[no-redef]

from briefing.cli import main
from briefing.deliver.serve import ServeSettings, create_app
from briefing.deliver.serve.workspace import DATA
from briefing.errors import InputError

NASTY = Path(__file__).parent / "nasty"
BASE = "http://127.0.0.1:8000"
DATE = PINNED_DATE.isoformat()
ARTICLE = SAMPLE.read_text(encoding="utf-8")
TOKEN = "a-token-of-at-least-sixteen-characters"


def client(tmp_path: Path, **settings: object) -> TestClient:
    app = create_app(ServeSettings(root=tmp_path / "ws", **settings), warm_up=False)  # type: ignore[arg-type]
    return TestClient(app, base_url=BASE, raise_server_exceptions=False)


def create(c: TestClient, text: str = ARTICLE, **options: object) -> dict:
    response = c.post("/api/briefings", json={"text": text, "options": {"date": DATE, **options}})
    assert response.status_code == 201, response.text
    return response.json()


def assert_error(response: httpx.Response, status: int, *words: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and isinstance(body["error"], str)
    assert "Traceback" not in response.text and 'File "' not in response.text
    for word in words:
        assert word in body["error"], body["error"]


def deck_text(data: bytes) -> str:
    deck = Presentation(io.BytesIO(data))
    return "\n".join(shape.text_frame.text for slide in deck.slides for shape in slide.shapes if shape.has_text_frame)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory):
    """One client and one briefing of the sample article, shared by the read-only tests."""
    with client(tmp_path_factory.mktemp("serve")) as c:
        yield c, create(c)


# ------------------------------------------------------------------ the API


def test_create_from_json_returns_the_briefing_with_its_figures_charts_and_links(workspace):
    _, made = workspace
    assert made["title"] == ARTICLE.splitlines()[0]
    assert {"id", "title", "figures", "charts", "warnings", "links"} <= set(made)
    assert [f["quote"] for f in made["figures"]][:1] == ["$2.4 billion"] and made["charts"]
    assert all(f["sentence"] for f in made["figures"])
    bid = made["id"]
    assert made["links"]["page"] == f"/briefings/{bid}"
    for name, path in (("deck", "deck.pptx"), ("memo", "memo.pdf"), ("email", "message.eml"), ("data", "data.yaml")):
        assert made["links"][name] == f"/api/briefings/{bid}/{path}"


def test_create_from_a_multipart_upload_keeps_the_file_format(tmp_path):
    markdown = "# Acme raises $120 million\n\nAcme said on Monday it raised $120 million from investors.\n"
    with client(tmp_path) as c:
        response = c.post("/api/briefings", files={"article": ("story.md", markdown.encode(), "text/markdown")},
                          data={"date": DATE, "paper": "Letter"})
        assert response.status_code == 201, response.text
        made = response.json()
        assert made["title"] == "Acme raises $120 million" and made["options"]["paper"] == "Letter"
        assert (tmp_path / "ws" / made["id"] / "article.md").read_text(encoding="utf-8") == markdown


def test_list_get_and_delete(tmp_path):
    with client(tmp_path) as c:
        first, second = create(c), create(c, ARTICLE.replace("Innotron Puts", "Innotron Sinks", 1))
        listed = c.get("/api/briefings").json()
        assert {b["id"] for b in listed} == {first["id"], second["id"]}
        assert all(b["figure_count"] == 3 and b["date"] == DATE for b in listed)
        assert c.get(f"/api/briefings/{first['id']}").json()["figures"] == first["figures"]
        assert c.delete(f"/api/briefings/{first['id']}").json() == {"id": first["id"], "deleted": True}
        assert_error(c.get(f"/api/briefings/{first['id']}"), 404, first["id"])
        assert not (tmp_path / "ws" / first["id"]).exists()
        assert [b["id"] for b in c.get("/api/briefings").json()] == [second["id"]]


def test_put_data_rebuilds_and_the_deck_names_the_new_owner(tmp_path):
    with client(tmp_path) as c:
        made = create(c)
        bid = made["id"]
        assert "Innotron Holdings" not in deck_text(c.get(f"/api/briefings/{bid}/deck.pptx").content)
        fix = {"correct": [{"quote": "$2.4 billion", "subject": "Innotron Holdings"}], "drop": [{"quote": "5.5%"}]}
        response = c.put(f"/api/briefings/{bid}/data", json=fix)
        assert response.status_code == 200, response.text
        figures = response.json()["figures"]
        assert figures[0]["subject"] == "Innotron Holdings" and "5.5%" not in [f["quote"] for f in figures]
        assert "Innotron Holdings" in deck_text(c.get(f"/api/briefings/{bid}/deck.pptx").content)
        assert "Innotron Holdings" in c.get(f"/api/briefings/{bid}/data.yaml").text
        yaml_fix = 'correct:\n  - {quote: "82%", period: Q3 2024}\n'
        response = c.put(f"/api/briefings/{bid}/data", content=yaml_fix, headers={"content-type": "application/yaml"})
        assert [f["period"] for f in response.json()["figures"] if f["quote"] == "82%"] == ["Q3 2024"]
        assert c.get(f"/api/briefings/{bid}/data.yaml").text == yaml_fix


@pytest.mark.parametrize("body,words", [
    ({"correct": [{"quote": "$2.4 billion", "owner": "X"}]}, ("data.yaml", "unknown field 'owner'")),
    ({"correct": [{"quote": "$9 trillion", "subject": "X"}]}, ("no figure with quote '$9 trillion'",)),
    ({"corrections": []}, ("unknown field 'corrections'",)),
    ([1, 2], ("expected an object",)),
])
def test_a_bad_data_file_is_422_and_changes_nothing(workspace, body, words):
    c, made = workspace
    before = c.get(f"/api/briefings/{made['id']}/data.yaml").content
    assert_error(c.put(f"/api/briefings/{made['id']}/data", json=body), 422, *words)
    assert c.get(f"/api/briefings/{made['id']}/data.yaml").content == before


def test_the_folder_rebuilds_byte_for_byte_with_briefing_build(tmp_path):
    with client(tmp_path) as c:
        made = create(c, paper="Letter", template="corporate")
        c.put(f"/api/briefings/{made['id']}/data", json={"correct": [{"quote": "$2.4 billion", "subject": "Innotron Ltd"}]})
        record = json.loads((tmp_path / "ws" / made["id"] / "record.json").read_text(encoding="utf-8"))
    folder, out = tmp_path / "ws" / made["id"], tmp_path / "again"
    assert record["command"] == ("briefing build article.txt --data data.yaml --date 2026-11-25 -o . "
                                 "--paper Letter --template corporate")
    assert main(["build", str(folder / "article.txt"), "--data", str(folder / DATA), "--date", DATE,
                 "--paper", "Letter", "--template", "corporate", "-o", str(out), "-q"]) == 0
    for name, digest in ((record["deck"], record["deck_sha256"]), (record["memo"], record["memo_sha256"])):
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == digest
        assert (folder / name).read_bytes() == (out / name).read_bytes()


def test_downloads_message_and_zip(workspace):
    c, made = workspace
    bid = made["id"]
    deck, memo = c.get(f"/api/briefings/{bid}/deck.pptx"), c.get(f"/api/briefings/{bid}/memo.pdf")
    assert deck.content[:2] == b"PK" and "presentationml" in deck.headers["content-type"]
    assert memo.content[:5] == b"%PDF-" and memo.headers["content-disposition"].endswith('.pdf"')
    assert_error(c.get(f"/api/briefings/{bid}/message.eml"), 404, "no message composed yet")
    assert_error(c.post(f"/api/briefings/{bid}/email", json={"to": ["not an address"]}), 400, "to")
    composed = c.post(f"/api/briefings/{bid}/email", json={"to": ["Ana <ana@example.com>"], "from": "desk@example.com"})
    assert composed.status_code == 200 and composed.json()["sent"] is False
    message = c.get(f"/api/briefings/{bid}/message.eml")
    assert message.status_code == 200 and b"To: Ana <ana@example.com>" in message.content
    assert b"application/pdf" in message.content
    archive = zipfile.ZipFile(io.BytesIO(c.get(f"/api/briefings/{bid}/briefing.zip").content))
    names = {Path(n).name for n in archive.namelist()}
    assert {"data.yaml", "article.txt", "record.json"} <= names
    assert {Path(n).suffix for n in names} >= {".pptx", ".pdf", ".eml"}
    stem = Path(made["links"]["deck"]).parent.name
    assert archive.read(next(n for n in archive.namelist() if n.endswith(".pptx"))) == deck.content, stem
    assert_error(c.post(f"/api/briefings/{bid}/email", json={"to": ["a@example.com"], "send": True}), 400, "--smtp-host")


@pytest.mark.parametrize("request_args,status,words", [
    ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400, ("not JSON",)),
    ({"json": {"text": ""}}, 400, ("empty",)),
    ({"json": {"text": "   \n\n  "}}, 400, ("empty",)),
    ({"json": {"text": ARTICLE, "options": {"theme": "/etc/passwd"}}}, 400, ("options.theme", "default")),
    ({"json": {"text": ARTICLE, "options": {"template": "../../x.pptx"}}}, 400, ("options.template", "corporate")),
    ({"json": {"text": ARTICLE, "options": {"paper": "B5"}}}, 400, ("paper",)),
    ({"json": {"text": ARTICLE, "options": {"date": "soon"}}}, 400, ("date",)),
    ({"json": {"text": ARTICLE, "colour": "red"}}, 400, ("colour",)),
    ({"json": {"text": ARTICLE, "input_format": "docx"}}, 400, ("input_format", "markdown")),
    ({"json": {"text": "no headline here"}}, None, ()),  # one line: a headline and nothing else is still an article
    ({"files": {"article": ("a.txt", (NASTY / "image.txt").read_bytes())}}, 400, ("not a text file",)),
    ({"files": {"article": ("a.txt", (NASTY / "latin1.txt").read_bytes())}}, 400, ("not UTF-8 text",)),
])
def test_bad_input_is_400_with_the_readers_message(workspace, request_args, status, words):
    c, _ = workspace
    response = c.post("/api/briefings", **request_args)
    if status is None:
        assert response.status_code in (201, 400) and "Traceback" not in response.text
        return
    assert_error(response, status, *words)


def test_themes_and_templates_of_the_themes_folder_are_offered_by_name(tmp_path):
    from briefing.bundled import bundled, template_path
    from briefing.deliver.serve import Choices

    themes = tmp_path / "themes"
    themes.mkdir()
    (themes / "brand.json").write_text(bundled("theme.json").read_text(encoding="utf-8"), encoding="utf-8")
    (themes / "board.pptx").write_bytes(template_path("corporate").read_bytes())
    (themes / "notes.txt").write_text("not a theme", encoding="utf-8")
    with client(tmp_path, choices=Choices.load(themes)) as c:
        listed = c.get("/api/choices").json()
        assert listed["themes"] == ["default", "brand"] and listed["templates"] == ["none", "corporate", "board"]
        made = create(c, theme="brand", template="board")
        assert f"--theme {themes / 'brand.json'}" in made["command"] and str(themes / "board.pptx") in made["command"]
        assert_error(c.post("/api/briefings", json={"text": ARTICLE, "options": {"theme": str(themes / "brand.json")}}),
                     400, "options.theme")


def test_oversized_requests_are_413_before_they_are_read(tmp_path):
    with client(tmp_path, max_bytes=10_000) as c:
        big = "Acme grows\n\n" + "Acme sold more widgets. " * 2000
        assert_error(c.post("/api/briefings", json={"text": big}), 413, "limit")
        upload = c.post("/api/briefings", files={"article": ("big.txt", big.encode() * 3)})
        assert_error(upload, 413, "limit")

        def chunks():  # no Content-Length: the limit is counted as the body streams in
            for _ in range(100):
                yield b"x" * 1000

        assert_error(c.post("/api/briefings", content=chunks(), headers={"content-type": "application/json"}), 413)
        assert_error(c.post("/api/briefings", content=b"{}", headers={"content-length": "99999999999"}), 413)
        root = tmp_path / "ws"
        assert not root.exists() or not [p for p in root.iterdir() if not p.name.startswith(".")]


@pytest.mark.parametrize("path", ["/api/briefings/..%2F..%2Fetc%2Fpasswd", "/api/briefings/%2e%2e", "/api/briefings/.previews",
                                  "/api/briefings/UPPER", "/api/briefings/a%5C..%5Cb", "/api/briefings/planted",
                                  "/api/briefings/planted/deck.pptx", "/previews/..%2F..%2Fetc/passwd",
                                  "/previews/" + "0" * 64 + "/..%2Frecord.json"])
def test_ids_cannot_name_anything_outside_the_workspace(workspace, tmp_path, path):
    c, made = workspace
    root = Path(c.app.app.state.server.workspace.root)  # type: ignore[attr-defined]
    outside = tmp_path / "secret"
    outside.mkdir()
    (outside / "record.json").write_text("{}", encoding="utf-8")
    planted = root / "planted"
    if not planted.exists():
        planted.symlink_to(outside, target_is_directory=True)
    response = c.get(path)
    assert response.status_code in (404, 400), response.text
    assert "Traceback" not in response.text and "secret" not in response.text
    assert_error(c.get(f"/api/briefings/{made['id']}/..%2Frecord.json"), 404)


def test_twenty_concurrent_posts_all_succeed(tmp_path):
    settings = ServeSettings(root=tmp_path / "ws")
    texts = [ARTICLE.replace("Innotron Puts", f"Innotron {n} Puts", 1) for n in range(20)]
    with running_server(settings) as url, concurrent.futures.ThreadPoolExecutor(20) as pool:
        def post(text: str) -> httpx.Response:
            return httpx.post(f"{url}/api/briefings", json={"text": text, "options": {"date": DATE}}, timeout=300)

        responses = list(pool.map(post, texts))
        assert [r.status_code for r in responses] == [201] * 20, [r.text for r in responses if r.status_code != 201]
        # While the builds queued, the server kept answering other requests.
        assert httpx.get(f"{url}/api/briefings", timeout=30).status_code == 200
    ids = {r.json()["id"] for r in responses}
    assert len(ids) == 20 and all((tmp_path / "ws" / i / "record.json").is_file() for i in ids)
    assert {r.json()["title"] for r in responses} == {t.splitlines()[0] for t in texts}


# ------------------------------------------------------------------ token, host and cross-site rules


def test_a_token_is_required_by_bearer_header_or_by_the_cookie_the_url_gives(tmp_path):
    with client(tmp_path, token=TOKEN) as c:
        assert_error(c.get("/api/briefings"), 401, "token")
        assert_error(c.get("/api/briefings", headers={"authorization": "Bearer wrong-token-wrong-token"}), 401)
        assert c.get("/api/briefings", headers={"authorization": f"Bearer {TOKEN}"}).status_code == 200
        assert_error(c.get(f"/?token=wrong-{TOKEN}"), 401)
        opened = c.get(f"/?token={TOKEN}", follow_redirects=False)
        assert opened.status_code == 303 and opened.headers["location"] == "/"
        assert "HttpOnly" in opened.headers["set-cookie"] and "SameSite=Strict" in opened.headers["set-cookie"]
        assert c.get("/", headers={"accept": "text/html"}).status_code == 200  # the cookie now stands for the token
        made = c.post("/api/briefings", json={"text": ARTICLE}, headers={"authorization": f"Bearer {TOKEN}"})
        assert made.status_code == 201


def test_any_other_address_than_loopback_needs_a_token():
    with pytest.raises(InputError, match="needs a token"):
        ServeSettings(host="0.0.0.0")
    with pytest.raises(InputError, match="at least 16"):
        ServeSettings(host="0.0.0.0", token="short")
    assert ServeSettings(host="0.0.0.0", token=TOKEN).token == TOKEN
    assert main(["serve", "--host", "0.0.0.0", "--port", "0"]) == 2


def test_a_taken_port_is_a_plain_message(tmp_path, capsys):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--port", str(port), "--root", str(tmp_path)]) == 2
    err = capsys.readouterr()
    assert f"cannot serve on 127.0.0.1:{port}" in err.err and "http://" not in err.out


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1.evil.example"])
def test_a_host_header_naming_another_site_is_refused(workspace, host):
    c, _ = workspace
    assert_error(c.get("/api/briefings", headers={"host": host}), 400, "localhost only")


@pytest.mark.parametrize("headers", [{"origin": "http://evil.example"}, {"sec-fetch-site": "cross-site"},
                                     {"origin": "http://127.0.0.1:9999"}, {"cookie": "briefing_csrf=abc"},
                                     {"cookie": "briefing_csrf=abc", "x-csrf-token": "abd"}])
def test_cross_site_and_tokenless_browser_requests_that_change_state_are_refused(workspace, headers):
    c, made = workspace
    c.cookies.clear()
    assert_error(c.post("/api/briefings", data={"text": ARTICLE}, headers=headers), 403)
    assert_error(c.delete(f"/api/briefings/{made['id']}", headers=headers), 403)
    assert c.get(f"/api/briefings/{made['id']}").status_code == 200


def test_a_browser_with_the_csrf_token_may_change_state(workspace):
    c, _ = workspace
    c.cookies.clear()
    headers = {"cookie": "briefing_csrf=the-token", "x-csrf-token": "the-token", "origin": BASE}
    assert c.post("/api/briefings", json={"text": ARTICLE}, headers=headers).status_code == 201


def test_page_forms_need_their_csrf_token(workspace):
    c, made = workspace
    c.cookies.clear()
    page = c.get(f"/briefings/{made['id']}", headers={"accept": "text/html"})
    token = page.cookies.get("briefing_csrf")
    assert token and f'value="{token}"' in page.text
    bid = made["id"]
    original = c.get(f"/api/briefings/{bid}").json()["figures"][0]["subject"]
    refused = c.post(f"/briefings/{bid}", data={"f1.subject": "Nobody"}, headers={"accept": "text/html"})
    assert refused.status_code == 403 and "Nobody" not in c.get(f"/api/briefings/{bid}/data.yaml").text
    accepted = c.post(f"/briefings/{bid}", data={"csrf_token": token, "f1.subject": "Innotron Group"},
                      follow_redirects=False)
    assert accepted.status_code == 303, accepted.text
    assert c.get(f"/api/briefings/{bid}").json()["figures"][0]["subject"] == "Innotron Group"
    assert f"Corrected: owner was \u201c{original}\u201d" in c.get(f"/briefings/{bid}").text


# ------------------------------------------------------------------ hostile articles on the pages


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


OUR_TAGS = {"html", "head", "meta", "title", "link", "script", "body", "a", "header", "nav", "main", "footer", "h1",
            "h2", "h3", "p", "section", "ul", "li", "form", "input", "table", "thead", "tbody", "tr", "th", "td",
            "select", "option", "span", "q", "mark", "fieldset", "legend", "label", "button", "details", "summary",
            "pre", "code", "dl", "dt", "dd", "textarea", "ol", "img", "div"}


def assert_only_our_markup(html: str) -> None:
    parser = _Tags()
    parser.feed(html)
    assert {tag for tag, _ in parser.tags} <= OUR_TAGS, {tag for tag, _ in parser.tags} - OUR_TAGS
    assert [a.get("src") for tag, a in parser.tags if tag == "script"] == ["/static/app.js"]
    assert not [a for _, attrs in parser.tags for a in attrs if a.startswith("on")]
    assert not [a for tag, a in parser.tags if tag == "img" and not str(a.get("src", "")).startswith("/previews/")]
    assert not [a for tag, a in parser.tags if tag == "a" and str(a.get("href", "")).startswith(("http", "file", "javascript"))]


@pytest.mark.parametrize("path", sorted(NASTY.glob("*.txt")), ids=lambda p: p.stem)
def test_nasty_inputs_render_as_text(workspace, path):
    c, _ = workspace
    c.cookies.clear()
    response = c.post("/api/briefings", files={"article": (path.name, path.read_bytes())}, data={"date": DATE})
    if response.status_code == 400:  # not an article: the reader's message, nothing more
        assert_error(response, 400, path.name.split(".")[0][:0])
        return
    assert response.status_code == 201, response.text
    made = response.json()
    for page in (f"/briefings/{made['id']}", "/"):
        html = c.get(page, headers={"accept": "text/html"}).text
        assert_only_our_markup(html)
    if path.stem == "markup":
        review = c.get(f"/briefings/{made['id']}").text
        assert "&lt;img src=x&gt;" in review and "&lt;b&gt;Bold&lt;/b&gt;" in review


def test_the_preview_page_shows_memo_pages_and_their_text(workspace):
    c, made = workspace
    page = c.get(f"/briefings/{made['id']}/preview", headers={"accept": "text/html"})
    assert page.status_code == 200
    assert_only_our_markup(page.text)
    images = [a["src"] for tag, a in _parse(page.text) if tag == "img"]
    memo_pages = [src for src in images if "/page-" in src]
    assert memo_pages and all(c.get(src).content[:4] == b"\x89PNG" for src in memo_pages[:2])
    assert "Innotron" in page.text  # the memo's own text, read back from the PDF
    assert c.get("/previews/" + "f" * 64 + "/page-1.png").status_code == 404


def _parse(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def test_previews_without_libreoffice_show_the_charts_and_slide_titles(workspace, tmp_path):
    from briefing.deliver.serve.previews import NO_LIBREOFFICE, Previews

    c, made = workspace
    deck = tmp_path / "deck.pptx"
    deck.write_bytes(c.get(f"/api/briefings/{made['id']}/deck.pptx").content)
    preview = Previews(tmp_path / "cache", soffice=None).deck(deck, hashlib.sha256(deck.read_bytes()).hexdigest())
    assert preview.note == NO_LIBREOFFICE and preview.images and all(i.startswith("chart-") for i in preview.images)
    assert made["title"] in preview.texts[0] or preview.texts[0]
    assert len(preview.texts) == len(Presentation(str(deck)).slides)


# ------------------------------------------------------------------ the review form, as data.yaml


def _figures():
    from briefing.model.types import Direction, Figure

    return (Figure("Acme", "sales growth", 8.0, "%", "8%", "Acme sales rose 8%.", id="f1", direction=Direction.UP),
            Figure("Beta", "revenue change", -8.0, "%", "8%", "Beta revenue fell 8%.", id="f2", direction=Direction.DOWN),
            Figure("Acme", "investment", 2.4e9, "USD", "$2.4 billion", "Acme invests $2.4 billion.", id="f3"))


@pytest.mark.parametrize("form,expected", [
    ({}, {}),
    ({"f3.subject": "Acme Holdings"}, {"correct": [{"quote": "$2.4 billion", "subject": "Acme Holdings"}]}),
    ({"f2.subject": "Beta Corp"},  # "8%" twice: the sentence says which
     {"correct": [{"quote": "8%", "sentence": "Beta revenue fell 8%.", "subject": "Beta Corp"}]}),
    ({"f1.direction": "down"}, {"correct": [{"quote": "8%", "sentence": "Acme sales rose 8%.", "direction": "down"}]}),
    ({"f3.value": "2,500,000,000", "f3.charted": "no"},
     {"correct": [{"quote": "$2.4 billion", "value": 2.5e9, "charted": False}]}),
    ({"f3.drop": "1", "f3.subject": "ignored when dropped"}, {"drop": [{"quote": "$2.4 billion"}]}),
    ({"new.subject": "Acme", "new.metric": "staff", "new.value": "1200", "new.unit": "people"},
     {"add": [{"subject": "Acme", "metric": "staff", "unit": "people", "value": 1200.0}]}),
    ({"f3.subject": "Acme", "f3.value": "2400000000", "f3.charted": "auto"}, {}),  # unchanged fields set nothing
])
def test_the_review_form_becomes_a_data_file(form, expected):
    from briefing.deliver.serve.review import data_from_form

    previous = {"source": "Reviewed", "add": [{"subject": "Old", "metric": "m", "value": 1, "unit": "USD"}]}
    data = data_from_form({**form, "add.0.remove": "1"}, _figures(), previous)
    assert data == {"source": "Reviewed", **expected}


@pytest.mark.parametrize("form,message", [
    ({"f3.value": "lots"}, "figure f3 value: 'lots' is not a number"),
    ({"f1.direction": "sideways"}, "direction 'sideways'"),
    ({"f1.charted": "maybe"}, "charted 'maybe'"),
    ({"new.subject": "Acme"}, "new figure: give its metric, value, unit"),
])
def test_a_bad_review_form_names_the_field(form, message):
    from briefing.deliver.serve.review import data_from_form

    with pytest.raises(InputError, match=message):
        data_from_form(form, _figures(), {})


def test_each_figure_is_marked_in_its_sentence():
    from briefing.deliver.serve.review import marked

    text = "Acme sales rose 8%. Beta revenue fell 8%. Acme invests $2.4 billion."
    segments = marked(text, _figures())
    assert "".join(s.text for s in segments) == text
    assert [(s.text, s.figure) for s in segments if s.figure] == [("8%", "f1"), ("8%", "f2"), ("$2.4 billion", "f3")]
