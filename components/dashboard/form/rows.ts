/**
 * A row of an editable list. The key is the row's identity for React and for error messages:
 * indexes shift when a row above is removed, keys do not.
 */
export interface Row<T = string> {
  key: string;
  value: T;
}

let counter = 0;

export function rowKey(): string {
  counter += 1;
  return `r${counter}`;
}

export function toRows<T>(values: readonly T[]): Row<T>[] {
  return values.map((value) => ({ key: rowKey(), value }));
}
