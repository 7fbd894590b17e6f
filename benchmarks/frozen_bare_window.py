"""The bare PySide6 window of bench_startup's frozen case, frozen with PyInstaller like calmfloor.

``bench_startup.py --frozen DIR`` builds it once into ``build/frozen-bare/`` (about ten
seconds) and times it against the frozen calmfloor: the same window as the installed case's
baseline, a ``QMainWindow`` with a ``QLabel``, shown until the benchmark ends it.
"""

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setObjectName("main-window")
window.setCentralWidget(QLabel("calmfloor start-up baseline"))
window.show()
sys.exit(app.exec())
