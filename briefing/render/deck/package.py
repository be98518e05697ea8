"""Finishing the deck's package: what python-pptx leaves to do before and after it saves.

Takes the filled :class:`~pptx.presentation.Presentation` and the build date; sets the core
properties from the build date alone (:func:`set_core_properties`), registers the notes master and
removes auto-fit (:func:`tidy_package`), and returns the saved bytes rewritten with fixed zip
timestamps, attributes and entry order (:func:`normalised_zip`), so that the same input and date
give the same bytes. :func:`rewrite_zip` is the one loop that rewrites a zip package, for the
deck, the editable charts' workbooks and a template opened as a presentation.
"""

from __future__ import annotations

import datetime
import io
import zipfile
from collections.abc import Callable
from typing import TYPE_CHECKING

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.oxml.xmlchemy import OxmlElement

from briefing.render.deck.paragraphs import clean

if TYPE_CHECKING:
    from pptx.presentation import Presentation


def tidy_package(prs: Presentation) -> None:
    """Register the notes master in presentation.xml (python-pptx PR #1128), drop the 4:3 size
    type, and remove auto-fit everywhere so no viewer resizes the computed text."""
    pres = prs.part._element
    has_notes = any(slide.has_notes_slide for slide in prs.slides)
    if has_notes and pres.find(qn("p:notesMasterIdLst")) is None:
        r_id = prs.part.relate_to(prs.part.notes_master_part, RT.NOTES_MASTER)
        lst = OxmlElement("p:notesMasterIdLst")
        etree.SubElement(lst, qn("p:notesMasterId")).set(qn("r:id"), r_id)
        pres.find(qn("p:sldMasterIdLst")).addnext(lst)
    pres.find(qn("p:sldSz")).attrib.pop("type", None)
    for part in prs.part.package.iter_parts():
        element = getattr(part, "_element", None)
        if element is None:
            continue
        for fit in list(element.iter(qn("a:normAutofit"), qn("a:spAutoFit"))):
            fit.getparent().remove(fit)


#: A zip entry's time as :class:`zipfile.ZipInfo` takes it: year, month, day, hour, minute, second.
ZipTime = tuple[int, int, int, int, int, int]


def rewrite_zip(data: bytes, transform: Callable[[str, bytes], bytes] | None = None, *,
                date_time: ZipTime | None = None, by_name: bool = False) -> bytes:
    """The zip package ``data`` written again entry by entry: the deck, the editable charts'
    workbooks and a retyped template all go through here.

    ``transform(name, content)`` gives an entry's new content (default: unchanged). With
    ``date_time`` every entry gets that time, deflate, and no file attributes or creating system,
    so the bytes depend on the content alone; without it each entry keeps its own header.
    ``by_name`` sorts the entries by name, ``[Content_Types].xml`` first; else they keep the
    package's own order."""
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        entries = src.infolist()
        if by_name:
            entries = sorted(entries, key=lambda entry: (entry.filename != "[Content_Types].xml", entry.filename))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for entry in entries:
                content = src.read(entry)
                if transform is not None:
                    content = transform(entry.filename, content)
                dst.writestr(entry if date_time is None else _fixed_entry(entry.filename, date_time), content)
    return out.getvalue()


def _fixed_entry(name: str, date_time: ZipTime) -> zipfile.ZipInfo:
    """A zip entry header that says nothing of the machine or the moment it was written on."""
    entry = zipfile.ZipInfo(name, date_time=date_time)
    entry.compress_type = zipfile.ZIP_DEFLATED
    entry.create_system = 0
    entry.external_attr = 0
    return entry


def normalised_zip(data: bytes, build_date: datetime.date) -> bytes:
    """The package rewritten with fixed timestamps, attributes and entry order."""
    stamp = (max(build_date.year, 1980), build_date.month, build_date.day, 0, 0, 0)
    return rewrite_zip(data, date_time=stamp, by_name=True)


def _prop(text: str) -> str:
    """A core property value: clean, on one line, within the 255 characters the format allows."""
    text = " ".join(clean(text).split())
    return text if len(text) <= 255 else text[:254] + "\u2026"


def set_core_properties(prs: Presentation, build_date: datetime.date, *, title: str, author: str, subject: str,
                        keywords: str) -> None:
    """Title, author, subject, keywords and dates that depend only on ``build_date``."""
    stamp = datetime.datetime(build_date.year, build_date.month, build_date.day)
    props = prs.core_properties
    props.title, props.subject, props.keywords = _prop(title), _prop(subject), _prop(keywords)
    props.author = props.last_modified_by = _prop(author)
    props.comments = ""
    props.category = "Briefing"
    props.created = props.modified = props.last_printed = stamp
    props.revision = 1
