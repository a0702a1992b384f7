/** Strings of the time control, the list of changes, the status timelines and the bloc figures, in English and Arabic. */
import type { Status } from '../model/types.ts';
import { defineStrings, type StringsOf } from '../i18n/strings.ts';

export const timelineStrings = defineStrings({
  en: {
    dateLabel: 'Date on the map',
    keyboardHelp:
      'Left and right arrows move a month, Page Up and Page Down a year, Shift with an arrow a day, Home and End to the first and last date.',
    play: 'Play the years',
    pause: 'Pause',
    articleMoment: 'The article’s moment',
    articleMark: 'The article: {date}',
    eventsButton: 'What changed',
    showing: 'Shown:',
    clearChoice: 'Stop showing this change',
    joined: 'Joined as {status}',
    left: 'No longer {status}',
    newChair: 'New chair',
    chairRenewed: 'Chair renewed',
    summit: 'Summit in {place}',
    noSource: 'No source recorded',
    history: '{org}: {periods}',
    chairedTerms: 'chaired {terms}',
    blocTitle: 'Land of the member states',
    blocArea: '{area} million km²',
    blocNote:
      'Percentages: share of the world’s land outside Antarctica ({world} million km²). Computed from the map’s shapes.',
    blocMissing: 'Not counted (no shape on the map): {names}',
    notFounded: 'not founded yet (founded {date})',
    statusInline: {
      member: 'member',
      observer: 'observer',
      dialogue_partner: 'dialogue partner',
      partner: 'partner',
    } satisfies Record<Status, string>,
    /** After a date known only to the month or the year. */
    precisionNote: { month: 'day not known', year: 'day and month not known' },
    /** Reads from the earlier to the later thing in the interface's direction. */
    arrow: '→',
  },
  ar: {
    dateLabel: 'التاريخ على الخريطة',
    keyboardHelp:
      'السهمان الأيمن والأيسر ينقلان شهرًا، وPage Up وPage Down سنةً، وShift مع السهم يومًا، وHome وEnd إلى أول تاريخ وآخره.',
    play: 'تشغيل السنوات',
    pause: 'إيقاف مؤقت',
    articleMoment: 'لحظة المقال',
    articleMark: 'المقال: {date}',
    eventsButton: 'ما الذي تغيّر',
    showing: 'المعروض:',
    clearChoice: 'إلغاء إبراز هذا التغيير',
    joined: 'انضمت بصفة {status}',
    left: 'لم تعد {status}',
    newChair: 'رئاسة جديدة',
    chairRenewed: 'تجديد الرئاسة',
    summit: 'قمة {place}',
    noSource: 'لا مصدر مسجّل',
    history: '{org}: {periods}',
    chairedTerms: 'الرئاسة {terms}',
    blocTitle: 'مساحة الدول الأعضاء',
    blocArea: '{area} مليون كم²',
    blocNote:
      'النسب: حصة من يابسة العالم باستثناء القارة القطبية الجنوبية ({world} مليون كم²). محسوبة من حدود الدول على الخريطة.',
    blocMissing: 'غير محسوبة (بلا حدود على الخريطة): {names}',
    notFounded: 'قبل التأسيس في {date}',
    statusInline: {
      member: 'عضو',
      observer: 'مراقب',
      dialogue_partner: 'شريك حوار',
      partner: 'شريك',
    },
    precisionNote: { month: 'اليوم غير معروف', year: 'اليوم والشهر غير معروفين' },
    arrow: '←',
  },
});

export type TimelineStrings = StringsOf<typeof timelineStrings>;
