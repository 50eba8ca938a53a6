"""The interface language: English source strings, an Arabic translation (.qm) with a
mirrored layout, and Qt's own Arabic strings (qtbase_ar.qm, shipped with PySide6)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from annotator.resources import resource
from .bidi import ShortcutStyle

CONTEXT = "Isnad"
RTL_LANGUAGES = {"ar"}
_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators
_language = "en"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def term(text: str) -> str:
    """A word the schema or an error supplies (a label kind such as "claim"), translated."""
    return QCoreApplication.translate("terms", text)


def current() -> str:
    """The language the interface shows ("en" unless a translation was installed)."""
    return _language


def language(settings) -> str:
    """The chosen language ('language' setting), else the system's."""
    chosen = settings.value("language", "") if settings is not None else ""
    return chosen or QLocale.system().name().split("_")[0]


def install(app, lang: str) -> bool:
    """Use `lang` for the interface if Isnad has a translation for it."""
    global _language
    ours = QTranslator(app)
    if not ours.load(str(resource("translations", f"isnad_{lang}.qm"))):
        return False
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(ours)
    _installed.append(ours)
    _language = lang
    if lang in RTL_LANGUAGES:
        app.setLayoutDirection(Qt.RightToLeft)
        app.setStyle(ShortcutStyle(app.style().name()))
    return True


def uninstall(app) -> None:
    """Back to the English, left-to-right interface (tests switch languages in one process)."""
    global _language
    while _installed:
        app.removeTranslator(_installed.pop())
    if isinstance(app.style(), ShortcutStyle):
        app.setStyle(app.style().baseStyle().name())
    app.setLayoutDirection(Qt.LeftToRight)
    _language = "en"
