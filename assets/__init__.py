"""The files that ship with briefing: the default theme, fonts and their licences, the example
corporate template and the sample article.

This folder is installed as the package ``briefing.assets``, so that a wheel, an sdist and an
editable install all carry it; code finds these files through :mod:`briefing.bundled`, never by a
path relative to the source tree.
"""
