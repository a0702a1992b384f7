/**
 * The reader's state, shared through Svelte context: organisation view, date, selection, hover, language.
 * Everything else (categories, counts, names) is derived from it and the immutable data.
 */
import { getContext, setContext } from 'svelte';
import {
  categoriesOn,
  categoryCounts,
  LEGEND_ORDER,
  type MapCategory,
  type OrgView,
} from '../../core/model/categories.ts';
import { formatDate } from '../../core/model/dates.ts';
import type { AtlasBundle } from '../../core/model/bundle.ts';
import type { RoleIndex } from '../../core/model/roles.ts';
import type { DatePrecision, IsoDate, Iso3, OrgId } from '../../core/model/types.ts';
import { nameOf, type CountryNames } from '../../core/i18n/countryNames.ts';
import { fill, STRINGS, type Lang } from '../../core/i18n/strings.ts';
import type { UrlState } from '../../core/share/urlState.ts';
import { shippedArticle, type ShownArticle } from '../article/shownArticle.ts';

export interface AtlasDeps {
  bundle: AtlasBundle;
  index: RoleIndex;
  names: CountryNames;
  /** Countries that have a shape or marker on the map. */
  mapped: ReadonlySet<Iso3>;
}

export class AtlasState {
  org = $state<OrgView>('SCO');
  date = $state<IsoDate>('');
  selected = $state<Iso3 | null>(null);
  hovered = $state<Iso3 | null>(null);
  lang = $state<Lang>('en');
  readerOpen = $state(false);
  readerLine = $state<number | null>(null);
  listOpen = $state(false);
  notices = $state<string[]>([]);
  embed = $state({ enabled: false, title: true, legend: true, controls: true });
  /** An article shown instead of the default one (another shipped article, or the reader's own); null: the default. */
  shownArticle = $state.raw<ShownArticle | null>(null);

  categories = $derived(categoriesOn(this.index, this.org, this.date));
  legend = $derived(categoryCounts(this.categories, LEGEND_ORDER));
  t = $derived(STRINGS[this.lang]);
  dir = $derived<'rtl' | 'ltr'>(this.lang === 'ar' ? 'rtl' : 'ltr');
  orgLabel = $derived(
    this.org === 'both' ? `${this.orgShort('SCO')} + ${this.orgShort('CICA')}` : this.orgShort(this.org),
  );
  mapLabel = $derived(fill(this.t.mapLabel, { org: this.orgLabel, date: this.formatDate(this.date) }));

  constructor(private readonly deps: AtlasDeps) {
    this.date = this.snapshotDate('article');
  }

  /** The data, with the shown article's text and mentions in place of the default article's. */
  get bundle(): AtlasBundle {
    return this.shownBundle;
  }

  private shownBundle = $derived.by<AtlasBundle>(() =>
    this.shownArticle ? { ...this.deps.bundle, ...this.shownArticle.content } : this.deps.bundle,
  );

  get index(): RoleIndex {
    return this.deps.index;
  }

  get names(): CountryNames {
    return this.deps.names;
  }

  /** Countries that have a shape or marker on the map (disputed areas excluded). */
  get mapped(): ReadonlySet<Iso3> {
    return this.deps.mapped;
  }

  snapshotDate(id: 'article' | 'latest'): IsoDate {
    const snapshot = this.bundle.data.snapshots.find((s) => s.id === id);
    if (!snapshot) throw new Error(`data has no "${id}" snapshot`);
    return snapshot.date;
  }

  /** The snapshot the current date is, if it is one. */
  get snapshot(): 'article' | 'latest' | null {
    return this.bundle.data.snapshots.find((s) => s.date === this.date)?.id ?? null;
  }

  orgShort(org: OrgId, lang: Lang = this.lang): string {
    return this.bundle.data.organisations.find((o) => o.id === org)?.short[lang] ?? org;
  }

  orgName(org: OrgId, lang: Lang = this.lang): string {
    return this.bundle.data.organisations.find((o) => o.id === org)?.name[lang] ?? org;
  }

  /** The legend label of a category in the interface language. */
  categoryLabel(category: MapCategory): string {
    if (category === 'both') return this.t.bothLegend;
    if (category === 'sco_only') return this.t.scoOnly;
    if (category === 'cica_only') return this.t.cicaOnly;
    return this.t.statusPlural[category];
  }

  formatDate(date: IsoDate, precision: DatePrecision = 'day'): string {
    return formatDate(date, precision, this.lang === 'ar' ? 'ar' : 'en-GB');
  }

  name(code: Iso3, lang: Lang = this.lang): string {
    return nameOf(this.names, lang, code);
  }

  select(code: Iso3 | null) {
    this.selected = code;
  }

  notify(message: string) {
    if (!this.notices.includes(message)) this.notices = [...this.notices, message];
  }

  openReader(line: number | null = null) {
    this.readerLine = line;
    this.readerOpen = true;
  }

  toUrlState(): UrlState {
    return {
      org: this.org,
      date: this.snapshot ?? this.date,
      country: this.selected,
      article:
        this.shownArticle && !this.shownArticle.own ? this.shownArticle.id : this.deps.bundle.articles[0]?.id,
      lang: this.lang,
      embed: this.embed.enabled,
      title: this.embed.title,
      legend: this.embed.legend,
      controls: this.embed.controls,
    };
  }

  applyUrlState(state: Partial<UrlState>) {
    if (state.org) this.org = state.org;
    if (state.date)
      this.date =
        state.date === 'article' || state.date === 'latest' ? this.snapshotDate(state.date) : state.date;
    if (state.country !== undefined) this.selected = state.country;
    if (state.article) this.shownArticle = shippedArticle(this.deps.bundle, state.article);
    if (state.lang) this.lang = state.lang;
    const { embed, title, legend, controls } = state;
    this.embed = {
      enabled: embed ?? this.embed.enabled,
      title: title ?? this.embed.title,
      legend: legend ?? this.embed.legend,
      controls: controls ?? this.embed.controls,
    };
  }
}

const KEY = Symbol('atlas');

export function setAtlas(state: AtlasState): AtlasState {
  return setContext(KEY, state);
}

export function getAtlas(): AtlasState {
  const state = getContext<AtlasState | undefined>(KEY);
  if (!state) throw new Error('getAtlas() outside an <Atlas>');
  return state;
}
