// Every Arabic sentence the picture upload answers with, in one place for review.

export const mediaMessages = {
  notSignedIn: 'سجّل الدخول أولاً لترفع صورة.',
  forbidden: 'لا تملك صلاحية رفع الصور.',
  tooLarge: 'حجم الصورة أكبر من الحد المسموح به (10 ميغابايت).',
  notMultipart: 'أرسل الصورة في نموذج رفع ملفات (multipart/form-data).',
  noFile: 'لم تُرفق أي صورة.',
  notImage: 'الملف ليس صورة من الأنواع المقبولة: JPEG أو PNG أو WebP أو GIF أو AVIF.',
  unreadable: 'تعذّرت قراءة الصورة: قد يكون الملف تالفاً أو ناقصاً.',
  tooManyPixels: 'أبعاد الصورة كبيرة جداً؛ صغّرها ثم أعد رفعها.',
  altTooLong: 'النص البديل طويل جداً (300 حرف على الأكثر).',
  incomplete: 'لم يصل الملف كاملاً؛ أعد المحاولة.',
} as const;
