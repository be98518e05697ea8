"""The theme's chart colours stay apart for every reader: simulated deuteranopia, protanopia and
tritanopia (Machado et al. 2009), compared by CIEDE2000; text colours keep their contrast."""

from __future__ import annotations

import pytest

from briefing.render.charts.vision import (
    Vision,
    ciede2000,
    closest_pair,
    delta_e,
    simulate,
)
from briefing.render.deck.contrast import contrast_ratio
from briefing.theme import load_theme

#: CIEDE2000 of about 2 is just noticeable; bars and tile text that mean different things should
#: differ at a glance, from across a meeting room.
APART = 15.0


@pytest.mark.parametrize("vision", list(Vision))
def test_colours_a_chart_sets_side_by_side_stay_apart(vision):
    colours = load_theme().colours
    for pair in colours.chart_pairs:
        difference, first, second = closest_pair(pair, vision)
        assert difference >= APART, f"{first} and {second} look alike with {vision} (CIEDE2000 {difference:.1f})"


@pytest.mark.parametrize("vision", list(Vision))
def test_chart_colours_stand_out_from_the_background_and_the_tiles(vision):
    colours = load_theme().colours
    for colour in (colours.positive, colours.negative, colours.accent, colours.earlier):
        for ground in (colours.background, colours.light):
            assert delta_e(colour, ground, vision) >= APART, (colour, ground, vision)


def test_change_colours_are_readable_as_text_on_the_page_and_on_a_tile():
    colours = load_theme().colours
    for colour in (colours.positive, colours.negative, colours.primary, colours.text, colours.muted):
        for ground in (colours.background, colours.light):
            assert contrast_ratio(colour, ground) >= 4.5, (colour, ground)
    # Bars are graphics: WCAG asks 3:1 of them against what surrounds them.
    for colour in (colours.accent, colours.earlier):
        assert contrast_ratio(colour, colours.background) >= 3.0, colour


def test_the_old_green_and_red_would_have_failed():
    """The check can fail: green against red is the classic pair a deuteranope cannot tell apart."""
    assert delta_e("#2E7D32", "#B3261E", Vision.DEUTERANOPIA) < APART
    assert delta_e("#2E7D32", "#B3261E", Vision.NORMAL) > APART


def test_simulation_keeps_greys_grey_and_matches_published_values():
    # A dichromat sees greys as they are: the matrices' rows each sum to one.
    for vision in Vision:
        r, g, b = simulate("#808080", vision)
        assert abs(r - g) < 0.01 and abs(g - b) < 0.01
    # Pure red as a protanope sees it is a dark olive: red and green alike, no blue.
    r, g, b = simulate("#FF0000", Vision.PROTANOPIA)
    assert abs(r - g) < 0.1 and b < 0.01 and r < 0.5


@pytest.mark.parametrize("lab1, lab2, expected", [
    # Sharma, Wu and Dalal (2005), table 1.
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ((2.0776, 0.0795, -1.135), (0.9033, -0.0636, -0.5514), 0.9082),
])
def test_ciede2000_matches_the_published_test_data(lab1, lab2, expected):
    assert ciede2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)
