type Listener = (...args: never[]) => unknown;

/** The part of Node's EventEmitter that Electron's objects share: on, once, emit, removeListener. */
export class StandInEmitter {
  private readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    const once = (...args: never[]) => {
      this.removeListener(event, once);
      return listener(...args);
    };
    return this.on(event, once);
  }

  removeListener(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }

  /** Calls every listener as Electron would, and answers what they returned. */
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((listener) => (listener as (...a: unknown[]) => unknown)(...args));
  }
}

/** An Electron event a listener may cancel. */
export function standInEvent(): { defaultPrevented: boolean; preventDefault: () => void } {
  const event = { defaultPrevented: false, preventDefault: () => void (event.defaultPrevented = true) };
  return event;
}
