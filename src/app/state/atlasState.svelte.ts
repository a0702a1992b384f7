/**
 * The reader's state, shared through Svelte context: organisation view, date, selection, hover, language, which
 * dialogs are open, the map's view. Everything else (categories, counts, names) is derived from it and the
 * immutable data. Components read the fields and change them only through the methods, so every change the
 * interface can make is listed here.
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
import { DATE_LOCALES } from '../../core/i18n/dateFormats.ts';
import type { AtlasBundle } from '../../core/bundle.ts';
import type { RoleIndex } from '../../core/model/roles.ts';
import type { DatePrecision, IsoDate, Iso3, OrgId, SnapshotId } from '../../core/model/types.ts';
import { nameOf, type CountryNames } from '../../core/i18n/countryNames.ts';
import { fill, type Lang } from '../../core/i18n/strings.ts';
import { appStrings } from '../../core/i18n/appStrings.ts';
import type { UrlState } from '../../core/share/urlState.ts';
import { shippedArticle, type ShownArticle } from './shownArticle.ts';
import { articleMomentDate } from '../../core/article/articleContent.ts';

export interface AtlasDeps {
  bundle: AtlasBundle;
  index: RoleIndex;
  names: CountryNames;
  /** Countries that have a shape or marker on the map. */
  mapped: ReadonlySet<Iso3>;
}

/** The dialogs and overlays the reader can open; any number may be open at once. */
export type Overlay = 'list' | 'reader' | 'export' | 'embed' | 'events';

/** What an embedding page asked the atlas to show of itself. */
export interface EmbedOptions {
  enabled: boolean;
  title: boolean;
  legend: boolean;
  controls: boolean;
}

/** Where the map is looking, as the host page of an embed is told. */
export interface MapViewpoint {
  zoom: number;
  lat: number;
  lng: number;
}

