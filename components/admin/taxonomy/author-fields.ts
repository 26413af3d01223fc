import type { FieldSpec } from './taxonomy-form';
import { SLUG_HINT } from './taxonomy-form';

/** The author form's fields, for adding and for editing. */
export const authorFields: FieldSpec[] = [
  { name: 'name', label: 'الاسم' },
  { name: 'slug', label: 'المعرّف في الرابط', hint: SLUG_HINT },
  { name: 'bio', label: 'نبذة', multiline: true, hint: 'تظهر في صفحة الكاتب. حتى ٢٠٠٠ حرف.' },
  { name: 'avatar', label: 'مسار الصورة الشخصية', dir: 'ltr', hint: 'مسار صورة على هذا الموقع يبدأ بـ«/»، مثل ‎/media/…‎ (اختياري).' },
  { name: 'account', label: 'البريد الإلكتروني لحسابه', dir: 'ltr', hint: 'يربط الكاتب بحساب من فريق التحرير (اختياري). اتركه فارغاً لإلغاء الربط.' },
];
