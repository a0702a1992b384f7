/** The words of the own-article form and the article picker, in both interface languages. */
import type { Lang } from '../../core/i18n/strings.ts';

const en = {
  useOwn: 'Use your own article',
  textLabel: 'Article text',
  fileLabel: 'Or choose a .txt file',
  dropHint: 'You can also drop a .txt file on the box.',
  show: 'Show on the map',
  cancel: 'Cancel',
  privacy: 'The text is read in this browser only: it is never sent anywhere, and nothing is stored.',
  yourArticle: 'Your article',
  backToShipped: 'Back to the atlas’s article',
  matching: 'Finding the countries…',
  shownSummary: 'paragraphs: {paragraphs}, countries named: {countries}.',
  empty: 'The text is empty: paste an article or choose a .txt file. Nothing was changed.',
  tooLong: 'The text is longer than 200 KB. Nothing was changed.',
  binary: 'This is not a text file. Nothing was changed.',
  unreadable: 'The file could not be read. Nothing was changed.',
  pickerLabel: 'Article',
};

const ar: typeof en = {
  useOwn: 'استخدم مقالك الخاص',
  textLabel: 'نص المقال',
  fileLabel: 'أو اختر ملفًا بصيغة ‎.txt',
  dropHint: 'يمكنك أيضًا إفلات ملف ‎.txt في المربع.',
  show: 'اعرضه على الخريطة',
  cancel: 'إلغاء',
  privacy: 'يُقرأ النص في هذا المتصفح فقط: لا يُرسل إلى أي مكان ولا يُحفظ شيء.',
  yourArticle: 'مقالك',
  backToShipped: 'العودة إلى مقال الأطلس',
  matching: 'جارٍ البحث عن الدول…',
  shownSummary: 'عدد الفقرات: {paragraphs}، وعدد الدول المذكورة: {countries}.',
  empty: 'النص فارغ: الصق مقالًا أو اختر ملف ‎.txt. لم يتغير شيء.',
  tooLong: 'النص أطول من 200 كيلوبايت. لم يتغير شيء.',
  binary: 'هذا ليس ملفًا نصيًا. لم يتغير شيء.',
  unreadable: 'تعذرت قراءة الملف. لم يتغير شيء.',
  pickerLabel: 'المقال',
};

export const OWN_ARTICLE_STRINGS: Record<Lang, typeof en> = { en, ar };
