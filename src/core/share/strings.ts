/** Strings of the embed dialog, in English and Arabic. */
import { defineStrings } from '../i18n/strings.ts';

export const embedStrings = defineStrings({
  en: {
    title: 'Embed this map',
    show: 'Show',
    showTitle: 'Title',
    showLegend: 'Legend',
    showControls: 'Controls',
    sizing: 'Height',
    heightFixed: 'Fixed (600 px)',
    heightResponsive: 'Responsive (keeps its shape)',
    iframeLabel: 'Paste this where the map should appear:',
    hostLabel: 'Optional: automatic height',
    hostHint: 'Add this script once to the page and the iframe takes the height of its content.',
    copy: 'Copy',
    copied: 'Copied',
  },
  ar: {
    title: 'تضمين هذه الخريطة',
    show: 'إظهار',
    showTitle: 'العنوان',
    showLegend: 'مفتاح الخريطة',
    showControls: 'أدوات التحكم',
    sizing: 'الارتفاع',
    heightFixed: 'ثابت (600 بكسل)',
    heightResponsive: 'متجاوب (يحافظ على شكله)',
    iframeLabel: 'الصق هذا الرمز حيث تريد أن تظهر الخريطة:',
    hostLabel: 'اختياري: ارتفاع تلقائي',
    hostHint: 'أضف هذا السكربت مرة واحدة إلى الصفحة ليأخذ الإطار ارتفاع محتواه.',
    copy: 'نسخ',
    copied: 'تم النسخ',
  },
});
