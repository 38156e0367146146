// The SLA engine on real timestamps: the first brand replies of the Customer Support on Twitter
// sample, from the shared evaluation data beside the repository.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  medianLatencySeconds,
  parseReplyLatencyCsv,
  replayReplyLatencies,
} from '../../../eval/sla/reply-latency-replay';
import { sharedEvalFile, titleNeedingSharedEval } from '../../support/shared-data';

const csvPath = sharedEvalFile('response-times/twcs_first5000_reply_latency.csv');
const rows = csvPath ? parseReplyLatencyCsv(readFileSync(csvPath, 'utf8')) : [];
const report = replayReplyLatencies(rows, 60);

describe.skipIf(!csvPath)(titleNeedingSharedEval('replay of recorded first brand replies', !!csvPath), () => {
  it('reads every row of the file', () => {
    // The data README counts 2,083 inbound tweets with a brand reply.
    expect(rows).toHaveLength(2083);
    for (const r of rows) expect(r.replyAt - r.inboundAt).toBe(r.latencySeconds * 1_000);
  });

  it("matches the file's own median first response", () => {
    const fileMedian = medianLatencySeconds(rows);
    expect(fileMedian).toBe(692); // as the data README states
    expect(report.overall.medianSeconds).toBe(fileMedian);
  });

  it('counts attainment against the 60-minute target from the timestamps', () => {
    const withinByColumn = rows.filter((r) => r.latencySeconds <= 3_600).length;
    expect(report.overall.count).toBe(rows.length);
    expect(report.overall.withinTarget).toBe(withinByColumn);
    expect(report.overall.attainment).toBeCloseTo(withinByColumn / rows.length, 12);
  });

  it('splits the figures by brand, most replied-to first', () => {
    expect(report.brands.reduce((n, b) => n + b.count, 0)).toBe(rows.length);
    expect(report.brands.reduce((n, b) => n + b.withinTarget, 0)).toBe(report.overall.withinTarget);
    const counts = report.brands.map((b) => b.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const chipotle = report.brands.find((b) => b.brand === 'ChipotleTweets')!;
    const own = rows.filter((r) => r.brand === 'ChipotleTweets');
    expect(chipotle.count).toBe(own.length);
    expect(chipotle.medianSeconds).toBe(medianLatencySeconds(own));
  });

  it('has the figures in docs/sla-replay.json that the replay gives now', () => {
    const saved = JSON.parse(readFileSync('docs/sla-replay.json', 'utf8')) as Record<string, unknown>;
    expect(saved).toMatchObject({ rows: rows.length, fileMedianLatencySeconds: 692, ...report });
  });
});
