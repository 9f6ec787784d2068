"""The main window: step list, the current step, back/next, menus and shortcuts."""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from pathlib import Path
from typing import overload

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core import APP_NAME
from core.case_file import CASE_SUFFIX
from ui import i18n
from ui.file_actions import FileActions, example_cases, recent_files
from ui.pages.base import Page, step_status
from ui.state import CaseState
from ui.steps import STEP_QUESTIONS, step_titles

_MARK = {"done": "✓", "todo": "○", "error": "!"}
_MARK_COLOR = {"done": "#1b6e3a", "todo": "#666666", "error": "#b3261e"}


#: the steps' pages, as (module, class): a page's module loads when the page is first
#: built, so the window paints before the other pages (and numpy, the engine) load
_PAGES = (
    ("ui.pages.start", "StartPage"),
    ("ui.pages.company", "CompanyPage"),
    ("ui.pages.order_book", "OrderBookPage"),
    ("ui.pages.purchasing", "PurchasingPage"),
    ("ui.pages.sales", "SalesPage"),
    ("ui.pages.staff", "StaffPage"),
    ("ui.pages.finance", "FinancePage"),
    ("ui.pages.result", "ResultPage"),
    ("ui.pages.measures", "MeasuresPage"),
    ("ui.pages.export", "ExportPage"),
)


def _page_class(index: int) -> type[Page]:
    module, name = _PAGES[index]
    cls: type[Page] = getattr(importlib.import_module(module), name)
    return cls


def _page_classes() -> list[type[Page]]:
    return [_page_class(i) for i in range(len(_PAGES))]


