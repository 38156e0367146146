// zod's issues rewritten as field problems a person can act on ("labels[1] must be one of
// crisis, complaint, …"), instead of zod's raw dump. Shared by the editor and pack import.
import type { z } from 'zod';
import type { FieldProblem } from './errors';

export const fieldPath = (path: readonly PropertyKey[]): string =>
  path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('') || '(root)';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

export function fieldProblems(error: z.ZodError, data: unknown, template?: string): FieldProblem[] {
  const withTemplate = template === undefined ? {} : { template };
  return error.issues.map((issue): FieldProblem => {
    const field = fieldPath(issue.path);
    switch (issue.code) {
      case 'invalid_type':
        return valueAt(data, issue.path) === undefined
          ? { code: 'field_missing', field, ...withTemplate }
          : { code: 'field_wrong_type', field, ...withTemplate };
      case 'invalid_value':
        return { code: 'field_bad_value', field, allowed: issue.values.map(String).join(', '), ...withTemplate };
      case 'too_small':
        if (issue.origin === 'string' || issue.origin === 'array') {
          const min = Number(issue.minimum);
          return min <= 1
            ? { code: 'field_missing', field, ...withTemplate }
            : { code: 'field_too_short', field, min, ...withTemplate };
        }
        return { code: 'field_invalid', field, ...withTemplate };
      case 'too_big':
        if (issue.origin === 'string' || issue.origin === 'array')
          return { code: 'field_too_long', field, max: Number(issue.maximum), ...withTemplate };
        return { code: 'field_invalid', field, ...withTemplate };
      default:
        return { code: 'field_invalid', field, ...withTemplate };
    }
  });
}
