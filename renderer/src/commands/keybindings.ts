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
 * The command a key press stands for, or null. These are the accelerators the menu shows (registered there
 * without binding, so the page handles each key press exactly once); Cmd on macOS, Ctrl elsewhere.
 */
export function commandForKey(press: KeyPress, mac: boolean): MenuCommand | null {
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
    default:
      return null;
  }
}
