"""Emailing the memo: composing the message, and delivering it to a real SMTP server in this process.

The server is aiosmtpd on 127.0.0.1 (a free port per test, stopped at teardown); TLS uses a
self-signed certificate made with ``openssl`` for the test session.
"""

from __future__ import annotations

import datetime
import email
import email.policy
import shutil
import socket
import ssl
import subprocess
from pathlib import Path

import pytest

aiosmtpd_controller = pytest.importorskip("aiosmtpd.controller", reason="aiosmtpd is in the test extras")
from aiosmtpd.smtp import AuthResult  # noqa: E402 - only once aiosmtpd is known to be there

import briefing.deliver.mail as mail  # noqa: E402
from briefing.api import BuildResult, parse_article  # noqa: E402
from briefing.cli import main  # noqa: E402
from briefing.errors import DeliveryError, InputError  # noqa: E402
from briefing.model import Article, Briefing, Figure  # noqa: E402

PASSWORD = "pa55-Word-never-shown"


# --- a real SMTP server ------------------------------------------------------------------------

class Inbox:
    """An aiosmtpd handler that keeps what it accepts; refuses some recipients, greylists the first ones."""

    def __init__(self, refuse: tuple[str, ...] = (), greylist: int = 0) -> None:
        self.envelopes: list = []
        self.refuse, self.greylist = set(refuse), greylist

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: ANN001, ANN201
        if address in self.refuse:
            return "550 5.1.1 no such user here"
        if self.greylist:
            self.greylist -= 1
            return "451 4.7.1 greylisted, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    def message(self, index: int = 0) -> email.message.EmailMessage:
        return email.message_from_bytes(self.envelopes[index].content, policy=email.policy.default)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server():
    """``start(handler, **aiosmtpd_options) -> port``; every server started is stopped afterwards."""
    controllers = []

    def start(handler: Inbox, **options) -> int:
        controller = aiosmtpd_controller.Controller(handler, hostname="127.0.0.1", port=free_port(), **options)
        controller.start()
        controllers.append(controller)
        return controller.port

    yield start
    for controller in controllers:
        controller.stop()


@pytest.fixture(scope="session")
def certificate(tmp_path_factory) -> Path:
    """A self-signed certificate (and key) for 127.0.0.1, made with openssl: ``cert.pem``, ``key.pem``."""
    if not shutil.which("openssl"):
        pytest.skip("openssl is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1", "-keyout", str(folder / "key.pem"),
                    "-out", str(folder / "cert.pem"), "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
                    "-addext", "basicConstraints=critical,CA:TRUE",
                    "-addext", "keyUsage=critical,digitalSignature,keyCertSign"],
                   check=True, capture_output=True)
    return folder / "cert.pem"


def server_tls(certificate: Path) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certificate, certificate.with_name("key.pem"))
    return context


def authenticator(good_password: str):  # noqa: ANN201 - an aiosmtpd authenticator
    def check(server, session, envelope, mechanism, auth_data):  # noqa: ANN001, ANN202
        ok = auth_data.login == b"ana" and auth_data.password == good_password.encode()
        return AuthResult(success=ok, handled=False)  # handled=False: the server sends the 235/535 answer
    return check


def email_cli(capsys, sample: Path, out: Path, *extra: str) -> tuple[int, str, str]:
    status = main(["email", str(sample), "--to", "Ana <ana@example.com>", "-o", str(out),
                   "--from", "Desk <desk@briefing.example>", "--date", "2026-11-25", *extra])
    stdout, stderr = capsys.readouterr()
    return status, stdout, stderr


# --- delivery through the CLI ------------------------------------------------------------------

