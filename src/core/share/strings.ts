/** Strings of the embed dialog, in English and Arabic. */
import type { Lang } from '../i18n/strings.ts';

const en = {
  button: 'Embed',
  title: 'Embed this map',
  show: 'Show',
  showTitle: 'Title',
  showLegend: 'Legend',
  showControls: 'Controls',
  iframeLabel: 'Paste this where the map should appear:',
  hostLabel: 'Optional: automatic height',
  hostHint: 'Add this script once to the page and the iframe takes the height of its content.',
  copy: 'Copy',
  copied: 'Copied',
  sandboxMissing:
    'This embed needs the sandbox permissions "allow-scripts allow-same-origin" to draw the map; showing the list instead.',
  hint: 'Use Ctrl + scroll to zoom the map',
};

const ar: typeof en = {
  button: 'تضمين',
  title: 'تضمين هذه الخريطة',
  show: 'إظهار',
  showTitle: 'العنوان',
  showLegend: 'مفتاح الخريطة',
  showControls: 'أدوات التحكم',
  iframeLabel: 'الصق هذا الرمز حيث تريد أن تظهر الخريطة:',
  hostLabel: 'اختياري: ارتفاع تلقائي',
  hostHint: 'أضف هذا السكربت مرة واحدة إلى الصفحة ليأخذ الإطار ارتفاع محتواه.',
  copy: 'نسخ',
  copied: 'تم النسخ',
  sandboxMissing:
    'يحتاج هذا التضمين إلى صلاحيتي "allow-scripts allow-same-origin" لرسم الخريطة؛ تُعرض القائمة بدلًا منها.',
  hint: 'استخدم Ctrl مع التمرير لتكبير الخريطة',
};

export const embedStrings: Record<Lang, typeof en> = { en, ar };
