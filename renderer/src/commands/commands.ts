import type { MenuCommand } from '../../../shared/ipc/events';

/** Name of a command: what a menu item, a shortcut and a button share. */
export type CommandName = MenuCommand['command'];

type Handler<N extends CommandName> = (command: Extract<MenuCommand, { command: N }>) => void;

/** Stored handlers take any command; `runCommand` only passes one whose name matches the key it is under. */
const handlers = new Map<CommandName, (command: MenuCommand) => void>();

/**
 * Makes `handler` run `name`; the feature that owns the behaviour registers it while mounted (the scan view its
 * zoom commands, the editor saving). Returns the unregister for a `useEffect` cleanup.
 */
export function registerCommand<N extends CommandName>(name: N, handler: Handler<N>): () => void {
  const stored = (command: MenuCommand): void => {
    if (command.command === name) handler(command as Extract<MenuCommand, { command: N }>);
  };
  handlers.set(name, stored);
  return () => {
    if (handlers.get(name) === stored) handlers.delete(name);
  };
}

/** Runs a command; false when no feature handles it right now (e.g. export before that feature exists). */
export function runCommand(command: MenuCommand): boolean {
  const handler = handlers.get(command.command);
  if (!handler) return false;
  handler(command);
  return true;
}
