/** Which countries chair an organisation shown on the map on a date: the map marks them, the legend names them. */
import type { OrgView } from './categories.ts';
import type { RoleIndex } from './roles.ts';
import { ORG_IDS, type IsoDate, type Iso3, type OrgId } from './types.ts';

export interface ChairOnDate {
  org: OrgId;
  country: Iso3;
}

/** The chair of each organisation in the view on the date, in organisation order. */
export function chairsOn(index: Pick<RoleIndex, 'chairOn'>, view: OrgView, date: IsoDate): ChairOnDate[] {
  return ORG_IDS.filter((org) => view === 'both' || view === org).flatMap((org) => {
    const chair = index.chairOn(org, date);
    return chair ? [{ org, country: chair.country }] : [];
  });
}
