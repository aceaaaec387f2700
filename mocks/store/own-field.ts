/**
 * Sets a field as an own property, whatever its name. Plain assignment of `__proto__` changes the
 * object's prototype instead of adding a field, so an attribute named `__proto__` would silently
 * vanish from every row (and a key attribute of that name would make every item unreachable).
 */
export function setOwnField(target: Record<string, unknown>, name: string, value: unknown): void {
  if (name === '__proto__') Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
  else target[name] = value;
}
