"""RoutineEditing: new, duplicate, edit, save, revert and try out routines from the window.

The window hands its library, prompts and stack to this controller and calls it
in plain words (``new_routine``, ``edit``, ``duplicate``, ``confirm_close``).
Saving goes into the user's routines folder, atomically; a bundled routine is
saved as a copy with the same id there, which then replaces it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from handtrainer.core import wording
from handtrainer.core.localize import base_language, original
from handtrainer.core.model import Origin, Routine
from handtrainer.core.routine_document import RoutineDocument
from handtrainer.core.routine_writer import (
    RoutineWriteError,
    save_routine,
    user_copy_path,
)
from handtrainer.ui.editor.draft import RoutineDraft
from handtrainer.ui.editor.draft_state import blank_state, slug, state_from_routine
from handtrainer.ui.editor.editor_prompts import editor_prompts

if TYPE_CHECKING:
    from handtrainer.ui.editor.editor_page import EditorPage
    from handtrainer.ui.main_window import MainWindow

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


class RoutineEditing(QObject):
    """The editor's part of the window: one routine edited at a time."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.page: EditorPage | None = None
        self.draft: RoutineDraft | None = None
        self.read_only_reason: str | None = None
        self._return_after_play = False
        self.prompts = editor_prompts(window.prompts)

    # ------------------------------------------------------------------ folders

    def user_dir(self) -> Path:
        """The user's routines folder (created when needed)."""
        from handtrainer.core import paths

        folder = self.window.library.user_dir() or paths.user_routines_dir(create=False)
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def _unused_id(self, wanted: str) -> str:
        library = self.window.library.library()
        folder = self.user_dir()
        candidate, number = wanted, 2
        while library.get(candidate) is not None or user_copy_path(candidate, folder).exists():
            candidate = f"{wanted[:60]}-{number}"
            number += 1
        return candidate

    def _bundled(self, routine_id: str) -> Routine | None:
        """The bundled routine of this id, if there is one (even when overridden)."""
        from handtrainer.core.loader import load_routine_file
        from handtrainer.core.resources import bundled_routines_dir

        path = bundled_routines_dir() / f"{routine_id}.yaml"
        if path.is_file():
            result = load_routine_file(path, Origin.BUNDLED)
            if result.routine is not None and result.routine.id == routine_id:
                return result.routine
        for routine in self.window.library.library().routines:
            if routine.id == routine_id and routine.origin is Origin.BUNDLED:
                return original(routine)
        return None

    # ------------------------------------------------------------------ opening

    def new_routine(self) -> bool:
        """Open the editor on an empty routine."""
        if not self.confirm_close():
            return False
        # Someone reading routines in German writes a new one in German.
        language = base_language(self.window.library.language)
        draft = RoutineDraft(blank_state(language), self.user_dir() / "new-routine.yaml")
        self._open(draft, "", new=True)
        return True

    def duplicate(self, routine: Routine | None = None) -> bool:
        """Open the editor on a copy of a routine, with a new id, to adapt it."""
        routine = routine or self.window.routine_in_view()
        if routine is None or not self.confirm_close():
            return False
        routine = original(routine)  # the file's text, with all its languages
        new_id = self._unused_id(f"{routine.id}-copy"[:64])
        title = translate("RoutineEditing", "%1 (copy)").replace("%1", routine.title)
        copy = replace(routine, id=new_id, title=title[:200])
        draft = RoutineDraft(state_from_routine(copy), user_copy_path(new_id, self.user_dir()))
        # A copy is a new routine: unsaved until saved.
        draft.undo_stack.resetClean()
        self._open(
            draft,
            translate("RoutineEditing", "A copy of “%1”. Save it to keep it.").replace(
                "%1", routine.title
            ),
        )
        return True

    def edit(self, routine: Routine | None = None) -> bool:
        """Open the editor on a routine: a user file in place, a bundled one as a user copy."""
        routine = routine or self.window.routine_in_view()
        if routine is None or not self.confirm_close():
            return False
        routine = original(routine)  # the file's text, with all its languages
        document: RoutineDocument | None = None
        if routine.path is not None:
            try:
                document = RoutineDocument.from_file(routine.path, routine.origin)
            except (OSError, UnicodeDecodeError):
                document = None
        self.read_only_reason = None
        if routine.origin is Origin.BUNDLED:
            path = user_copy_path(routine.id, self.user_dir())
            notice = translate(
                "RoutineEditing",
                "A bundled routine. Saving keeps your version in your routines folder, "
                "where it replaces the bundled one.",
            )
        else:
            path = routine.path or user_copy_path(routine.id, self.user_dir())
            notice = ""
            if document is not None and document.read_only:
                self.read_only_reason = document.read_only_reason
                notice = translate("RoutineEditing", "Read-only: %1").replace(
                    "%1", str(document.read_only_reason)
                )
        draft = RoutineDraft(
            state_from_routine(routine), path, origin=routine.origin, document=document
        )
        self._open(draft, notice)
        return True

    def _open(self, draft: RoutineDraft, notice: str, new: bool = False) -> None:
        from handtrainer.ui.editor.editor_page import EditorPage
        from handtrainer.ui.editor.step_library import StepLibraryPanel

        self._discard_page()
        self.draft = draft
        if new:
            self.read_only_reason = None
        panel = StepLibraryPanel(self.window.library)
        panel.proxy.set_map(str(draft.value(None, "map") or ""))
        page = EditorPage(
            draft, self.window.stack, lead=self.window.preferences.lead_hand, library_panel=panel
        )
        panel.stepChosen.connect(self._add_library_step)
        page.picker.set_reduced_motion(self.window.preferences.reduced_motion)
        page.saveRequested.connect(self.save)
        page.saveAsRequested.connect(self.save_as)
        page.closeRequested.connect(self.close_editor)
        page.playRequested.connect(self.play)
        page.revertRequested.connect(self.revert_to_bundled)
        self.page = page
        self.window.stack.addWidget(page)
        self.window.stack.setCurrentWidget(page)
        self._update_banner(notice)
        page.right.setCurrentIndex(1 if new else 0)
        page.steps.setFocus()

    def _add_library_step(self, state: dict[str, object]) -> None:
        if self.draft is None or self.page is None:
            return
        index = self.page.current_step() + 1
        self.draft.insert_steps(index, [state])
        self.page.select_step(index)

    def _update_banner(self, notice: str = "") -> None:
        if self.page is None or self.draft is None:
            return
        draft = self.draft
        overrides = draft.origin is Origin.USER and draft.path.exists()
        routine_id = str(draft.value(None, "id")) or draft.path.stem
        bundled = self._bundled(routine_id) if overrides else None
        if bundled is not None and not notice:
            notice = translate(
                "RoutineEditing",
                "Your version replaces the bundled routine “%1”. Revert to go back to it.",
            ).replace("%1", bundled.title)
        self.page.set_banner(notice, can_revert=bundled is not None)

    # ------------------------------------------------------------------ saving

    def save(self) -> bool:
        """Save to the routine's file in the user folder (or where it was opened from)."""
        if self.draft is None:
            return False
        if self.read_only_reason is not None:
            self._tell(
                translate("RoutineEditing", "This file is read-only here; use Save As for a copy.")
            )
            return False
        return self._save_to(None)

    def save_as(self) -> bool:
        """Save anywhere (a file for a client, say)."""
        if self.draft is None:
            return False
        suggested = self.draft.path.name
        path = self.prompts.routine_save_path(self.window, suggested)
        if path is None:
            return False
        return self._save_to(path)

    def _save_to(self, target: Path | None) -> bool:
        draft = self.draft
        assert draft is not None and self.page is not None
        if not str(draft.value(None, "id")).strip():
            # A new routine gets its id (and file name) from its title at the first save.
            wanted = slug(str(draft.value(None, "title")))
            draft.set_value_quietly("id", self._unused_id(wanted))
        if target is None and draft.document is None:
            # Never saved yet: the file is named by the id, and must not replace another's.
            draft.path = user_copy_path(str(draft.value(None, "id")), self.user_dir())
            if draft.path.exists() and not self.prompts.confirm(
                self.window,
                translate("RoutineEditing", "Replace a routine?"),
                translate(
                    "RoutineEditing", "Your folder already has a routine file %1. Replace it?"
                ).replace("%1", draft.path.name),
            ):
                self._tell(
                    translate("RoutineEditing", "Not saved: choose another id on the Routine tab.")
                )
                return False
        routine = draft.routine()
        if routine is None:
            errors = sum(1 for p in draft.result.problems if p.is_error)
            self._tell(
                wording.translate(
                    "RoutineEditing",
                    "Not saved: %n problem(s) to fix first; each is shown by its field.",
                    None,
                    errors,
                )
            )
            return False
        path = target or draft.path
        document = draft.document if self.read_only_reason is None else None
        try:
            text = save_routine(routine, path, document)
        except (OSError, RoutineWriteError) as error:
            self.prompts.show_error(
                self.window, translate("RoutineEditing", "Could not save the routine"), str(error)
            )
            return False
        draft.mark_saved(path, RoutineDocument(text, path, Origin.USER))
        self.read_only_reason = None
        self._refresh_library(path)
        self._update_banner()
        self._tell(translate("RoutineEditing", "Saved to %1").replace("%1", str(path)))
        return True

    def _refresh_library(self, path: Path) -> None:
        library = self.window.library
        in_user_folder = path.parent.resolve() == self.user_dir().resolve()
        if in_user_folder and library.user_dir() is not None:
            library.reload()  # the folder is read again in the background
        elif in_user_folder:
            library.add_files([path], keep=False)

    def revert_to_bundled(self) -> bool:
        """Remove the user's copy that replaces a bundled routine, after asking."""
        draft = self.draft
        if draft is None:
            return False
        routine_id = str(draft.value(None, "id")) or draft.path.stem
        bundled = self._bundled(routine_id)
        if bundled is None or not draft.path.exists():
            return False
        question = translate(
            "RoutineEditing", "Remove your version of “%1” and use the bundled routine again?"
        )
        if not self.prompts.confirm(
            self.window,
            translate("RoutineEditing", "Revert to the bundled routine"),
            question.replace("%1", bundled.title),
        ):
            return False
        try:
            draft.path.unlink()
        except OSError as error:
            self.prompts.show_error(
                self.window, translate("RoutineEditing", "Could not revert"), str(error)
            )
            return False
        draft.undo_stack.setClean()
        self._discard_page()
        library = self.window.library
        if library.user_dir() is not None:
            library.reload()
        else:
            routines = tuple(
                bundled if r.id == routine_id else r for r in library.library().routines
            )
            library.set_library(replace(library.library(), routines=routines))
        self.window.show_library()
        self.window.statusBar().showMessage(
            translate("RoutineEditing", "Back to the bundled routine.")
        )
        return True

    # ------------------------------------------------------------------ leaving

    def is_open(self) -> bool:
        """True while a routine is being edited."""
        return self.page is not None

    def confirm_close(self) -> bool:
        """True when the editor may close: no unsaved changes, or the person decided."""
        draft = self.draft
        if draft is None or not draft.is_modified():
            return True
        title = str(draft.value(None, "title")) or translate("RoutineEditing", "the new routine")
        answer = self.prompts.ask_unsaved_changes(self.window, title)
        if answer == "save":
            return self.save()
        return answer == "discard"

    def close_editor(self) -> bool:
        """Leave the editor (asking about unsaved changes) and go back to the library."""
        if not self.confirm_close():
            return False
        self._discard_page()
        self.window.show_library()
        return True

    def _discard_page(self) -> None:
        page, draft, self.page, self.draft = self.page, self.draft, None, None
        if page is not None:
            self.window.stack.removeWidget(page)
            page.deleteLater()
        if draft is not None:
            draft.deleteLater()

    # ------------------------------------------------------------------ trying out

    def play(self, index: int, whole: bool) -> None:
        """Practise the current step, or the routine from it; Back returns to the editor."""
        draft = self.draft
        routine = draft.routine() if draft is not None else None
        if routine is None:
            return
        if not whole:
            routine = replace(routine, steps=(routine.steps[index],))
            index = 0
        self._return_after_play = True
        window = self.window
        window.open_routine(routine)
        if window.start_routine() and index:
            window.controller.jump_to(index)

    def take_return(self) -> bool:
        """After trying a routine out, go back to the editor instead of the library."""
        if not self._return_after_play or self.page is None:
            self._return_after_play = False
            return False
        self._return_after_play = False
        self.window.stack.setCurrentWidget(self.page)
        return True

    def _tell(self, text: str) -> None:
        if self.page is not None:
            self.page.show_status(text)
        self.window.statusBar().showMessage(text, 8000)
