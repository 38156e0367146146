import type { Translate } from '../../lib/i18n/translate';
import type { PlaybookStep } from '../../lib/crisis/model';

/** A step's title: the team's own words, else the default step's translated title. */
export const stepTitle = (t: Translate, s: PlaybookStep): string => s.title || (s.key ? t(`crisis.step.${s.key}`) : s.id);
/** Who owns it: a name, else the role's translated name. */
export const stepOwner = (t: Translate, s: PlaybookStep): string => s.owner || (s.ownerRole ? t(`crisis.role.${s.ownerRole}`) : '');
