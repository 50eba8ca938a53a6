"""The interface language: English source strings, an Arabic translation (.qm) with a
mirrored layout, and Qt's own Arabic strings (qtbase_ar.qm, shipped with PySide6)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from annotator.resources import resource

CONTEXT = "Isnad"
RTL_LANGUAGES = {"ar"}
_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def language(settings) -> str:
    """The chosen language ('language' setting), else the system's."""
    chosen = settings.value("language", "") if settings is not None else ""
    return chosen or QLocale.system().name().split("_")[0]


def install(app, lang: str) -> bool:
    """Use `lang` for the interface if Isnad has a translation for it."""
    ours = QTranslator(app)
    if not ours.load(str(resource("translations", f"isnad_{lang}.qm"))):
        return False
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(ours)
    _installed.append(ours)
    if lang in RTL_LANGUAGES:
        app.setLayoutDirection(Qt.RightToLeft)
    return True