class _Pages(Sequence[Page]):
    """``window.pages``: the ten steps' pages, each built the first time it is asked for
    (the window's own bookkeeping looks at the built ones only, see ``MainWindow.built``)."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def __len__(self) -> int:
        return len(_PAGES)

    @overload
    def __getitem__(self, index: int) -> Page: ...
    @overload
    def __getitem__(self, index: slice) -> list[Page]: ...
    def __getitem__(self, index: int | slice) -> Page | list[Page]:
        if isinstance(index, slice):
            return [self._window.page(i) for i in range(len(_PAGES))[index]]
        if index < 0:
            index += len(_PAGES)
        if not 0 <= index < len(_PAGES):
            raise IndexError(index)
        return self._window.page(index)


INPUT_STEPS = range(1, 7)  # Bedrijf .. Financiën


class MainWindow(QMainWindow):
    firstPaint = Signal()
    languageChanged = Signal(str)

    def __init__(self, state: CaseState) -> None:
        super().__init__()
        self.state = state
        self.files = FileActions(self, state)
        self.files.opened.connect(self._after_open)
        self.files.recentChanged.connect(self._fill_recent)
        self._painted = False
        #: set by the app (not by tests and tools): a page that computes on showing (the
        #: Resultaat page) paints its frame first and fills in right after the first paint
        self.paint_first = False
        self.clean_close_hooks: list = []  # e.g. remove the autosave copy
        self.pages = _Pages(self)
        self._built: list[Page | None] = []
        self._show_missing = [False] * len(_PAGES)  # of the pages not built (again) yet
        self.resize(1280, 800)
        self.setMinimumSize(900, 600)
        self._build()
        state.changed.connect(self._update_steps)
        state.changed.connect(self._update_title)  # the title names the company
        state.fileChanged.connect(self._update_title)

    def show_fitted(self) -> None:
        """Show at the preferred 1280×800, or, on a smaller screen (a 1024×768 laptop, a
        scaled display), as large as the screen allows and maximised, never cut off."""
        screen = self.screen()
        avail = screen.availableGeometry() if screen is not None else None
        if avail is None or (avail.width() >= 1280 + 40 and avail.height() >= 800 + 60):
            self.show()
            return
        self.resize(
            max(self.minimumWidth(), min(1280, avail.width())),
            max(self.minimumHeight(), min(800, avail.height())),
        )
        self.move(avail.topLeft())
        self.showMaximized()

    #: below this window width the step list gives the page room (issue 19, item 8: at
    #: 900x600 the answer wrapped to 14 lines); a long step title then wraps in the list
    NARROW_WINDOW = 1100

    def sidebar_width(self) -> int:
        return 270 if self.width() >= self.NARROW_WINDOW else 215

    def resizeEvent(self, event) -> None:
        sidebar = getattr(self, "sidebar", None)
        if sidebar is not None and sidebar.width() != self.sidebar_width():
            sidebar.setFixedWidth(self.sidebar_width())
        super().resizeEvent(event)

    # -- building (again on a language switch) -----------------------------------
    def step_titles(self) -> list[str]:
        return step_titles()

    def _build(self) -> None:
        current = self.stack.currentIndex() if self._built else 0
        for i, page in enumerate(self._built):
            if page is not None:
                self._show_missing[i] = page.show_missing
        old = self.centralWidget()
        central = QWidget()
        outer = QHBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        sidebar = QWidget()
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(self.sidebar_width())
        self.sidebar = sidebar
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(10, 14, 10, 10)
        steps_label = QLabel(self.tr("S&teps"))
        steps_label.setObjectName("sectionLabel")
        side.addWidget(steps_label)
        self.step_list = QListWidget()
        self.step_list.setObjectName("stepList")
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.setWordWrap(True)
        steps_label.setBuddy(self.step_list)
        self.step_list.setAccessibleName(self.tr("Steps"))
        for i, title in enumerate(self.step_titles(), start=1):
            self.step_list.addItem(QListWidgetItem(f"{i}. {title}"))
        side.addWidget(self.step_list, 1)
        self.progress = QProgressBar()
        self.progress.setRange(0, len(INPUT_STEPS))
        self.progress.setAccessibleName(self.tr("Questions answered"))
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        side.addWidget(self.progress_label)
        side.addWidget(self.progress)
        outer.addWidget(sidebar)

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        # Empty places: each page is built when it is first shown or asked for (page()).
        self._built = [None] * len(_PAGES)
        for _ in _PAGES:
            self.stack.addWidget(QWidget())
        right.addWidget(self.stack, 1)
        nav = QHBoxLayout()
        nav.setContentsMargins(20, 8, 20, 12)
        self.step_label = QLabel()
        self.back_button = QPushButton(self.tr("< &Back"))
        self.next_button = QPushButton(self.tr("&Next >"))
        self.back_button.setMinimumWidth(110)
        self.next_button.setMinimumWidth(110)
        nav.addWidget(self.step_label)
        nav.addStretch(1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        right.addLayout(nav)
        outer.addLayout(right, 1)
        self.setCentralWidget(central)
        if old is not None:
            old.deleteLater()

        self.step_list.currentRowChanged.connect(self._on_step_clicked)
        self.back_button.clicked.connect(lambda: self.go_to(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.stack.currentIndex() + 1))
        self._build_menus()
        self._update_steps()
        self._update_title()
        self.go_to(current, build=self.isVisible())

    def page(self, index: int) -> Page:
        """The step's page, built (and put in its place in the stack) on first use."""
        page = self._built[index]
        if page is not None:
            return page
        page = _page_class(index)(self.state)
        page.show_missing = self._show_missing[index]
        self._built[index] = page
        placeholder = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        if index == 0:
            page.newRequested.connect(self.files.new_case)
            page.openRequested.connect(lambda: self.files.open_case())
            page.demoRequested.connect(self.files.open_demo)
        if index == len(_PAGES) - 1:
            page.exportRequested.connect(self.files.export_workbook)
            page.saveRequested.connect(self.files.save_as)
        page.nextRequested.connect(lambda i=index: self.go_to(i + 1))
        jump = getattr(page, "jumpRequested", None)
        if jump is not None:
            jump.connect(self.go_to)
        return page

    def built(self) -> list[Page]:
        """The pages built so far."""
        return [p for p in self._built if p is not None]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(
            file_menu, self.tr("&New case"), QKeySequence.StandardKey.New, self.files.new_case
        )
        self._action(
            file_menu,
            self.tr("&Open…"),
            QKeySequence.StandardKey.Open,
            lambda: self.files.open_case(),
        )
        self._recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self._recent_menu.setObjectName("recentMenu")
        self._fill_recent()
        self._action(file_menu, self.tr("&Example company"), None, self.files.open_demo)
        examples = file_menu.addMenu(self.tr("Open an e&xample case"))
        for path in example_cases():
            label = path.name.removesuffix(CASE_SUFFIX)
            self._action(examples, label, None, lambda _c=False, p=path: self.files.open_example(p))
        self.examples_menu = examples
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Save"), QKeySequence.StandardKey.Save, self.files.save)
        self._action(
            file_menu, self.tr("Save &as…"), QKeySequence.StandardKey.SaveAs, self.files.save_as
        )
        self._action(
            file_menu,
            self.tr("&Export workbook…"),
            QKeySequence("Ctrl+E"),
            self.files.export_workbook,
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), QKeySequence("Ctrl+Q"), self.close)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(
            edit_menu,
            self.tr("&Undo last change"),
            QKeySequence.StandardKey.Undo,
            lambda: self.state.undo(),
        )
        # A line edit with focus keeps its own Ctrl+Z; the menu undoes case edits.
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        lang_menu = bar.addMenu(self.tr("&Language"))
        for code, label in (("nl", "Nederlands"), ("en", "English")):
            act = self._action(
                lang_menu, label, None, lambda _c=False, c=code: self.set_language(c)
            )
            act.setCheckable(True)
            act.setChecked(i18n.current_language() == code)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(
            help_menu, self.tr("&Help"), QKeySequence.StandardKey.HelpContents, self.show_help
        )
        self.method_action = self._action(help_menu, self.tr("&Method"), None, self.show_method)
        self._action(help_menu, self.tr("&About Herstelscan"), None, self.show_about)

    def _action(self, menu, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    @property
    def recent_menu(self) -> QMenu:
        """The "Open recent" menu. Looked up when its Python wrapper has gone stale:
        PySide 6.11 can invalidate the menu bar's wrappers while the menus live on
        (seen after changing the crisis start), and a save then raised in _fill_recent."""
        if not shiboken6.isValid(self._recent_menu):
            found = self.findChild(QMenu, "recentMenu")
            if found is not None:
                self._recent_menu = found
        return self._recent_menu

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = recent_files()
        for p in paths:
            self._action(
                self.recent_menu, p, None, lambda _c=False, p=p: self._open_recent(Path(p))
            )
        self.recent_menu.setEnabled(bool(paths))

    def _open_recent(self, path: Path) -> None:
        if self.files.confirm_discard():
            self.files.load(path)

    # -- navigation ----------------------------------------------------------------
    def go_to(self, index: int, *, build: bool = True) -> None:
        """Show step ``index``; ``build=False`` (a window not shown yet) leaves a page that
        is not built yet for :meth:`showEvent`, so a start on another step never builds it."""
        index = max(0, min(index, len(self.pages) - 1))
        previous = self.stack.currentIndex()
        page = self.page(index) if build else self._built[index]
        if previous != index and 0 <= previous < len(self.pages):
            left = self._built[previous]
            if left is not None:
                left.left()
            else:
                self._show_missing[previous] = True
        self.stack.setCurrentIndex(index)
        self.step_list.blockSignals(True)
        self.step_list.setCurrentRow(index)
        self.step_list.blockSignals(False)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.pages) - 1)
        self.step_label.setText(
            self.tr("Step %1 of %2")
            .replace("%1", str(index + 1))
            .replace("%2", str(len(self.pages)))
        )
        self._update_steps()
        if page is None:
            return
        page.shown()
        self._update_steps()
        # The cursor in the step's first field, unless the user walks the step list
        # with the arrow keys (then the list keeps the keyboard).
        if not self.step_list.hasFocus():
            page.focus_first_field()

    def _on_step_clicked(self, row: int) -> None:
        if row >= 0:
            self.go_to(row)

    def current_page(self) -> Page:
        return self.page(self.stack.currentIndex())

    def _after_open(self) -> None:
        self._show_missing = [False] * len(_PAGES)
        for page in self.built():
            page.show_missing = False
        self.go_to(1 if self.state.case is None else 7)

    def show_autosave_failed(self, folder: str) -> None:
        """A draft could not be written: say so until it can (no timeout)."""
        self.statusBar().showMessage(
            self.tr(
                "Autosave failed: your answers could not be written to %1. Save the case "
                "yourself (Ctrl+S); the autosave keeps trying."
            ).replace("%1", folder)
        )

    def show_autosave_recovered(self) -> None:
        self.statusBar().showMessage(self.tr("Autosave works again."), 5000)

    def _update_steps(self, _path: str = "") -> None:
        done = 0
        for i, page in enumerate(self._built):
            item = self.step_list.item(i)
            if i in INPUT_STEPS:
                # A page not built yet has the same mark as when it is (ui.steps).
                status = (
                    page.status()
                    if page is not None
                    else step_status(self.state, *STEP_QUESTIONS[i])
                )
                done += status == "done"
                item.setText(f"{_MARK[status]}  {i + 1}. {self.step_titles()[i]}")
                item.setForeground(
                    QColor(_MARK_COLOR[status])
                    if i != self.stack.currentIndex()
                    else QColor("white")
                )
                item.setToolTip(
                    {
                        "done": self.tr("Complete"),
                        "todo": self.tr("Questions still open"),
                        "error": self.tr("Something needs correcting"),
                    }[status]
                )
            else:
                item.setText(f"     {i + 1}. {self.step_titles()[i]}")
        self.progress.setValue(done)
        self.progress_label.setText(
            self.tr("%1 of %2 question steps complete")
            .replace("%1", str(done))
            .replace("%2", str(len(INPUT_STEPS)))
        )
        self.undo_action.setEnabled(self.state.can_undo())

    def _update_title(self, _path: str = "") -> None:
        company = self.state.get("company.name")
        company = company.strip() if isinstance(company, str) else ""
        name = company or (self.state.path.name if self.state.path else self.tr("New case"))
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.setWindowModified(self.state.dirty)

    # -- language, help, about, close ---------------------------------------------
    def set_language(self, lang: str) -> None:
        i18n.install_language(lang)
        i18n.remember_language(lang)
        self._build()
        self.languageChanged.emit(lang)

    def show_help(self) -> None:
        from ui.about import show_help

        show_help(self, self.stack.currentIndex())

    def show_method(self) -> None:
        from ui.method_viewer import show_method

        self.method_dialog = show_method(self, i18n.current_language())

    def show_about(self) -> None:
        from ui.about import show_about

        show_about(self)

    def showEvent(self, event) -> None:
        if self._built[self.stack.currentIndex()] is None:
            self.go_to(self.stack.currentIndex())
        super().showEvent(event)

    @property
    def painted(self) -> bool:
        """The window has been painted once."""
        return self._painted

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.firstPaint.emit)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.files.confirm_discard():
            for hook in self.clean_close_hooks:
                hook()
            event.accept()
        else:
            event.ignore()
