"""Which locales ``figures`` accepts: one check that every ``locale=`` goes through.

:func:`validate_locale` accepts any locale CLDR knows (through babel: "en", "de_CH",
"pt-BR", "es_419"), and ``"auto"`` where a caller may ask for detection. An unknown
locale raises :class:`~figures.errors.FiguresValueError` naming it and suggesting the
closest identifiers babel knows; a non-string raises
:class:`~figures.errors.FiguresTypeError`. Results are cached, so the check costs a
dictionary look-up after the first call per locale.

>>> validate_locale("de-CH")
'de_CH'
>>> validate_locale("pt_BRA")
Traceback (most recent call last):
...
figures.errors.FiguresValueError: unknown locale 'pt_BRA'; did you mean 'pt_BR' ...?
>>> validate_locale(None)
Traceback (most recent call last):
...
figures.errors.FiguresTypeError: locale must be a str such as 'en' or 'de_CH', not NoneType
"""

from __future__ import annotations

import functools
from typing import Any

from figures.errors import FiguresTypeError, FiguresValueError

__all__ = ["AUTO", "detect_locale", "resolve_locale", "validate_locale"]

#: The locale value that asks for the language to be detected per document.
AUTO = "auto"


def validate_locale(locale: object, *, allow_auto: bool = False) -> str:
    """``locale`` as babel spells it ("pt-br" -> "pt_BR"), or a typed error.

    ``allow_auto`` lets ``"auto"`` through unchanged (for the callers that detect the
    language of each document).
    """
    if not isinstance(locale, str):
        raise FiguresTypeError(
            f"locale must be a str such as 'en' or 'de_CH', not {type(locale).__name__}"
        )
    if locale == AUTO and allow_auto:
        return AUTO
    return _valid(locale)


@functools.cache
def _valid(locale: str) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(locale.strip().replace("-", "_")))
    except (ValueError, TypeError, UnknownLocaleError):
        pass
    raise FiguresValueError(f"unknown locale {locale!r}{_suggestion(locale)}")


def _suggestion(locale: str) -> str:
    import difflib

    from babel.localedata import locale_identifiers

    wanted = locale.strip().replace("-", "_")
    known = locale_identifiers()
    lower = {k.lower(): k for k in known}
    if wanted.lower() in lower:
        return f"; did you mean {lower[wanted.lower()]!r}?"
    close = difflib.get_close_matches(wanted, known, n=3, cutoff=0.6)
    if not close:
        return "; see babel.localedata.locale_identifiers() for the known ones"
    return "; did you mean " + " or ".join(repr(c) for c in close) + "?"


def resolve_locale(locale: object, text: str) -> str:
    """The locale to read ``text`` in: ``locale`` itself once validated, or, for
    ``"auto"``, the language detected in ``text`` (see :func:`detect_locale`).

    >>> resolve_locale("de_CH", "Der Umsatz stieg.")
    'de_CH'
    """
    if locale == AUTO:
        return detect_locale(text)
    validate_locale(locale)
    assert isinstance(locale, str)
    return locale


def detect_locale(text: str) -> str:
    """The language of ``text`` among those ``figures`` reads, by py3langid (a small
    detector that ships its model inside its package: nothing is downloaded), asked to
    choose among those languages only. Needs the ``auto`` extra::

        pip install "figures-text[auto]"

    Raises :class:`~figures.errors.FiguresValueError` naming the extra when py3langid is
    not installed.
    """
    code, _ = _identifier().classify(text)
    return str(code)


@functools.cache
def _identifier() -> Any:
    try:
        from py3langid import langid
    except ImportError as err:
        raise FiguresValueError(
            "locale='auto' needs the language detector py3langid: "
            'pip install "figures-text[auto]"'
        ) from err
    from figures.lexicon.languages import supported_languages

    # our own identifier, so that py3langid's global one keeps all its languages
    identifier = langid.LanguageIdentifier.from_modelpath(langid.MODEL_DIR / langid.MODEL_FILE)
    identifier.set_languages(list(supported_languages()))
    return identifier
