import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { translate } from '../../../../shared/i18n';
import type { MenuCommand } from '../../../../shared/ipc/events';
import { commandForKey, type KeyPress } from '../../../../renderer/src/commands/keybindings';

const installed = vi.hoisted(() => ({ template: [] as unknown[] }));

vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: unknown[]) => template,
    setApplicationMenu: (menu: unknown[]) => {
      installed.template = menu;
    },
  },
}));

const { installMenu } = await import('../../../../electron/main/menu');

/** Every item with a click, depth first, as the menu lists them. */
function items(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) =>
    Array.isArray(item.submenu) ? items(item.submenu) : item.click ? [item] : [],
  );
}

/** The key press an Electron accelerator stands for (the subset the menu uses). */
function pressOf(accelerator: string, mac: boolean): KeyPress {
  const parts = accelerator.split('+');
  const key = parts.at(-1) ?? '';
  const modifiers = new Set(parts.slice(0, -1));
  const arrows: Record<string, string> = {
    Left: 'ArrowLeft',
    Right: 'ArrowRight',
    Up: 'ArrowUp',
    Down: 'ArrowDown',
  };
  return {
    key: arrows[key] ?? key.toLowerCase(),
    ctrlKey: modifiers.has('Ctrl') || (!mac && modifiers.has('CmdOrCtrl')),
    metaKey: modifiers.has('Cmd') || (mac && modifiers.has('CmdOrCtrl')),
    shiftKey: modifiers.has('Shift'),
    altKey: modifiers.has('Alt'),
  };
}

/** Installs the menu and returns its clickable items with what each one sends. */
function install(platform: NodeJS.Platform, locale: 'en' | 'zh-CN' = 'en') {
  const sent: MenuCommand[] = [];
  installMenu({ locale, showBoxes: true, canExport: true }, (command) => sent.push(command), platform);
  return items(installed.template as MenuItemConstructorOptions[]).map((item) => {
    sent.length = 0;
    (item.click as () => void)();
    return { item, sent: sent[0] };
  });
}

beforeEach(() => {
  installed.template = [];
});

describe('application menu', () => {
  it('steps through the OCR lines with Alt+Up/Down, labelled in the UI language', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const entries = install('linux', locale);
      const previous = entries.find((e) => e.sent?.command === 'line-previous');
      const next = entries.find((e) => e.sent?.command === 'line-next');
      expect(previous?.item).toMatchObject({
        label: translate(locale, 'menu.previousLine'),
        accelerator: 'Alt+Up',
        registerAccelerator: false,
      });
      expect(next?.item).toMatchObject({
        label: translate(locale, 'menu.nextLine'),
        accelerator: 'Alt+Down',
        registerAccelerator: false,
      });
    }
    expect(translate('zh-CN', 'menu.nextLine')).not.toBe(translate('en', 'menu.nextLine'));
  });

  it('shows only accelerators the page binds to the same command, on each platform', () => {
    for (const [platform, mac] of [
      ['linux', false],
      ['win32', false],
      ['darwin', true],
    ] as const) {
      const shown = install(platform).filter((e) => typeof e.item.accelerator === 'string');
      expect(shown.length).toBeGreaterThan(10);
      for (const { item, sent } of shown) {
        expect(item.registerAccelerator).toBe(false);
        expect(commandForKey(pressOf(item.accelerator as string, mac), mac)).toEqual(sent);
      }
    }
  });
});
