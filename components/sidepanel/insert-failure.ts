// Why an insertion did not happen, in words an agent can act on. The background and the
// MAIN-world helper (lib/x/composer-insert.ts, lib/x/main-bridge.ts) report terse codes;
// several codes mean the same thing to the agent.
import type { InsertTarget } from '../../lib/messaging/protocol';
import type { MessageKey } from '../../lib/i18n/translate';

const BY_REASON: Record<string, 'no_x_tab' | 'no_answer' | 'no_composer' | 'not_taken' | 'composer_changed'> = {
  no_x_tab: 'no_x_tab',
  no_answer: 'no_answer',
  timeout: 'no_answer',
  'bridge-error': 'no_answer',
  'invalid-request': 'no_answer',
  'insert-error': 'no_answer',
  'no-composer': 'no_composer',
  'no-post-button': 'composer_changed',
  'no-caret': 'composer_changed',
  'editor-gone': 'composer_changed',
  'no-value-setter': 'composer_changed',
  'text-not-verified': 'not_taken',
  'not-verified': 'not_taken',
  'post-button-disabled': 'not_taken',
  'value-not-kept': 'not_taken',
  'send-button-disabled': 'not_taken',
};

export function failureMessageKey(reason: string | undefined, target: InsertTarget): MessageKey {
  const kind = reason ? BY_REASON[reason] : undefined;
  switch (kind) {
    case 'no_x_tab':
      return 'panel.reason.noXTab';
    case 'no_answer':
      return 'panel.reason.noAnswer';
    case 'no_composer':
      return target === 'dm' ? 'panel.reason.noChatBox' : 'panel.reason.noReplyBox';
    case 'composer_changed':
      return 'panel.reason.composerChanged';
    case 'not_taken':
      return target === 'dm' ? 'panel.reason.chatNotTaken' : 'panel.reason.replyNotTaken';
    default:
      return 'panel.reason.unknown';
  }
}