def test_cli_sends_bodies_and_the_memo_byte_for_byte(capsys, tmp_path, sample_path, smtp_server):
    inbox = Inbox()
    port = smtp_server(inbox)
    status, out, err = email_cli(capsys, sample_path, tmp_path, "--cc", "bob@example.org", "--attach-deck",
                                 "--send", "--smtp-host", "127.0.0.1", "--smtp-port", str(port))
    assert status == 0, err
    eml = Path(out.strip())
    assert eml.parent == tmp_path and eml.suffix == ".eml" and eml.is_file()
    stem = eml.stem
    (envelope,) = inbox.envelopes
    assert envelope.mail_from == "desk@briefing.example"
    assert sorted(envelope.rcpt_tos) == ["ana@example.com", "bob@example.org"]
    received = inbox.message()
    assert received["Subject"] == parse_article(sample_path).title
    assert received["Message-ID"].endswith("@briefing.example>")
    text = received.get_body(("plain",)).get_content()
    html = received.get_body(("html",)).get_content()
    for body in (text, html):
        assert "Bottom line" in body and "Key takeaways" in body and "Figures" in body
    assert "<table" in html and "<li>" in html
    attachments = {part.get_filename(): part for part in received.iter_attachments()}
    assert attachments[f"{stem}.pdf"].get_content_type() == "application/pdf"
    assert attachments[f"{stem}.pdf"].get_content() == (tmp_path / f"{stem}.pdf").read_bytes()
    assert attachments[f"{stem}.pptx"].get_content() == (tmp_path / f"{stem}.pptx").read_bytes()
    assert envelope.content.replace(b"\r\n", b"\n") == eml.read_bytes().replace(b"\r\n", b"\n")


def test_cli_starttls_with_a_self_signed_certificate_and_login(capsys, tmp_path, sample_path, smtp_server,
                                                               certificate, monkeypatch):
    inbox = Inbox()
    port = smtp_server(inbox, tls_context=server_tls(certificate), authenticator=authenticator(PASSWORD))
    monkeypatch.setenv("BRIEFING_SMTP_USER", "ana")
    monkeypatch.setenv("BRIEFING_SMTP_PASSWORD", PASSWORD)
    monkeypatch.setenv("BRIEFING_SMTP_CAFILE", str(certificate))
    status, out, err = email_cli(capsys, sample_path, tmp_path, "--send", "--smtp-host", "127.0.0.1",
                                 "--smtp-port", str(port), "--starttls")
    assert status == 0, err
    assert len(inbox.envelopes) == 1
    assert PASSWORD not in out + err and PASSWORD.encode() not in Path(out.strip()).read_bytes()


def test_cli_login_refused_exits_1_naming_the_server(capsys, tmp_path, sample_path, smtp_server, certificate,
                                                     monkeypatch):
    port = smtp_server(Inbox(), tls_context=server_tls(certificate), authenticator=authenticator("other"))
    monkeypatch.setenv("BRIEFING_SMTP_USER", "ana")
    monkeypatch.setenv("BRIEFING_SMTP_PASSWORD", PASSWORD)
    monkeypatch.setenv("BRIEFING_SMTP_CAFILE", str(certificate))
    status, out, err = email_cli(capsys, sample_path, tmp_path, "--send", "--smtp-host", "127.0.0.1",
                                 "--smtp-port", str(port), "--starttls")
    assert status == 1
    assert f"127.0.0.1:{port}" in err and "user name or password" in err and "535" in err
    assert PASSWORD not in out + err and "Traceback" not in err
    assert len(list(tmp_path.glob("*.eml"))) == 1


def test_cli_refused_recipient_exits_1_naming_it(capsys, tmp_path, sample_path, smtp_server):
    port = smtp_server(Inbox(refuse=("ana@example.com",)))
    status, _, err = email_cli(capsys, sample_path, tmp_path, "--send", "--smtp-host", "127.0.0.1",
                               "--smtp-port", str(port))
    assert status == 1
    assert f"127.0.0.1:{port}" in err and "ana@example.com (550" in err


def test_cli_server_down_exits_1_and_keeps_the_eml(capsys, tmp_path, sample_path):
    port = free_port()  # nothing listens there
    status, out, err = email_cli(capsys, sample_path, tmp_path, "--send", "--smtp-host", "127.0.0.1",
                                 "--smtp-port", str(port))
    assert status == 1
    assert f"127.0.0.1:{port}" in err and "connection refused" in err
    assert [str(path) for path in tmp_path.glob("*.eml")] == [out.strip()]


@pytest.mark.parametrize("option, address", [
    ("--to", "ana"), ("--to", "ana@example"), ("--to", "a@b@example.com"), ("--to", "a@example.com, b@example.com"),
    ("--cc", "bob@@example.org"), ("--cc", "bob@example..org"), ("--from", "desk@"), ("--to", "a@example.com\nBcc: x@y.z"),
])
def test_cli_bad_address_exits_2_before_building(capsys, tmp_path, sample_path, option, address):
    out_dir = tmp_path / "out"
    status = main(["email", str(sample_path), "--to", "ana@example.com", option, address, "-o", str(out_dir)])
    err = capsys.readouterr().err
    assert status == 2 and option in err and repr(address) in err
    assert not out_dir.exists()


