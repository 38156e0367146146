// Every problem the template core reports is data (a code and its parameters), never a
// sentence: the UI translates it with messages.ts, so French and Croatian agents read it
// in their language. `template` names the template a problem belongs to, when it matters.

interface Base {
  /** Which template the problem is about, e.g. `#3 starter-complaint-reply-en`. */
  template?: string;
}

export type VariableProblem = Base &
  (
    | { code: 'unknown_variable'; name: string }
    | { code: 'empty_variable'; name: string }
    | { code: 'malformed_braces'; name: string }
  );

export type FieldProblem = Base &
  (
    | { code: 'field_missing'; field: string }
    | { code: 'field_wrong_type'; field: string }
    | { code: 'field_bad_value'; field: string; allowed: string }
    | { code: 'field_too_short'; field: string; min: number }
    | { code: 'field_too_long'; field: string; max: number }
    | { code: 'field_invalid'; field: string }
  );

export type InsertProblem = Base &
  (
    | { code: 'not_approved'; status: string }
    | { code: 'over_limit'; weighted: number; limit: number }
    | { code: 'dm_too_long'; length: number; limit: number }
  );

export type LifecycleProblem = Base &
  (
    | { code: 'lead_only' }
    | { code: 'actor_required' }
    | { code: 'already_approved' }
    | { code: 'already_retired' }
    | { code: 'cannot_approve_retired' }
    | { code: 'no_changes' }
  );

export type LeadLockProblem =
  | { code: 'passphrase_too_short'; min: number }
  | { code: 'wrong_passphrase' }
  | { code: 'lead_lock_invalid' };

export type HandoffProblem = Base &
  (
    | { code: 'invalid_recipient_id'; id: string }
    | { code: 'missing_brand_account_id' }
    | { code: 'no_handoff_reply'; label: string; lang: string }
    | { code: 'no_dm_opener'; label: string; lang: string }
  );

export type PackProblem = Base &
  (
    | { code: 'pack_json_syntax'; line: number; column: number; near: string }
    | { code: 'pack_too_large'; size: number; max: number }
    | { code: 'pack_not_object' }
    | { code: 'pack_wrong_format'; found: string }
    | { code: 'pack_unsupported_version'; version: string }
    | { code: 'pack_no_templates' }
    | { code: 'pack_too_many_templates'; count: number; max: number }
    | { code: 'duplicate_id'; id: string }
    | { code: 'approval_missing' }
  );

export type TemplateProblem =
  | VariableProblem
  | FieldProblem
  | InsertProblem
  | LifecycleProblem
  | LeadLockProblem
  | HandoffProblem
  | PackProblem;

export type TemplateProblemCode = TemplateProblem['code'];

/** The result shape every fallible function here returns. */
export type Result<T, P extends TemplateProblem = TemplateProblem> =
  | ({ ok: true } & T)
  | { ok: false; errors: P[] };
