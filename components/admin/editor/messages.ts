import { pluralize, type PluralForms } from '@/lib/arabic/plural';

/** Every string the body editor shows, in one place for review. */
export const editorText = {
  toolbar: 'تنسيق نص المقال',
  heading: (level: 2 | 3 | 4) => `عنوان فرعي ${['', '', '٢', '٣', '٤'][level]}`,
  headingShort: (level: 2 | 3 | 4) => `ع${['', '', '٢', '٣', '٤'][level]}`,
  bold: 'غامق',
  italic: 'مائل',
  bulletList: 'قائمة نقطية',
  orderedList: 'قائمة مرقمة',
  quote: 'اقتباس',
  link: 'رابط',
  image: 'صورة',
  embed: 'فيديو/تغريدة',
  undo: 'تراجع',
  redo: 'إعادة',

  linkLabel: 'عنوان الرابط',
  linkPlaceholder: 'https://…',
  linkApply: 'تطبيق',
  linkRemove: 'إزالة الرابط',
  linkInvalid: 'هذا الرابط غير صالح. اكتب عنواناً يبدأ بـ https:// أو مساراً في الموقع يبدأ بـ /.',
  close: 'إغلاق',

  embedLabel: 'رابط فيديو يوتيوب أو منشور على إكس',
  embedPlaceholder: 'https://www.youtube.com/watch?v=…',
  embedInsert: 'إدراج',
  embedInvalid: 'هذا ليس رابط فيديو على يوتيوب ولا رابط منشور على إكس. انسخ الرابط من شريط العنوان وحاول مرة أخرى.',
  embedYoutube: 'فيديو من يوتيوب',
  embedX: 'منشور على إكس',
  embedHint: 'يظهر للقارئ رابطاً، ولا يُحمَّل المشغّل إلا إذا نقر عليه.',
  embedRemove: 'حذف',

  uploading: 'جارٍ رفع الصورة…',
  uploadFailed: 'تعذّر رفع الصورة. تحقّق من الاتصال وحاول مرة أخرى.',
  uploadChoose: 'اختر صورة',
  figureAlt: 'النص البديل (يقرؤه من لا يرى الصورة)',
  figureAltPlaceholder: 'صف ما في الصورة باختصار',
  figureCaption: 'اكتب تعليقاً على الصورة (اختياري)',
  figureMissing: 'معاينة الصورة غير متاحة؛ ستظهر للقرّاء إن كانت في مكتبة الوسائط.',
  figureRemove: 'حذف الصورة',

  editorLabel: 'نص المقال',
  tooLarge: 'نص المقال تجاوز ٢ ميغابايت ولن يُحفظ بهذا الحجم. احذف جزءاً منه أو قسّمه إلى مقالين.',
};

const imageForms: PluralForms = {
  zero: 'أي صورة',
  one: 'الصورة',
  two: 'الصورتين',
  few: '{n} صور',
  many: '{n} صورة',
  other: '{n} صورة',
};

/** After a paste that carried pictures: they are never taken from the clipboard. */
export function skippedImagesNotice(count: number): string {
  return `لم نأخذ ${pluralize(count, imageForms)} من النص الملصوق: لا تُقبل إلا الصور المرفوعة إلى الموقع. ارفعها من زر «صورة».`;
}
