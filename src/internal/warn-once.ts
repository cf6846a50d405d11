const warned = new Set<string>();

/**
 * One console warning per `key` (an element and a wrong value), however
 * often that value is set or the element re-renders.
 */
export function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(message);
}
