import { describe, expect, it } from 'vitest';
import { registerCommand, runCommand } from '../../../../../renderer/src/commands/commands';

describe('command registry', () => {
  it('runs the registered handler with the command, and nothing once unregistered', () => {
    const seen: string[] = [];
    const unregister = registerCommand('set-ui-locale', (command) => seen.push(command.locale));
    expect(runCommand({ command: 'set-ui-locale', locale: 'en' })).toBe(true);
    unregister();
    expect(runCommand({ command: 'set-ui-locale', locale: 'zh-CN' })).toBe(false);
    expect(seen).toEqual(['en']);
  });

  it('keeps a newer handler when an older registration is undone', () => {
    let which = '';
    const first = registerCommand('zoom-in', () => (which = 'first'));
    const second = registerCommand('zoom-in', () => (which = 'second'));
    first();
    runCommand({ command: 'zoom-in' });
    expect(which).toBe('second');
    second();
    expect(runCommand({ command: 'zoom-in' })).toBe(false);
  });
});