@pytest.mark.parametrize("extra, env, message", [
    (["--send"], {}, "--send needs --smtp-host"),
    (["--send", "--smtp-host", "127.0.0.1"], {"BRIEFING_SMTP_USER": "ana", "BRIEFING_SMTP_PASSWORD": PASSWORD},
     "unencrypted"),
    (["--send", "--smtp-host", "127.0.0.1", "--ssl"], {"BRIEFING_SMTP_USER": "ana"}, "BRIEFING_SMTP_PASSWORD"),
])
def test_cli_bad_smtp_options_exit_2_before_building(capsys, tmp_path, sample_path, monkeypatch, extra, env, message):
    for name in ("BRIEFING_SMTP_USER", "BRIEFING_SMTP_PASSWORD", "BRIEFING_SMTP_CAFILE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    status = main(["email", str(sample_path), "--to", "ana@example.com", "-o", str(tmp_path / "out"), *extra])
    out, err = capsys.readouterr()
    assert status == 2 and message in err and PASSWORD not in out + err
    assert not (tmp_path / "out").exists()


# --- delivery through the API --------------------------------------------------------------------

@pytest.fixture(scope="module")
def built(tmp_path_factory) -> BuildResult:
    from conftest import PINNED_DATE, SAMPLE

    from briefing.api import BuildOptions, build_briefing

    return build_briefing(SAMPLE, tmp_path_factory.mktemp("built"), BuildOptions(build_date=PINNED_DATE))


def test_temporary_failure_is_retried_with_back_off(built, smtp_server):
    inbox = Inbox(greylist=2)
    port = smtp_server(inbox)
    message = mail.compose_email(built, ["ana@example.com"]).message
    sleeps: list[float] = []
    mail.send_email(message, host="127.0.0.1", port=port, sleep=sleeps.append)
    assert sleeps == [1.0, 2.0] and len(inbox.envelopes) == 1


def test_temporary_failure_gives_up_after_the_retries(built, smtp_server):
    port = smtp_server(Inbox(greylist=10))
    sleeps: list[float] = []
    with pytest.raises(DeliveryError, match=rf"127\.0\.0\.1:{port}.*451"):
        mail.send_email(mail.compose_email(built, ["ana@example.com"]).message, host="127.0.0.1", port=port,
                        retries=2, sleep=sleeps.append)
    assert sleeps == [1.0, 2.0]


def test_partly_refused_recipients_are_an_error_without_retry(built, smtp_server):
    inbox = Inbox(refuse=("bob@example.org",))
    port = smtp_server(inbox)
    message = mail.compose_email(built, ["ana@example.com"], cc=["bob@example.org"]).message
    with pytest.raises(DeliveryError, match=r"bob@example\.org \(550.*other recipients got"):
        mail.send_email(message, host="127.0.0.1", port=port, sleep=pytest.fail)
    assert inbox.envelopes[0].rcpt_tos == ["ana@example.com"]


def test_untrusted_certificate_is_a_tls_error(built, smtp_server, certificate):
    port = smtp_server(Inbox(), tls_context=server_tls(certificate))
    with pytest.raises(DeliveryError, match=rf"127\.0\.0\.1:{port} failed: TLS failed: .*certificate"):
        mail.send_email(mail.compose_email(built, ["ana@example.com"]).message, host="127.0.0.1", port=port,
                        security="starttls", ssl_context=ssl.create_default_context())


def test_a_silent_server_times_out(built):
    with socket.socket() as silent:  # accepts connections (the kernel does) but never says hello
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        with pytest.raises(DeliveryError, match=rf"127\.0\.0\.1:{port}.*no answer within 0.2 s"):
            mail.send_email(mail.compose_email(built, ["ana@example.com"]).message, host="127.0.0.1", port=port,
                            timeout=0.2)


# --- composing -------------------------------------------------------------------------------------

def fake_result(tmp_path: Path) -> BuildResult:
    """A build whose text is hostile to HTML, without rendering anything."""
    article = Article(title="AT&T <script>alert(1)</script> deal", subtitle="R&D up",
                      takeaways=("margins < 5% & falling",))
    figure = Figure(subject="AT&T", metric="<b>capex</b>", value=2.4e9, unit="USD", quote="$2.4bn", sentence="")
    briefing = Briefing(article, (figure,), (), (), bottom_line="Buy <now> & hold")
    memo, deck = tmp_path / "deal.pdf", tmp_path / "deal.pptx"
    memo.write_bytes(b"%PDF-1.7 fake memo")
    deck.write_bytes(b"PK fake deck")
    return BuildResult("<text>", deck, memo, briefing)


def test_html_body_escapes_article_text(tmp_path):
    message = mail.compose_email(fake_result(tmp_path), ["ana@example.com"]).message
    html = message.get_body(("html",)).get_content()
    assert "<script>" not in html and "&lt;script&gt;" in html and "&lt;b&gt;capex&lt;/b&gt;" in html
    assert "AT&amp;T" in html and "margins &lt; 5% &amp; falling" in html and "Buy &lt;now&gt; &amp; hold" in html
    assert "AT&T <script>" in message.get_body(("plain",)).get_content()  # plain text stays as written


def test_pinned_date_gives_identical_bytes_and_a_content_message_id(tmp_path):
    result, date = fake_result(tmp_path), mail.pinned_date(datetime.date(2026, 11, 25))
    first, second = (mail.compose_email(result, ["ana@example.com"], sender="desk@news.example", date=date)
                     for _ in range(2))
    assert mail.message_bytes(first.message) == mail.message_bytes(second.message)
    assert first.message["Date"] == "Wed, 25 Nov 2026 00:00:00 +0000"
    assert first.message["Message-ID"].endswith(".briefing@news.example>")
    other = mail.compose_email(result, ["bob@example.org"], sender="desk@news.example", date=date).message
    assert other["Message-ID"] != first.message["Message-ID"]


def test_unpinned_messages_get_unique_ids(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert mail.pinned_date(None) is None
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795602000")  # 2026-11-25 10:20 UTC
    assert mail.pinned_date(None) == datetime.datetime(2026, 11, 25, tzinfo=datetime.timezone.utc)
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    result = fake_result(tmp_path)
    ids = {mail.compose_email(result, ["ana@example.com"]).message["Message-ID"] for _ in range(2)}
    assert len(ids) == 2 and all(i.endswith("@localhost>") for i in ids)


def test_attachments_and_size_warning(tmp_path):
    result = fake_result(tmp_path)
    composed = mail.compose_email(result, ["ana@example.com"], attach_deck=True, max_bytes=1000)
    types = {p.get_filename(): p.get_content_type() for p in composed.message.iter_attachments()}
    assert types == {"deal.pdf": "application/pdf", "deal.pptx": "application/" + mail.PPTX_TYPE[1]}
    (warning,) = composed.warnings
    assert "over the" in warning and "MB limit" in warning
    assert mail.compose_email(result, ["ana@example.com"]).warnings == ()


@pytest.mark.parametrize("text, spec", [
    ("ana@example.com", "ana@example.com"), ("Ana Lopez <ana@example.com>", "ana@example.com"),
    ('"Lopez, Ana" <ana@example.com>', "ana@example.com"), ("desk@localhost", "desk@localhost"),
])
def test_good_addresses(text, spec):
    assert mail.parse_address(text, "--to").addr_spec == spec


@pytest.mark.parametrize("text", ["", "ana", "ana@", "@example.com", "ana@example", "a@b@example.com",
                                  "a b@example.com", "ana@.example.com", "a@example.com; b@example.com"])
def test_bad_addresses(text):
    with pytest.raises(InputError, match="--cc"):
        mail.parse_address(text, "--cc")


def test_smtp_environment_never_shows_the_password():
    settings = mail.SmtpEnvironment.from_environ({"BRIEFING_SMTP_USER": "ana", "BRIEFING_SMTP_PASSWORD": PASSWORD})
    assert settings.password == PASSWORD and PASSWORD not in repr(settings)


def test_implicit_tls_with_login(built, smtp_server, certificate):
    inbox = Inbox()
    # aiosmtpd only counts STARTTLS as TLS when deciding to offer AUTH; this link is TLS from the start.
    port = smtp_server(inbox, ssl_context=server_tls(certificate), authenticator=authenticator(PASSWORD),
                       auth_require_tls=False)
    trusting = ssl.create_default_context(cafile=str(certificate))
    mail.send_email(mail.compose_email(built, ["ana@example.com"]).message, host="127.0.0.1", port=port,
                    security="ssl", user="ana", password=PASSWORD, ssl_context=trusting)
    assert inbox.envelopes[0].rcpt_tos == ["ana@example.com"]
