import type { MenuCommand } from '../../../shared/ipc/events';

/** The parts of a key press the shortcuts look at (a `KeyboardEvent` fits). */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/**
 * Page turning: Alt+←/→ anywhere (Cmd+Option on macOS, where Option+arrow moves by word), PgUp/PgDn only
 * outside text fields, where they keep scrolling the text.
 */
function pageCommand(press: KeyPress, mac: boolean, editingText: boolean): MenuCommand | null {
  const arrows = mac ? press.metaKey && press.altKey : press.altKey && !press.metaKey;
  if (arrows && !press.ctrlKey && !press.shiftKey) {
    if (press.key === 'ArrowLeft') return { command: 'previous-page' };
    if (press.key === 'ArrowRight') return { command: 'next-page' };
  }
  const bare = !press.ctrlKey && !press.metaKey && !press.altKey && !press.shiftKey;
  if (bare && !editingText) {
    if (press.key === 'PageUp') return { command: 'previous-page' };
    if (press.key === 'PageDown') return { command: 'next-page' };
  }
  return null;
}

/**
 * The command a key press stands for, or null. These are the accelerators the menu shows (registered there
 * without binding, so the page handles each key press exactly once); Cmd on macOS, Ctrl elsewhere.
 * `editingText` is true when the focus is in a text field or the editor.
 */
export function commandForKey(press: KeyPress, mac: boolean, editingText = false): MenuCommand | null {
  const paging = pageCommand(press, mac, editingText);
  if (paging) return paging;
  // Alt+↑/↓ step through the OCR lines (taking the keys from the editor's "move line").
  if (press.altKey && !press.ctrlKey && !press.metaKey && !press.shiftKey) {
    if (press.key === 'ArrowUp') return { command: 'line-previous' };
    if (press.key === 'ArrowDown') return { command: 'line-next' };
  }
  const primary = mac ? press.metaKey : press.ctrlKey;
  if (!primary || press.altKey) return null;
  const key = press.key.toLowerCase();
  if (press.shiftKey) {
    if (key === 'o') return { command: 'open-folder' };
    if (key === '+') return { command: 'zoom-in' };
    if (key === 'h') return { command: 'toggle-history' };
    return null;
  }
  switch (key) {
    case 'o':
      return { command: 'open-images' };
    case 's':
      return { command: 'save-version' };
    case 'e':
      return { command: 'export' };
    case '=':
    case '+':
      return { command: 'zoom-in' };
    case '-':
      return { command: 'zoom-out' };
    case '0':
      return { command: 'zoom-actual' };
    case '9':
      return { command: 'zoom-fit' };
    case 'b':
      return { command: 'toggle-page-list' };
    default:
      return null;
  }
}
