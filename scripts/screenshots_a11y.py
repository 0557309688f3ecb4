"""Screenshots for the accessibility and language pages: the main screens in Welsh, and in high contrast
(run under Xvfb).

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python scripts/screenshots_a11y.py docs/images
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from casebridge.app import build_services


def main(out_dir: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from casebridge.app import open_workspace
    from casebridge.demo.builder import DEMO_URN, build_demo
    from casebridge.ui.i18n import apply_theme, install_language
    from casebridge.ui.launch import make_application
    from casebridge.ui.main_window import MainWindow

    out_dir.mkdir(parents=True, exist_ok=True)
    app = make_application()
    with tempfile.TemporaryDirectory() as tmp:
        ws = open_workspace(Path(tmp) / "ws")
        build_demo(build_services(ws))

        def shoot(name: str, tab: int, language: str, theme: str) -> None:
            install_language(app, language)
            apply_theme(app, theme)
            window = MainWindow(ws.paths)
            window.resize(1400, 860)
            window.show()
            window.attach(build_services(ws))
            window.show_language(language, theme)
            window.open_case(DEMO_URN)
            window.case_view.tabs.setCurrentIndex(tab)
            for _ in range(20):
                QApplication.processEvents()
            window.grab().save(str(out_dir / name))
            print(f"wrote {out_dir / name}")
            window.close()

        shoot("welsh-case-details.png", 0, "cy_GB", "standard")
        shoot("welsh-evidence.png", 1, "cy_GB", "standard")
        shoot("welsh-exchange.png", 4, "cy_GB", "standard")
        shoot("welsh-case-file.png", 2, "cy_GB", "standard")
        shoot("high-contrast-case-details.png", 0, "en_GB", "high_contrast")
        shoot("high-contrast-case-file.png", 2, "en_GB", "high_contrast")
        ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")))
