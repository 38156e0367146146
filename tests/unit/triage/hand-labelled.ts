// The shape shared by the project's hand-written seven-label sets (dev, holdout, blind).
import type { Label } from '../../../lib/model';

export type HandLang = 'en' | 'fr' | 'de' | 'es' | 'hr';

export interface HandLabelledPost {
  lang: HandLang;
  text: string;
  label: Label;
}

export const post = (lang: HandLang, label: Label, text: string): HandLabelledPost => ({ lang, label, text });
