import type { Store } from '../../../src/store/store.ts';

/** A store whose every call waits `delay.ms` first (0 = no wait): a busy database, a slow disk. */
export function slowStore(store: Store, delay: { ms: number }): Store {
  return new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function' || key === 'close') return value;
      return async (...args: unknown[]) => {
        if (delay.ms > 0) await new Promise((resolve) => setTimeout(resolve, delay.ms));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
