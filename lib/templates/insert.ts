// The gate in front of X's composers: the side panel and the inline picker call this and
// insert only what it returns. A draft or retired template, a variable left unfilled, or a
// public text past X's limit never gets through.
import type { Template } from '../model';
import { countForDm, countForX, type DmCount, type PostCount } from './count';
import type { Result, TemplateProblem } from './errors';
import { canInsert, PUBLIC_KINDS } from './lifecycle';
import { renderTemplate, type TemplateContext } from './variables';

export type Insertion = Result<{ text: string; count: PostCount | DmCount }>;

export function prepareInsertion(t: Template, ctx: TemplateContext): Insertion {
  if (!canInsert(t)) return { ok: false, errors: [{ code: 'not_approved', status: t.status }] };
  const rendered = renderTemplate(t.body, ctx);
  const errors: TemplateProblem[] = [...rendered.problems];
  let count: PostCount | DmCount;
  if (PUBLIC_KINDS.includes(t.kind)) {
    const post = countForX(rendered.text);
    if (post.over) errors.push({ code: 'over_limit', weighted: post.weighted, limit: post.limit });
    count = post;
  } else {
    const dm = countForDm(rendered.text);
    if (dm.over) errors.push({ code: 'dm_too_long', length: dm.length, limit: dm.limit });
    count = dm;
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, text: rendered.text, count };
}