export class AtlasState {
  #org = $state<OrgView>('SCO');
  #date = $state<IsoDate>('');
  #selected = $state<Iso3 | null>(null);
  #hovered = $state<Iso3 | null>(null);
  #lang = $state<Lang>('en');
  #open = $state<Record<Overlay, boolean>>({
    list: false,
    reader: false,
    export: false,
    embed: false,
    events: false,
  });
  #readerLine = $state<number | null>(null);
  #notices = $state.raw<readonly string[]>([]);
  #embed = $state.raw<Readonly<EmbedOptions>>({ enabled: false, title: true, legend: true, controls: true });
  #view = $state.raw<Readonly<MapViewpoint> | null>(null);
  #shownArticle = $state.raw<ShownArticle | null>(null);
  #focus = $state.raw<Readonly<{ code: Iso3 }> | null>(null);
  /** The shipped article whose moment the "article" date is: the one last shown (a reader's own text has none). */
  #momentArticle = $state.raw<string | null>(null);

  get org(): OrgView {
    return this.#org;
  }
  get date(): IsoDate {
    return this.#date;
  }
  get selected(): Iso3 | null {
    return this.#selected;
  }
  get hovered(): Iso3 | null {
    return this.#hovered;
  }
  get lang(): Lang {
    return this.#lang;
  }
  /** The paragraph the article reader opens on, if any. */
  get readerLine(): number | null {
    return this.#readerLine;
  }
  get notices(): readonly string[] {
    return this.#notices;
  }
  get embed(): Readonly<EmbedOptions> {
    return this.#embed;
  }
  /** The map's view after its last move; null until it first moves. */
  get view(): Readonly<MapViewpoint> | null {
    return this.#view;
  }

  /** The country the reader last asked to see on the map (a new object each time, so asking again moves again). */
  get focus(): Readonly<{ code: Iso3 }> | null {
    return this.#focus;
  }

  categories = $derived(categoriesOn(this.index, this.org, this.date));
  legend = $derived(categoryCounts(this.categories, LEGEND_ORDER));
  t = $derived(appStrings[this.lang]);
  dir = $derived<'rtl' | 'ltr'>(this.lang === 'ar' ? 'rtl' : 'ltr');
  orgLabel = $derived(
    this.org === 'both' ? `${this.orgShort('SCO')} + ${this.orgShort('CICA')}` : this.orgShort(this.org),
  );
  mapLabel = $derived(fill(this.t.mapLabel, { org: this.orgLabel, date: this.formatDate(this.date) }));

  constructor(private readonly deps: AtlasDeps) {
    this.#date = this.snapshotDate('article');
  }

  /** The data, with the shown article's text and mentions in place of the default article's. */
  get bundle(): AtlasBundle {
    return this.#shownBundle;
  }

  #shownBundle = $derived.by<AtlasBundle>(() =>
    this.#shownArticle ? { ...this.deps.bundle, ...this.#shownArticle.content } : this.deps.bundle,
  );

  /** An article shown instead of the default one (another shipped article, or the reader's own); null: the default. */
  get shownArticle(): ShownArticle | null {
    return this.#shownArticle;
  }

  /**
   * Shows another article. A shipped article brings its own moment: a map that showed the previous article's
   * moment moves to the new one's; a date the reader chose stays.
   */
  showArticle(article: ShownArticle | null) {
    const atMoment = this.date === this.snapshotDate('article');
    this.#shownArticle = article;
    if (article?.own) return;
    this.#momentArticle = article?.id ?? null;
    if (atMoment) this.#date = this.snapshotDate('article');
  }

  /** The shown shipped article's moment; the data's "article" snapshot (the default article's moment) otherwise. */
  #articleMoment = $derived.by<IsoDate | null>(() => {
    const summary = this.deps.bundle.articles.find((article) => article.id === this.#momentArticle);
    return summary ? articleMomentDate(summary) : null;
  });

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

  snapshotDate(id: SnapshotId): IsoDate {
    if (id === 'article' && this.#articleMoment) return this.#articleMoment;
    const snapshot = this.bundle.data.snapshots.find((s) => s.id === id);
    if (!snapshot) throw new Error(`data has no "${id}" snapshot`);
    return snapshot.date;
  }

  /** The snapshot the current date is, if it is one. */
  get snapshot(): SnapshotId | null {
    return this.bundle.data.snapshots.find((s) => this.snapshotDate(s.id) === this.date)?.id ?? null;
  }

  /** A snapshot's name; the moment of an article other than the default one is named by its date. */
  snapshotLabel(id: SnapshotId): string {
    const snapshot = this.bundle.data.snapshots.find((s) => s.id === id);
    const date = this.snapshotDate(id);
    if (snapshot && snapshot.date === date) return snapshot.label[this.lang];
    return fill(this.t.articleMomentOption, { date: this.formatDate(date) });
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
    return formatDate(date, precision, DATE_LOCALES[this.lang]);
  }

  name(code: Iso3, lang: Lang = this.lang): string {
    return nameOf(this.names, lang, code);
  }

  select(code: Iso3 | null) {
    this.#selected = code;
  }

  /** Brings a country into the map's view (the map moves only if it is not in view already). */
  showOnMap(code: Iso3) {
    this.#focus = { code };
  }

  setHovered(code: Iso3 | null) {
    this.#hovered = code;
  }

  setOrg(org: OrgView) {
    this.#org = org;
  }

  setDate(date: IsoDate) {
    this.#date = date;
  }

  showSnapshot(id: SnapshotId) {
    this.#date = this.snapshotDate(id);
  }

  setLang(lang: Lang) {
    this.#lang = lang;
  }

  setView(view: MapViewpoint) {
    this.#view = { ...view };
  }

  notify(message: string) {
    if (!this.#notices.includes(message)) this.#notices = [...this.#notices, message];
  }

  dismiss(message: string) {
    this.#notices = this.#notices.filter((notice) => notice !== message);
  }

  isOpen(overlay: Overlay): boolean {
    return this.#open[overlay];
  }

  /** Whether any dialog or overlay is open (it takes Esc for itself). */
  get anyOpen(): boolean {
    return Object.values(this.#open).some(Boolean);
  }

  open(overlay: Overlay) {
    this.#open[overlay] = true;
  }

  close(overlay: Overlay) {
    this.#open[overlay] = false;
  }

  /** Opens the article, on one paragraph when `line` names it. */
  openReader(line: number | null = null) {
    this.#readerLine = line;
    this.open('reader');
  }

  toUrlState(): UrlState {
    return {
      org: this.org,
      date: this.snapshot ?? this.date,
      country: this.selected,
      article:
        this.#shownArticle && !this.#shownArticle.own
          ? this.#shownArticle.id
          : this.deps.bundle.articles[0]?.id,
      lang: this.lang,
      embed: this.embed.enabled,
      title: this.embed.title,
      legend: this.embed.legend,
      controls: this.embed.controls,
    };
  }

  applyUrlState(state: Partial<UrlState>) {
    if (state.org) this.#org = state.org;
    // The article first: a date given as "article" is the moment of the article the link names.
    if (state.article) this.showArticle(shippedArticle(this.deps.bundle, state.article));
    if (state.date)
      this.#date =
        state.date === 'article' || state.date === 'latest' ? this.snapshotDate(state.date) : state.date;
    if (state.country !== undefined) this.#selected = state.country;
    if (state.lang) this.#lang = state.lang;
    const { embed, title, legend, controls } = state;
    if ([embed, title, legend, controls].every((flag) => flag === undefined)) return;
    this.#embed = {
      enabled: embed ?? this.#embed.enabled,
      title: title ?? this.#embed.title,
      legend: legend ?? this.#embed.legend,
      controls: controls ?? this.#embed.controls,
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
