"""The files that ship with briefing (theme, fonts, templates, sample article), found in any install.

``assets/`` at the top of the repository is installed as the package ``briefing.assets``; this
module asks :mod:`importlib.resources` for it, so a wheel, an sdist, ``pip install .`` and an
editable install all find the same files. A checkout used without installing falls back to the
``assets/`` folder beside the package. Fonts and templates are opened by path (reportlab,
matplotlib and python-pptx need real files), so the folder must be a real directory: it is, for
every install pip makes.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from briefing.errors import BriefingError

#: The bundled example template, by the short name ``--template`` accepts.
TEMPLATES = {"corporate": "templates/corporate.pptx"}


@lru_cache(maxsize=1)
def assets_dir() -> Path:
    """The folder of bundled assets, as a real path."""
    try:
        folder = resources.files("briefing.assets")
    except ModuleNotFoundError:  # a source checkout on sys.path, not installed
        folder = Path(__file__).resolve().parent.parent / "assets"
    if not isinstance(folder, Path) or not (folder / "theme.json").is_file():
        raise BriefingError(f"briefing's bundled files are missing from this install ({folder}); "
                            "reinstall the package")
    return folder


def bundled(name: str) -> Path:
    """The path of the bundled file ``name`` (``"theme.json"``, ``"fonts/LiberationSans-Regular.ttf"``)."""
    return assets_dir() / name


def sample_article_path() -> Path:
    """The bundled sample article, built when the CLI is given no article."""
    return bundled("sample-article.txt")


def template_path(name: str) -> Path | None:
    """The bundled template a short name (``corporate``) stands for, or None."""
    relative = TEMPLATES.get(name.strip().lower())
    return bundled(relative) if relative else None
