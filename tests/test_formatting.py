"""Numbers as people read them."""

from __future__ import annotations

import datetime

import pytest

from briefing.model import Figure, FigureKind
from briefing.model.formatting import (
    MINUS,
    describe_figure,
    format_amount,
    format_date,
    format_value,
)


def fig(value, unit, **kw):
    return Figure(kw.pop("subject", "Micron"), kw.pop("metric", "revenue"), value, unit, "q", "s", **kw)


@pytest.mark.parametrize("value,unit,text", [
    (2.4e9, "USD", "$2.4bn"),
    (75e6, "GBP", "£75m"),
    (1.13e9, "USD", "$1.13bn"),
    (42.09e9, "USD", "$42.1bn"),
    (500e9, "USD", "$500bn"),
    (1.2871, "USD", "$1.29"),
    (10e9, "CNY", "10bn CNY"),
    (-3e6, "EUR", f"{MINUS}€3m"),
    (4, "GBp", "4p"),
])
def test_format_amount(value, unit, text):
    assert format_amount(value, unit) == text


@pytest.mark.parametrize("figure,signed,text", [
    (fig(82, "%"), True, "+82%"),
    (fig(-5.5, "%"), True, f"{MINUS}5.5%"),
    (fig(82, "%"), False, "82%"),
    (fig(-0.25, "pp"), True, f"{MINUS}0.25 pp"),
    (fig(3, "x"), False, "3x"),
    (fig(2.4e9, "USD", approximate=True), False, "~$2.4bn"),
])
def test_format_value(figure, signed, text):
    assert format_value(figure, signed=signed) == text


def test_describe_and_date():
    assert describe_figure(fig(82, "%", metric="revenue growth", period="Q3")) == "Micron revenue growth (Q3): +82%"
    assert format_date(datetime.date(2026, 11, 5)) == "5 November 2026"


def test_a_level_or_share_carries_no_sign_a_movement_does():
    assert describe_figure(fig(45, "%", subject="Ethiopia", metric="share of GDP", kind=FigureKind.SHARE)) \
        == "Ethiopia share of GDP: 45%"
    assert describe_figure(fig(5.2, "%", subject="US", metric="unemployment rate")) == "US unemployment rate: 5.2%"
    assert describe_figure(fig(-5.5, "%", metric="share price change", kind=FigureKind.CHANGE)) \
        == "Micron share price change: \u22125.5%"
