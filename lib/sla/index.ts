// The SLA engine: pure functions over SlaPolicy and epoch milliseconds. The replay of recorded
// response times (reply-latency-replay.ts, csv-records.ts) is tooling for Node: import it directly.
export { slaTargetMs, computeDeadline, type Deadline } from './deadline';
export { countedMs, addCountedMs } from './counted-time';
export { timerState, type TimerFields } from './timer-state';
export {
  firstResponseAt,
  firstResponseMs,
  responseStats,
  medianOfSorted,
  percentileOfSorted,
  type ResponseStats,
  type StatsMention,
} from './response-stats';
export { formatDuration } from './format-duration';
export { periodBounds, type PeriodKind } from './periods';
export { isValidTimeZone } from './zone-clock';
