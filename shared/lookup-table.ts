/**
 * A lookup table for keys a page or a user controls (element names, file extensions, language
 * and country codes): an object without a prototype, so a key such as "constructor" or
 * "__proto__" finds nothing rather than a property every object inherits.
 *
 * @param entries - the table's keys and values
 * @returns a frozen copy of `entries` without a prototype
 * @example lookupTable({ jpg: 'image/jpeg' }).constructor // undefined
 */
export function lookupTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
