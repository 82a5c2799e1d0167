import { describe, expect, it } from 'vitest';
import { commandForKey, type KeyPress } from '../../../../../renderer/src/commands/keybindings';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcuts', () => {
  it('maps the menu accelerators with Ctrl off macOS and Cmd on it', () => {
    expect(commandForKey(press('o', { ctrlKey: true }), false)).toEqual({ command: 'open-images' });
    expect(commandForKey(press('O', { ctrlKey: true, shiftKey: true }), false)).toEqual({
      command: 'open-folder',
    });
    expect(commandForKey(press('s', { ctrlKey: true }), false)).toEqual({ command: 'save-version' });
    expect(commandForKey(press('=', { ctrlKey: true }), false)).toEqual({ command: 'zoom-in' });
    expect(commandForKey(press('-', { ctrlKey: true }), false)).toEqual({ command: 'zoom-out' });
    expect(commandForKey(press('0', { ctrlKey: true }), false)).toEqual({ command: 'zoom-actual' });
    expect(commandForKey(press('o', { metaKey: true }), true)).toEqual({ command: 'open-images' });
  });

  it('leaves other keys to the editor', () => {
    expect(commandForKey(press('o'), false)).toBeNull();
    expect(commandForKey(press('o', { metaKey: true }), false)).toBeNull();
    expect(commandForKey(press('o', { ctrlKey: true }), true)).toBeNull();
    expect(commandForKey(press('z', { ctrlKey: true }), false)).toBeNull();
    expect(commandForKey(press('o', { ctrlKey: true, altKey: true }), false)).toBeNull();
  });
});

describe('page shortcuts', () => {
  it('turns pages with Alt+arrows everywhere, Cmd+Option+arrows on macOS', () => {
    expect(commandForKey(press('ArrowRight', { altKey: true }), false, true)).toEqual({
      command: 'next-page',
    });
    expect(commandForKey(press('ArrowLeft', { altKey: true }), false)).toEqual({ command: 'previous-page' });
    expect(commandForKey(press('ArrowLeft', { altKey: true, metaKey: true }), true, true)).toEqual({
      command: 'previous-page',
    });
    expect(commandForKey(press('ArrowLeft', { altKey: true }), true)).toBeNull();
    expect(commandForKey(press('ArrowLeft', { altKey: true, shiftKey: true }), false)).toBeNull();
    expect(commandForKey(press('ArrowLeft', { altKey: true, ctrlKey: true }), false)).toBeNull();
  });

  it('turns pages with PgUp/PgDn outside text fields only', () => {
    expect(commandForKey(press('PageDown'), false)).toEqual({ command: 'next-page' });
    expect(commandForKey(press('PageUp'), true)).toEqual({ command: 'previous-page' });
    expect(commandForKey(press('PageDown'), false, true)).toBeNull();
    expect(commandForKey(press('PageDown', { shiftKey: true }), false)).toBeNull();
  });

  it('toggles the page list and the history panel', () => {
    expect(commandForKey(press('b', { ctrlKey: true }), false)).toEqual({ command: 'toggle-page-list' });
    expect(commandForKey(press('H', { ctrlKey: true, shiftKey: true }), false)).toEqual({
      command: 'toggle-history',
    });
    expect(commandForKey(press('h', { ctrlKey: true }), false)).toBeNull();
  });
});
