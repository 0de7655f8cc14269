import { createContext, useContext, useEffect, useRef } from 'react';
import type { CommandId, Keystroke } from '../../shared/commands';

interface Handler {
  readonly run: () => void;
  readonly enabled: () => boolean;
}

/**
 * Where the views say what each command does right now. The registry (shared/commands.ts)
 * names the commands; whichever view can carry one out registers a handler while it is on
 * screen, and the keyboard, the menu and the palette all run commands through here.
 */
export class CommandHub {
  private readonly handlers = new Map<CommandId, Handler[]>();
  private readonly listeners = new Set<() => void>();

  public register(id: CommandId, handler: Handler): () => void {
    const list = this.handlers.get(id) ?? [];
    list.push(handler);
    this.handlers.set(id, list);
    this.changed();
    return () => {
      const current = this.handlers.get(id) ?? [];
      this.handlers.set(
        id,
        current.filter((h) => h !== handler),
      );
      this.changed();
    };
  }

  /** The newest view's handler wins (a story view's Find over none). */
  private handler(id: CommandId): Handler | undefined {
    const list = this.handlers.get(id);
    return list?.[list.length - 1];
  }

  public isEnabled(id: CommandId): boolean {
    const handler = this.handler(id);
    return handler !== undefined && handler.enabled();
  }

  /** Runs a command; false when nothing on screen can carry it out. */
  public run(id: CommandId): boolean {
    const handler = this.handler(id);
    if (!handler || !handler.enabled()) return false;
    handler.run();
    return true;
  }

  public subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

/** The window's command hub. */
export const CommandHubContext = createContext<CommandHub>(new CommandHub());

/** The hub of this window. */
export function useCommandHub(): CommandHub {
  return useContext(CommandHubContext);
}

/**
 * Registers what a command does while the calling view is mounted. `run` and `enabled` may
 * change every render; the latest ones are used.
 */
export function useCommand(
  id: CommandId,
  run: () => void,
  enabled: () => boolean = () => true,
): void {
  useHubCommand(useCommandHub(), id, run, enabled);
}

/** `useCommand` for the view that owns the hub (above its provider). */
export function useHubCommand(
  hub: CommandHub,
  id: CommandId,
  run: () => void,
  enabled: () => boolean = () => true,
): void {
  const latest = useRef({ run, enabled });
  latest.current = { run, enabled };
  useEffect(
    () =>
      hub.register(id, {
        run: () => latest.current.run(),
        enabled: () => latest.current.enabled(),
      }),
    [hub, id],
  );
}

/**
 * A key event as the registry compares it: letters and digits by their physical key, so
 * Alt and Shift combinations work on any layout.
 */
export function keystrokeOf(event: {
  readonly code: string;
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}): Keystroke {
  let key = event.key.toLowerCase();
  if (event.code.startsWith('Key')) key = event.code.slice(3).toLowerCase();
  else if (event.code.startsWith('Digit')) key = event.code.slice(5);
  else if (event.code === 'Equal') key = '=';
  else if (event.code === 'Minus') key = '-';
  else if (event.code === 'Comma') key = ',';
  else if (event.code === 'Slash') key = '/';
  return {
    key,
    ctrl: event.ctrlKey || event.metaKey,
    shift: event.shiftKey,
    alt: event.altKey,
  };
}
