/** Every interface string, in English and Arabic. Keys are grouped by the part of the interface they belong to. */
import type { Status } from '../model/types.ts';

export type Lang = 'en' | 'ar';

/** A phrase in each plural form a language needs (CLDR: Arabic has six, English two); `other` is the fallback. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export const LANGS: readonly Lang[] = ['en', 'ar'];

const en = {
  appTitle: 'SCO–CICA Atlas',
  appSubtitle: 'Members, observers and partners of the Shanghai Cooperation Organisation and CICA',
  orgLabel: 'Organisation',
  orgBoth: 'Both',
  snapshotLabel: 'Date',
  searchLabel: 'Find a country',
  searchPlaceholder: 'Search a country (English or Arabic)',
  searchNoResults: 'No country matches',
  listButton: 'Country list',
  listTitle: 'Countries by role',
  articleButton: 'Read the article',
  articleTitle: 'The article (Arabic)',
  close: 'Close',
  loading: 'Loading the map…',
  loadingSlow: 'Still loading — the connection seems slow.',
  loadFailed: 'The map could not be loaded.',
  retry: 'Try again',
  legendTitle: 'Role',
  noRole: 'No role',
  disputed: 'Disputed area',
  bothLegend: 'Any role in both',
  scoOnly: 'SCO only',
  cicaOnly: 'CICA only',
  since: 'since',
  until: 'until',
  earlier: 'Earlier',
  noRoleIn: 'No role in the {org}',
  chairNow: 'Chairs the {org} ({from} – {until})',
  chairPast: 'Chaired the {org}: {periods}',
  sources: 'Sources',
  passagesTitle: 'What the article says',
  passagesNaming: {
    one: '1 paragraph names {country}',
    other: '{n} paragraphs name {country}',
  } as PluralForms,
  paragraph: 'Paragraph {n}',
  readInContext: 'Read in context',
  notNamed: 'The article never names {country}.',
  aboutOrg: 'Paragraphs about the {org}, not about {country}:',
  translationNote: 'English gloss (translation)',
  selectHint: 'Click a country, or search, to see its roles and what the article says about it.',
  articleDateNote: 'The article was published in 2024, when Kazakhstan chaired both organisations.',
  sourceLine: 'Data: SCO and CICA public records, as of {date}. Map: Natural Earth.',
  notice: 'Notice',
  ignoredParam: 'Ignored an unknown or invalid link setting: {name}',
  dismiss: 'Dismiss',
  mapLabel: 'Map of {org} roles on {date}',
  tooltipNoRole: 'No role in the SCO or CICA',
  mentionedInArticle: 'named in {n} paragraphs',
  excludedNote: 'Not part of the article',
  chairLegend: 'Chair of the {org}: {country}',
  gestureHelp: 'Use Ctrl + scroll to zoom the map',
  gestureHelpMac: 'Use ⌘ + scroll to zoom the map',
  gestureHelpMobile: 'Use two fingers to move the map',
  embedButton: 'Embed',
  exportButton: 'Export',
  sandboxNotice: 'This embed runs in a sandbox without “allow-same-origin”; the map may be limited.',
  messageIgnored: 'Ignored a message from the host page: {reason}',
  chairNote: 'Chair of the {org}',
  statusOn: 'on {date}',
  articleTitleLine: 'Title',
  summaryCount: '{label}: {n}',
  summaryNone: 'No country holds a role on this date.',
  summaryListHint: 'The country list names every country by role.',
  announceSelected: '{country} selected.',
  announceRole: '{org}: {status}.',
  announceNoRole: 'No role in the {org}.',
  fallbackNote: 'Simplified map: this browser cannot draw the interactive one.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  toggleAttribution: 'Show or hide the map credits',
  languageLabel: 'Language',
  status: {
    member: 'Member',
    observer: 'Observer',
    dialogue_partner: 'Dialogue partner',
    partner: 'Partner',
  } satisfies Record<Status, string>,
  statusPlural: {
    member: 'Members',
    observer: 'Observers',
    dialogue_partner: 'Dialogue partners',
    partner: 'Partners',
  } satisfies Record<Status, string>,
};

export type Strings = typeof en;

const ar: Strings = {
  appTitle: 'أطلس شنغهاي – سيكا',
  appSubtitle:
    'الأعضاء والمراقبون والشركاء في منظمة شنغهاي للتعاون ومؤتمر التفاعل وإجراءات بناء الثقة في آسيا',
  orgLabel: 'المنظمة',
  orgBoth: 'كلتاهما',
  snapshotLabel: 'التاريخ',
  searchLabel: 'ابحث عن دولة',
  searchPlaceholder: 'ابحث عن دولة (بالعربية أو الإنجليزية)',
  searchNoResults: 'لا توجد دولة مطابقة',
  listButton: 'قائمة الدول',
  listTitle: 'الدول حسب الصفة',
  articleButton: 'اقرأ المقال',
  articleTitle: 'المقال',
  close: 'إغلاق',
  loading: 'جارٍ تحميل الخريطة…',
  loadingSlow: 'ما زال التحميل جاريًا — يبدو الاتصال بطيئًا.',
  loadFailed: 'تعذّر تحميل الخريطة.',
  retry: 'أعد المحاولة',
  legendTitle: 'الصفة',
  noRole: 'بلا صفة',
  disputed: 'منطقة متنازع عليها',
  bothLegend: 'صفة في المنظمتين',
  scoOnly: 'شنغهاي فقط',
  cicaOnly: 'سيكا فقط',
  since: 'منذ',
  until: 'حتى',
  earlier: 'سابقًا',
  noRoleIn: 'لا صفة لها في {org}',
  chairNow: 'ترأس {org} ({from} – {until})',
  chairPast: 'ترأست {org}: {periods}',
  sources: 'المصادر',
  passagesTitle: 'ماذا يقول المقال',
  passagesNaming: {
    one: 'فقرة واحدة تذكر {country}',
    two: 'فقرتان تذكران {country}',
    few: '{n} فقرات تذكر {country}',
    other: '{n} فقرة تذكر {country}',
  },
  paragraph: 'الفقرة {n}',
  readInContext: 'اقرأها في سياقها',
  notNamed: 'لا يذكر المقال {country}.',
  aboutOrg: 'فقرات عن {org}، لا عن {country}:',
  translationNote: 'ترجمة إنجليزية',
  selectHint: 'انقر على دولة أو ابحث عنها لترى صفتها وما يقوله المقال عنها.',
  articleDateNote: 'نُشر المقال عام 2024 حين كانت كازاخستان ترأس المنظمتين.',
  sourceLine: 'البيانات: سجلات منظمة شنغهاي وسيكا العامة، حتى {date}. الخريطة: Natural Earth.',
  notice: 'تنبيه',
  ignoredParam: 'تم تجاهل إعداد غير معروف أو غير صالح في الرابط: {name}',
  dismiss: 'إخفاء',
  mapLabel: 'خريطة صفات الدول في {org} بتاريخ {date}',
  tooltipNoRole: 'لا صفة لها في شنغهاي أو سيكا',
  mentionedInArticle: 'مذكورة في {n} فقرات',
  excludedNote: 'ليس من المقال',
  chairLegend: 'رئاسة {org}: {country}',
  gestureHelp: 'استخدم Ctrl مع التمرير لتكبير الخريطة',
  gestureHelpMac: 'استخدم ⌘ مع التمرير لتكبير الخريطة',
  gestureHelpMobile: 'استخدم إصبعين لتحريك الخريطة',
  embedButton: 'تضمين',
  exportButton: 'تصدير',
  sandboxNotice: 'يعمل هذا التضمين في بيئة معزولة بلا «allow-same-origin»؛ قد تكون الخريطة محدودة.',
  messageIgnored: 'تم تجاهل رسالة من الصفحة المضيفة: {reason}',
  chairNote: 'رئاسة {org}',
  statusOn: 'في {date}',
  articleTitleLine: 'العنوان',
  summaryCount: '{label}: {n}',
  summaryNone: 'لا تحمل أي دولة صفة في هذا التاريخ.',
  summaryListHint: 'تذكر قائمة الدول كل دولة حسب صفتها.',
  announceSelected: 'تم اختيار {country}.',
  announceRole: '{org}: {status}.',
  announceNoRole: 'لا صفة لها في {org}.',
  fallbackNote: 'خريطة مبسّطة: لا يستطيع هذا المتصفح عرض الخريطة التفاعلية.',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  toggleAttribution: 'إظهار مصادر الخريطة أو إخفاؤها',
  languageLabel: 'اللغة',
  status: {
    member: 'عضو',
    observer: 'مراقب',
    dialogue_partner: 'شريك حوار',
    partner: 'شريك',
  },
  statusPlural: {
    member: 'الأعضاء',
    observer: 'المراقبون',
    dialogue_partner: 'شركاء الحوار',
    partner: 'الشركاء',
  },
};

export const STRINGS: Record<Lang, Strings> = { en, ar };

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed, not hidden. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

const NUMBER_LOCALES: Record<Lang, string> = { en: 'en-GB', ar: 'ar' };
const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** A count as the interface language writes it (Arabic-Indic digits in Arabic). */
export function formatNumber(value: number, lang: Lang): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(NUMBER_LOCALES[lang]);
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

/** The plural form of `forms` that `count` takes in `lang`, with `{n}` filled in as the language writes numbers. */
export function plural(
  forms: PluralForms,
  count: number,
  lang: Lang,
  values: Record<string, string | number> = {},
) {
  const form = forms[new Intl.PluralRules(NUMBER_LOCALES[lang]).select(count)] ?? forms.other;
  return fill(form, { ...values, n: formatNumber(count, lang) });
}
