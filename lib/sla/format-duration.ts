// Short durations for timers. Intl.DurationFormat would fit but is missing from Node 20 (and older
// browsers), so units come from Intl.NumberFormat's narrow unit style and are joined by
// Intl.ListFormat: "4m 05s" in English, "4min 05s" in French, "4 m 05 s" in Croatian.
import { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS } from './zone-clock';

type Unit = 'day' | 'hour' | 'minute' | 'second';

const unitFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

function supported(locale: string | undefined): string | undefined {
  if (locale === undefined) return undefined;
  try {
    return Intl.getCanonicalLocales(locale)[0];
  } catch {
    return 'en';
  }
}

// Careline's own UI languages, written out as ICU's narrow units read: building an Intl
// formatter costs milliseconds on first use (ICU data), and timers format constantly.
const OWN_UNITS: Record<string, Record<Unit, [string, string]>> = {
  en: { day: ['', 'd'], hour: ['', 'h'], minute: ['', 'm'], second: ['', 's'] },
  fr: { day: ['', 'j'], hour: ['', 'h'], minute: ['', 'min'], second: ['', 's'] },
  hr: { day: [' ', 'd.'], hour: [' ', 'h'], minute: [' ', 'm'], second: [' ', 's'] },
};

function unitPart(locale: string | undefined, unit: Unit, value: number, pad: boolean): string {
  const own = locale === undefined ? undefined : OWN_UNITS[locale];
  if (own) {
    const [gap, suffix] = own[unit];
    return `${pad && value < 10 ? '0' : ''}${value}${gap}${suffix}`;
  }
  const key = `${locale ?? ''}|${unit}|${pad}`;
  let format = unitFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'unit',
      unit,
      unitDisplay: 'narrow',
      minimumIntegerDigits: pad ? 2 : 1,
    });
    unitFormats.set(key, format);
  }
  return format.format(value);
}

function join(locale: string | undefined, parts: string[]): string {
  if (locale !== undefined && locale in OWN_UNITS) return parts.join(' ');
  const key = locale ?? '';
  let format = listFormats.get(key);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' });
    listFormats.set(key, format);
  }
  return format.format(parts);
}

export interface DurationOptions {
  /** Show seconds next to minutes ("4m 05s"); false gives "4m". Under a minute, seconds always show. */
  seconds?: boolean;
}

/**
 * Two units at most, the smaller zero-padded where it ticks like a clock: "45s", "4m 05s",
 * "1h 12m", "2d 3h". Truncates, as a countdown does. Negative (overdue) durations get a minus sign.
 */
export function formatDuration(ms: number, locale?: string, options: DurationOptions = {}): string {
  if (!Number.isFinite(ms)) throw new RangeError(`Not a duration: ${ms}`);
  const loc = supported(locale);
  // Less than a second overdue still reads as zero, not "-0s".
  const sign = ms <= -SECOND_MS ? '-' : '';
  const abs = Math.abs(ms);
  const days = Math.floor(abs / DAY_MS);
  const hours = Math.floor((abs % DAY_MS) / HOUR_MS);
  const minutes = Math.floor((abs % HOUR_MS) / MINUTE_MS);
  const seconds = Math.floor((abs % MINUTE_MS) / SECOND_MS);
  let parts: string[];
  if (days > 0) parts = [unitPart(loc, 'day', days, false), unitPart(loc, 'hour', hours, false)];
  else if (hours > 0) parts = [unitPart(loc, 'hour', hours, false), unitPart(loc, 'minute', minutes, true)];
  else if (minutes > 0)
    parts =
      options.seconds === false
        ? [unitPart(loc, 'minute', minutes, false)]
        : [unitPart(loc, 'minute', minutes, false), unitPart(loc, 'second', seconds, true)];
  else parts = [unitPart(loc, 'second', seconds, false)];
  return sign + join(loc, parts);
}
