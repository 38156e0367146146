// The template core's public face: pure functions the side panel, the dashboard and the
// database layer call. Nothing here touches the browser or the database.
export * from './errors';
export * from './variables';
export { VARIABLE_DESCRIPTIONS } from './variable-descriptions';
export { templateContext, cleanDisplayName, type ContextInput } from './context';
export { slaPromise, dmPrefill, baseLang } from './phrases';
export { countForX, countForDm, POST_LIMIT, DM_LIMIT, type PostCount, type DmCount } from './count';
export { newCaseId, normalizeCaseId, CASE_ID_PATTERN, CASE_ALPHABET } from './case-id';
export { dmDeepLink, isAccountId } from './dm-link';
export * from './lifecycle';
export { prepareInsertion, type Insertion } from './insert';
export {
  rankTemplates,
  rankingFor,
  foldForSearch,
  FALLBACK_LANG,
  GENERAL_LABEL,
  type RankedTemplate,
  type RankOptions,
  type Fit,
  type LabelFit,
  type LangFit,
  type SituationFit,
  type MomentFit,
  type IncidentInput,
} from './match';
export { buildHandoff, pickTemplate, invitesToDm, type Handoff, type HandoffInput, type HandoffText } from './handoff';
export {
  createLeadLock,
  verifyLeadLock,
  MIN_PASSPHRASE_LENGTH,
  DEFAULT_ITERATIONS,
  type LeadLock,
} from './lead-lock';
export * from './pack';
export { TEMPLATE_MESSAGES, IN_TEMPLATE, STATUS_NAMES, formatTemplateProblem } from './messages';
export { starterTemplates, starterId, STARTER_APPROVER, STARTER_KEYS, STARTER_SPEC, STARTER_LANGS } from './starter';
