"""What every slide of the deck is planned with: the :class:`Planner` (theme, frame, measuring
fonts, warnings) and its text boxes and sections, the text styles, and the glossary links and
figure notes several slides share. :mod:`.plan` puts the slides in order; :mod:`.tiles` plans the
"At a glance" slide.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefing.model.formatting import describe_figure, provenance
from briefing.model.types import Briefing, ChartKind, Figure
from briefing.plan.glossary import first_mentions, glossary_forms
from briefing.render.deck.boxes import EMU_PER_IN, Box, RectPlan, TextAlign, TextAnchor, TextBoxPlan, TextRole
from briefing.render.deck.fitting import TextStyle, fit_or_truncate
from briefing.render.deck.pagination import paginate
from briefing.render.deck.paragraphs import Paragraph
from briefing.render.deck.slides import SlideKind, SlidePlan
from briefing.render.deck.template import Frame
from briefing.render.fonts import metrics_for
from briefing.render.labels import continued_title
from briefing.theme import Theme, ThemeColour

#: Source lines and footers are deliberately small; they are not body text.
CAPTION_MAX_PT, CAPTION_MIN_PT = 12.0, 10.0
#: The sources slide is a dense reference list: it reads better below the body maximum.
DENSE_MAX_PT = 20.0
#: Chart kinds drawn as editable PowerPoint charts on request; the others stay pictures.
NATIVE_KINDS = frozenset({ChartKind.CHANGE, ChartKind.BARS})


TITLE_STYLE = TextStyle(inset_x_pt=4.0, inset_y_pt=3.0, bold=True)
BODY_STYLE = TextStyle(inset_x_pt=4.0, inset_y_pt=4.0, bullet_indent_pt=24.0, paragraph_gap_em=0.55)
CAPTION_STYLE = TextStyle(inset_x_pt=4.0, inset_y_pt=2.0)


class Planner:
    """Builds slide plans; holds the theme, the frame, the measuring fonts and the warnings."""

    def __init__(self, theme: Theme, frame: Frame) -> None:
        self.theme, self.frame = theme, frame
        self.deck = theme.deck
        self.measure = metrics_for(theme.fonts)
        self.warnings: list[str] = []
        self.title_box = frame.title
        # With a logo top right, the title stops a fifth of an inch short of it.
        logo, title = frame.logo, frame.title
        if theme.logo is not None and logo.left < title.right and logo.top < title.bottom:
            self.title_box = replace(title, width=logo.left - title.left - EMU_PER_IN // 5)

    def text(self, name: str, role: TextRole, box: Box, text: str, max_pt: float, min_pt: float,
             style: TextStyle, colour: ThemeColour, align: TextAlign = TextAlign.LEFT,
             anchor: TextAnchor = TextAnchor.TOP) -> TextBoxPlan:
        """A one-paragraph box (title, caption): fitted, or cut with an ellipsis and a warning."""
        fitted, cut = fit_or_truncate(text, box.width_pt, box.height_pt, max_pt, min_pt, self.measure, style)
        if cut:
            self.warnings.append(f"deck: {role} {text[:60]!r}... is too long for its box and was shortened")
        return TextBoxPlan(name, role, box, fitted, style, colour=colour, align=align, anchor=anchor)

    def title(self, text: str, box: Box | None = None) -> TextBoxPlan:
        return self.text("Title", TextRole.TITLE, box or self.title_box, text, self.deck.title_max_pt,
                         self.deck.title_min_pt, TITLE_STYLE, ThemeColour.PRIMARY, anchor=TextAnchor.BOTTOM)

    def rules(self) -> tuple[RectPlan, ...]:
        """The accent rule under the title, on the blank deck only (a template has its own look)."""
        if not self.frame.decorated:
            return ()
        title = self.frame.title
        return (RectPlan("Title rule", Box(title.left, title.bottom + EMU_PER_IN * 6 // 100, title.width,
                                           round(0.03 * EMU_PER_IN)), ThemeColour.ACCENT),)

    def section(self, kind: SlideKind, heading: str, paragraphs: tuple[Paragraph, ...], notes: str,
                max_pt: float | None = None, terms: Sequence[tuple[str, ...]] = ()) -> list[SlidePlan]:
        """Slides holding ``paragraphs`` under ``heading``, continued as "Heading (2/3)";
        the first mention of each of ``terms`` on a slide links to the glossary."""
        body_box = self.frame.body
        top = min(max_pt or self.deck.body_max_pt, self.deck.body_max_pt)
        pages = paginate(paragraphs, body_box.width_pt, body_box.height_pt, max(top, self.deck.body_min_pt),
                         self.deck.body_min_pt, self.measure, BODY_STYLE)
        slides = []
        for i, fitted in enumerate(pages, start=1):
            label = continued_title(heading, i, len(pages))
            more = "" if len(pages) == 1 else f"\n(Part {i} of {len(pages)}.)"
            body = TextBoxPlan("Body", TextRole.BODY, body_box, fitted, BODY_STYLE,
                               links=glossary_links(fitted.paragraphs, terms))
            slides.append(SlidePlan(kind, self.title(label), (body,), rects=self.rules(), notes=notes + more))
        return slides


def no_lone_last_word(text: str) -> str:
    """``text`` with its last two words joined by a no-break space when the last is short, so that a
    wrapped title never leaves "−5.5%" alone on its last line."""
    words = text.split(" ")
    if len(words) < 4 or len(words[-1]) > 8:
        return text
    return " ".join(words[:-2]) + " " + words[-2] + "\u00a0" + words[-1]


def glossary_terms(briefing: Briefing) -> tuple[tuple[str, ...], ...]:
    """The mention forms of every glossary term (see :func:`briefing.plan.glossary.glossary_forms`)."""
    return tuple(forms for forms in glossary_forms(briefing.article) if forms)


def glossary_links(paragraphs: Sequence[Paragraph],
                   terms: Sequence[tuple[str, ...]]) -> tuple[tuple[int, int, int], ...]:
    """``(paragraph, start, end)`` of the first mention of each term in ``paragraphs``."""
    return tuple((i, start, end) for i, start, end, _ in first_mentions([p.text for p in paragraphs], terms))


def figure_note(figure: Figure) -> str:
    return f"- {describe_figure(figure)}: \u201c{provenance(figure)}\u201d"
