"""The interface language and the look: Welsh (cy_GB) or English (en_GB) from the settings or Windows, and the
standard or high-contrast theme.

Translations are Qt Linguist sources (`resources/translations/casebridge_cy_GB.ts`, edited in Qt Linguist) built
into the committed `.qm` files by `scripts/build_translations.py` (a test keeps them current). English is the source
language. Dates, numbers and sorting follow `QLocale` for the chosen language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from casebridge.resource_files import resource_path
from casebridge.ui.style import apply_style

LANGUAGES = {"en_GB": "English", "cy_GB": "Cymraeg"}
_installed: list[QTranslator] = []


def system_language() -> str:
    return "cy_GB" if QLocale.system().language() == QLocale.Language.Welsh else "en_GB"


def resolve(setting: str) -> str:
    return setting if setting in LANGUAGES else system_language()


def translation_file(language: str) -> Path:
    return Path(resource_path("translations", f"casebridge_{language}.qm"))


class TranslationProblem(Exception):
    """A translation file is missing, unreadable or does not translate what it should."""


def check_translation(language: str, words: list[str]) -> str:
    """Loads the language's .qm without an application and translates `words` (domain words every language must
    have); returns a one-line description. For the self-test."""
    qm = translation_file(language)
    if not qm.is_file():
        raise TranslationProblem(f"the {LANGUAGES.get(language, language)} interface ({qm.name}) is missing")
    translator = QTranslator()
    if not translator.load(str(qm)):
        raise TranslationProblem(f"{qm} cannot be loaded as a Qt translation")
    translated = [translator.translate("domain", word) for word in words]
    if not all(t and t != w for t, w in zip(translated, words, strict=True)):
        raise TranslationProblem(f"{qm.name} lacks words it should have ({words} → {translated})")
    name, size = LANGUAGES.get(language, language), qm.stat().st_size // 1024
    return f"{name} interface loaded ({size} KiB; e.g. {words[0]} → {translated[0]})"


def install_language(app: QCoreApplication, setting: str) -> str:
    """Installs the translator for the chosen language (replacing any before) and sets the default locale;
    returns the language in use. A missing translation file leaves the interface in English."""
    language = resolve(setting)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom)
        if language == "cy_GB"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    if language != "en_GB":
        translator = QTranslator(app)
        if translator.load(str(translation_file(language))):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            return "en_GB"
    return language


def standard_palette(app: QApplication) -> QPalette:
    """The style's palette with a darker selection colour, so selected text meets 4.5:1 (Fusion's own blue with
    white text is 3.7:1)."""
    palette = app.style().standardPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#1a5fb4"))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    return palette


def high_contrast_palette() -> QPalette:
    """White text on black, yellow selection and links: every text pair well above 7:1."""
    palette = QPalette()
    black, white, yellow, cyan = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00"), QColor("#00ffff")
    grey = QColor("#c0c0c0")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in (
            (QPalette.ColorRole.Window, black),
            (QPalette.ColorRole.WindowText, white),
            (QPalette.ColorRole.Base, black),
            (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
            (QPalette.ColorRole.Text, white),
            (QPalette.ColorRole.Button, black),
            (QPalette.ColorRole.ButtonText, white),
            (QPalette.ColorRole.BrightText, yellow),
            (QPalette.ColorRole.Highlight, yellow),
            (QPalette.ColorRole.HighlightedText, black),
            (QPalette.ColorRole.ToolTipBase, black),
            (QPalette.ColorRole.ToolTipText, white),
            (QPalette.ColorRole.PlaceholderText, grey),
            (QPalette.ColorRole.Link, cyan),
            (QPalette.ColorRole.LinkVisited, QColor("#ff80ff")),
        ):
            palette.setColor(group, role, colour)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, grey)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        palette.setColor(QPalette.ColorGroup.Disabled, role, black)
    return palette


def warning_colour() -> QColor:
    """Red for warnings (custody under 6 h, refused items), as text: dark red on a light window (7:1), light red
    on a dark or high-contrast one (8:1). Always with words beside it, never colour alone."""
    app = QGuiApplication.instance()
    window = app.palette().color(QPalette.ColorRole.Base) if isinstance(app, QGuiApplication) else QColor("#ffffff")
    return QColor("#ff8a8a") if window.lightness() < 128 else QColor("#b00020")


def apply_theme(app: QApplication, theme: str) -> str:
    """`high_contrast` or the standard look (also chosen when Windows runs in high-contrast mode)."""
    hints = QGuiApplication.styleHints()
    wanted = theme
    if not wanted and _system_high_contrast(hints):
        wanted = "high_contrast"
    if wanted == "high_contrast":
        app.setPalette(high_contrast_palette())
        apply_style(app, "high_contrast")
        return "high_contrast"
    app.setPalette(standard_palette(app))
    apply_style(app, "standard")
    return "standard"


def _system_high_contrast(hints: object) -> bool:
    contrast = getattr(hints, "accessibility", None)
    if callable(contrast):  # Qt 6.10+: QAccessibilityHints.contrastPreference
        preference = getattr(contrast(), "contrastPreference", None)
        if callable(preference):
            return "High" in str(preference())
    return False


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """WCAG 2.2 contrast ratio between two colours."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
