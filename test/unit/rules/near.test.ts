/**
 * The moment index (rules/timeline/near.ts) answers as the scans it replaced: on random
 * timelines (instants clustered so that ties and bounds are hit, fractional and non-finite
 * ones among them, zones known and unknown, entries with and without AM/PM) every query is
 * compared with `Array.find` over the entries with the same predicate, and so is every query
 * on the timeline's next version (the same times, then one time or one AM/PM changed, then the
 * same point objects with one AM/PM flipped), where the index reuses what it sorted for the last one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ResolvedEntry, ResolvedPoint, ResolvedZone } from '../../../server/src/service/derive/timeline/types';
import type { TimelineEntry } from '../../../server/src/service/model/schema';
import { MomentIndex, agrees, shifted12 } from '../../../server/src/service/rules/timeline/near';

const KNOWN: ResolvedZone = { text: 'UTC', source: 'entry', info: { offsetMinutes: 0 } as ResolvedZone['info'] };
const UNKNOWN: ResolvedZone = { text: 'West African Time', source: 'entry', info: null };

function point(instant: number, localMinutes: number, zone: ResolvedZone | null): ResolvedPoint {
  return { localMinutes, date: null, dateSource: null, zone, offsetMinutes: 0, instant, dayOffset: 0, shifted12h: false };
}

function entry(index: number, p: ResolvedPoint | null, meridiem: string | null): ResolvedEntry {
  return { entry: { meridiem } as unknown as TimelineEntry, index, point: p, step: null, sinceStart: null, anomaly: null, previousIndex: null };
}

const scanFirst = (timed: readonly ResolvedEntry[], f: (r: ResolvedEntry) => boolean): number | undefined => timed.find(f)?.index;

test('the moment index answers every query as a scan of the entries does', async () => {
  const { default: fc } = await import('fast-check');
  // Minutes on a small axis so that many entries share or border the queried moment.
  const minute = fc.oneof(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 0, max: 3000 }).map((n) => n / 2), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 720, 780, 1440));
  const zone = fc.constantFrom<ResolvedZone | null>(null, KNOWN, UNKNOWN);
  const arbPoint = fc.tuple(minute, fc.oneof(fc.integer({ min: 0, max: 1439 }), fc.constant(Number.NaN)), zone).map(([i, l, z]) => point(i, l, z));
  const arbEntry = fc.tuple(fc.option(arbPoint, { freq: 6 }), fc.constantFrom<string | null>(null, 'PM', 'AM'));
  const tolerance = fc.constantFrom(0, 2, 5, 30, 0.5);
  fc.assert(
    fc.property(fc.array(arbEntry, { maxLength: 40 }), arbPoint, tolerance, fc.integer({ min: 0, max: 1500 }), fc.nat(), arbEntry, (specs, p, tol, cut, at, edit) => {
      const check = (timed: readonly ResolvedEntry[]): void => {
        const near = new MomentIndex(timed);
        const later = (r: ResolvedEntry): boolean => (r.point?.instant ?? 0) > cut;
        assert.equal(near.firstAgreeing(p, tol)?.index, scanFirst(timed, (r) => agrees(r, p, tol)));
        assert.equal(near.firstAgreeing(p, tol, later)?.index, scanFirst(timed, (r) => agrees(r, p, tol) && later(r)));
        assert.equal(near.someAgreeing(p, tol), timed.some((r) => agrees(r, p, tol)));
        assert.equal(near.firstShifted(p, tol)?.index, scanFirst(timed, (r) => shifted12(r, p, tol)));
        const atClock = (r: ResolvedEntry): boolean => r.point !== null && Math.abs(r.point.localMinutes - p.localMinutes) <= tol && r.entry.meridiem === null;
        assert.equal(near.firstAtClock(p, tol, atClock)?.index, scanFirst(timed, atClock));
      };
      const timed = specs.map(([pt, m], index) => entry(index, pt, m));
      check(timed);
      // The next version of the timeline, as after a keystroke: the same entries as new
      // objects (the index's arrays are reused), then one entry's time or AM/PM changed.
      check(specs.map(([pt, m], index) => entry(index, pt && { ...pt }, m)));
      if (specs.length > 0) {
        const k = at % specs.length;
        check(specs.map(([pt, m], index) => (index === k ? entry(index, edit[0], edit[1]) : entry(index, pt, m))));
        const [pt, m] = specs[k] as (typeof specs)[number];
        check(specs.map((s, index) => (index === k ? entry(index, pt, m === null ? 'PM' : null) : entry(index, s[0], s[1]))));
        // The same point objects again (the resolution keeps them), as new entry objects: the
        // keys are taken as they were; then one entry's AM/PM flipped on its same point: not.
        const again = (flip: number): ResolvedEntry[] => specs.map(([p2, m2], index) => entry(index, p2, index === flip ? (m2 === null ? 'PM' : null) : m2));
        check(again(-1));
        check(again(-1));
        check(again(k));
      }
    }),
    { numRuns: 3000 },
  );
});

test('an entry 12 hours off, written without AM/PM, agrees; one written with PM does not', () => {
  const p = point(20 * 60, 20 * 60, KNOWN);
  const timed = [entry(0, point(8 * 60 + 1, 8 * 60 + 1, KNOWN), 'PM'), entry(1, point(8 * 60 + 1, 8 * 60 + 1, KNOWN), null)];
  const near = new MomentIndex(timed);
  assert.equal(near.firstShifted(p, 2)?.index, 1);
  assert.equal(near.firstAgreeing(p, 2)?.index, 1);
  assert.equal(near.firstAgreeing(p, 0), undefined);
});
