/**
 * A chair's term starts and ends at a summit of its organisation: the host of a summit hands the chair on there.
 * Where a term does not (CICA's chair also passes at ministerial meetings), the record says so in `notAtSummit`;
 * a stated exception on a date that is in fact a summit is reported too, so the data keeps telling the truth.
 */
import type { Chair, Summit } from '../../core/model/types.ts';

type Report = (record: string, field: string, message: string) => void;

export function checkChairTerms(chairs: readonly Chair[], summits: readonly Summit[], report: Report): void {
  const summitOn = new Map(summits.map((summit) => [`${summit.org}|${summit.date}`, summit]));
  for (const chair of chairs) {
    const record = `${chair.org} chair ${chair.country} ${chair.from}`;
    const ends: ['from' | 'until', string | undefined][] = [
      ['from', chair.from],
      ['until', chair.until],
    ];
    for (const [end, date] of ends) {
      if (date === undefined) continue;
      const summit = summitOn.get(`${chair.org}|${date}`);
      const exception = chair.notAtSummit?.[end];
      if (!summit && exception === undefined)
        report(
          record,
          end,
          `${date} is not the date of a ${chair.org} summit in summits.json: a term ${end === 'from' ? 'starts' : 'ends'} at a summit, or "notAtSummit.${end}" says why not`,
        );
      if (summit && exception !== undefined)
        report(
          record,
          `notAtSummit.${end}`,
          `${date} is the date of the ${chair.org} summit in ${summit.place.en}: the exception does not apply`,
        );
    }
  }
}
