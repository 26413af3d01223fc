import type { ArticleStatus, CommentStatus, UserRole } from '@/db/schema';
import { formatNumber } from '@/lib/arabic/numbers';
import { articleCountForms, commentCountForms, pluralize, type PluralForms } from '@/lib/arabic/plural';
import type { ModerationOp } from '@/lib/comments/transitions';

// Every string the admin area shows, in one place so an editor can review them together.

/** After a preposition or as an object: "على تعليقين". */
const commentsObject: PluralForms = {
  zero: 'أي تعليق',
  one: 'تعليق واحد',
  two: 'تعليقين',
  few: '{n} تعليقات',
  many: '{n} تعليقاً',
  other: '{n} تعليق',
};

export const comments = (n: number) => pluralize(n, commentsObject);

export const statusLabels: Record<CommentStatus, string> = {
  approved: 'معتمد',
  pending: 'بانتظار المراجعة',
  spam: 'مزعج',
  trash: 'في المهملات',
};

export const tabLabels: Record<CommentStatus | 'all', string> = {
  all: 'الكل',
  pending: 'بانتظار المراجعة',
  approved: 'المعتمدة',
  spam: 'المزعجة',
  trash: 'المهملات',
};

export const roleLabels: Record<UserRole, string> = {
  commenter: 'معلّق',
  writer: 'كاتب',
  moderator: 'مشرف',
  editor: 'محرّر',
  admin: 'مدير',
};

/** Row buttons and bulk menu entries. */
export const opLabels: Record<ModerationOp, string> = {
  approve: 'موافقة',
  unapprove: 'إلغاء الموافقة',
  spam: 'مزعج',
  notspam: 'ليس مزعجاً',
  trash: 'نقل إلى المهملات',
  restore: 'استعادة',
  delete: 'حذف نهائي',
};

const opDone: Record<ModerationOp, (what: string) => string> = {
  approve: (w) => `تمت الموافقة على ${w}.`,
  unapprove: (w) => `تم إلغاء الموافقة على ${w}.`,
  spam: (w) => `تم وضع علامة «مزعج» على ${w}.`,
  notspam: (w) => `تمت إزالة علامة «مزعج» عن ${w}.`,
  trash: (w) => `تم نقل ${w} إلى المهملات.`,
  restore: (w) => `تمت استعادة ${w} من المهملات.`,
  delete: (w) => `تم حذف ${w} نهائياً.`,
};

export function moderationDone(op: ModerationOp, changed: number, skipped: number, missing: number): string {
  if (changed === 0) {
    return missing > 0 && skipped === 0 ? messages.commentMissing : messages.nothingApplied;
  }
  const unchanged = skipped + missing;
  return unchanged > 0
    ? `${opDone[op](comments(changed))} (لم ينطبق الإجراء على ${comments(unchanged)}.)`
    : opDone[op](comments(changed));
}

/** Names of log entries. */
export const logActionLabels: Record<string, string> = {
  approve: 'موافقة',
  unapprove: 'إلغاء الموافقة',
  spam: 'علامة «مزعج»',
  notspam: 'إزالة علامة «مزعج»',
  trash: 'نقل إلى المهملات',
  restore: 'استعادة',
  delete: 'حذف نهائي',
  edit: 'تعديل',
  reply: 'رد',
  ban: 'إيقاف حساب',
  unban: 'رفع الإيقاف',
  role: 'تغيير الدور',
  open: 'فتح التعليقات',
  close: 'إغلاق التعليقات',
  settings: 'تعديل إعدادات المراجعة',
  publish: 'نشر مقال',
  unpublish: 'إلغاء نشر مقال',
};

export const messages = {
  invalid: 'تعذّر تنفيذ الطلب: بعض البيانات المرسلة غير صالحة.',
  unknownComment: 'لم نتعرّف على التعليق المطلوب.',
  commentMissing: 'هذا التعليق غير موجود، ربما حُذف نهائياً.',
  nothingApplied: 'لم يتغيّر شيء: الإجراء لا ينطبق على التعليقات المحددة بحالتها الحالية.',
  noSelection: 'حدّد تعليقاً واحداً على الأقل.',
  noBulkOp: 'اختر الإجراء الذي تريد تطبيقه على التعليقات المحددة.',
  emptyBody: 'النص فارغ. اكتب شيئاً أولاً.',
  edited: 'تم حفظ التعديل.',
  unchanged: 'لم يتغيّر النص، فلم يُحفظ شيء.',
  replied: 'تم نشر ردّك.',
  repliedAndApproved: 'تم نشر ردّك، وتمت الموافقة على التعليق الذي رددت عليه.',
  replyUnavailable: 'لا يمكن الرد على تعليق مزعج أو في المهملات. أعده أولاً.',
  replyArticle: 'المقال غير منشور، فلا يمكن الرد على تعليقاته.',
  replyDuplicate: 'لقد نشرت هذا الرد من قبل.',
  emptied: (n: number, status: 'spam' | 'trash') =>
    n === 0
      ? 'لا توجد تعليقات لحذفها.'
      : `تم حذف ${comments(n)} نهائياً من ${status === 'spam' ? 'المزعجة' : 'المهملات'}.`,
  userMissing: 'هذا المستخدم غير موجود.',
  selfRole: 'لا يمكنك تغيير دورك بنفسك.',
  selfBan: 'لا يمكنك إيقاف حسابك.',
  sameRole: 'لم يتغيّر شيء: هذا دوره الحالي.',
  roleChanged: (name: string, role: UserRole) => `أصبح ${name} ${roleLabels[role]}اً.`,
  alreadyBanned: 'هذا الحساب موقوف أصلاً.',
  notBanned: 'هذا الحساب غير موقوف.',
  banned: (name: string, hidden: number) =>
    hidden > 0
      ? `تم إيقاف حساب ${name} ونقل تعليقاته إلى المهملات (${pluralize(hidden, commentCountForms)}).`
      : `تم إيقاف حساب ${name}.`,
  unbanned: (name: string) => `تم رفع الإيقاف عن ${name}.`,
  settingsSaved: 'تم حفظ الإعدادات. تنطبق القواعد الجديدة على التعليقات القادمة.',
  settingsInvalid: 'لم تُحفظ الإعدادات. صحّح الحقول المشار إليها.',
  articleMissing: 'هذا المقال غير موجود.',
  articleOpened: (title: string) => `فُتحت التعليقات على «${title}».`,
  articleClosed: (title: string) => `أُغلقت التعليقات على «${title}».`,
  articleUnchanged: 'لم يتغيّر شيء: هذه حالة التعليقات على المقال أصلاً.',
};


// --- Sections, tags and authors (app/(admin)/admin/sections, tags, authors) ---

/** After a preposition: «عن مقال واحد». */
const articlesGenitive: PluralForms = {
  zero: 'أي مقال',
  one: 'مقال واحد',
  two: 'مقالين',
  few: '{n} مقالات',
  many: '{n} مقالاً',
  other: '{n} مقال',
};

/** As the delayed noun of «لأنّ فيه»: accusative. */
const articlesAccusative: PluralForms = {
  zero: 'أي مقال',
  one: 'مقالاً واحداً',
  two: 'مقالين',
  few: '{n} مقالات',
  many: '{n} مقالاً',
  other: '{n} مقال',
};

export const taxonomyMessages = {
  missing: 'هذا العنصر غير موجود، ربما حُذف للتو.',
  emptyName: 'الاسم فارغ. اكتب اسماً أولاً.',
  longName: (max: number) => `الاسم أطول من ${formatNumber(max)} حرفاً. اختصره قليلاً.`,
  longSlug: 'المعرّف في الرابط طويل جداً.',
  longBio: 'النبذة أطول من ٢٠٠٠ حرف. اختصرها قليلاً.',
  position: 'الترتيب رقم صحيح من ٠ إلى ٩٩٩٩.',
  avatar: 'اكتب مسار الصورة على هذا الموقع، ويبدأ بـ«/» (مثل ‎/media/…‎)، أو اترك الحقل فارغاً.',
  accountMissing: 'لا يوجد حساب بهذا البريد الإلكتروني.',
  accountNotStaff: 'هذا الحساب ليس من فريق التحرير. امنحه دور كاتب أو محرّر من صفحة «المستخدمون» أولاً.',
  accountTaken: (author: string) => `هذا الحساب مرتبط أصلاً بالكاتب «${author}».`,
  slugTaken: 'هذا المعرّف مستخدم في الرابط لعنصر آخر. اختر معرّفاً غيره.',
  tagNameTaken: 'يوجد وسم بهذا الاسم. اختر اسماً آخر أو ادمج الوسمين.',
  invalid: 'لم يُحفظ شيء. صحّح الحقول المشار إليها.',
  unchanged: 'لم يتغيّر شيء.',
  mergeTarget: 'اختر الوسم الذي تريد الدمج فيه.',
  mergeSelf: 'لا يمكن دمج الوسم في نفسه.',
  mergeUnknown: 'لا يوجد وسم بهذا الاسم. اكتب اسم وسم موجود.',
  sectionCreated: (name: string) => `أُضيف القسم «${name}».`,
  sectionSaved: (name: string) => `حُفظ القسم «${name}».`,
  sectionMoved: (name: string) => `تغيّر موضع القسم «${name}» في القائمة.`,
  sectionEdge: 'القسم في طرف القائمة أصلاً.',
  sectionDeleted: (name: string) => `حُذف القسم «${name}».`,
  sectionInUse: (name: string, n: number) =>
    `لا يمكن حذف القسم «${name}» لأنّ فيه ${pluralize(n, articlesAccusative)}. انقلها إلى قسم آخر أولاً.`,
  tagCreated: (name: string) => `أُضيف الوسم «${name}».`,
  tagSaved: (name: string) => `حُفظ الوسم «${name}».`,
  tagMerged: (from: string, into: string, n: number) =>
    `دُمج الوسم «${from}» في «${into}»${n > 0 ? ` (${pluralize(n, articleCountForms)})` : ''}.`,
  tagDeleted: (name: string, n: number) =>
    n > 0 ? `حُذف الوسم «${name}» وأُزيل عن ${pluralize(n, articlesGenitive)}.` : `حُذف الوسم «${name}».`,
  authorCreated: (name: string) => `أُضيف الكاتب «${name}».`,
  authorSaved: (name: string) => `حُفظت بيانات الكاتب «${name}».`,
  authorDeleted: (name: string) => `حُذف الكاتب «${name}».`,
  authorInUse: (name: string, n: number) =>
    `لا يمكن حذف الكاتب «${name}» لأنّ له ${pluralize(n, articlesAccusative)}. انسبها إلى كاتب آخر أولاً.`,
};

// ---- The newsroom: writing and publishing (/admin/articles) ----

export const articleStatusLabels: Record<ArticleStatus, string> = {
  draft: 'مسودة',
  review: 'بانتظار المراجعة',
  scheduled: 'مجدول',
  published: 'منشور',
};

export const articleTabLabels: Record<ArticleStatus, string> = {
  draft: 'المسودات',
  review: 'بانتظار المراجعة',
  scheduled: 'المجدولة',
  published: 'المنشورة',
};

export const revisionKindLabels: Record<'save' | 'publish' | 'restore' | 'conflict' | 'import', string> = {
  save: 'حفظ',
  publish: 'نشر',
  restore: 'استعادة نسخة سابقة',
  conflict: 'نسخة لم تُحفظ (تعارض)',
  import: 'استيراد',
};

export const newsroomMessages = {
  invalidForm: 'لم يُحفظ المقال. صحّح الحقول المشار إليها.',
  bodyTooLarge: 'لم يُحفظ المقال: نصه أكبر من ٢ ميغابايت، وهو الحد الأقصى.',
  forbiddenEdit: 'لا يمكنك تعديل هذا المقال.',
  forbiddenStatus: 'لا تملك صلاحية نشر المقالات أو جدولتها. احفظه مسودة أو أرسله للمراجعة.',
  forbiddenAction: 'لا تملك صلاحية القيام بهذا الإجراء على هذا المقال.',
  missing: 'هذا المقال غير موجود، ربما حُذف.',
  conflict:
    'لم يُحفظ المقال: حفظه محرّر آخر أثناء عملك عليه. ما كتبته باقٍ في النموذج ومحفوظ في سجل النسخ كنسخة متعارضة؛ افتح المقال من جديد لترى التعديل الآخر ثم أعد تطبيق تغييراتك.',
  unknownSection: 'القسم المختار غير موجود. اختر قسماً من القائمة.',
  unknownAuthor: 'الكاتب المختار غير موجود. اختر كاتباً من القائمة.',
  unknownCover: 'صورة الغلاف غير موجودة. ارفعها من جديد.',
  created: 'تم إنشاء المقال وحفظه.',
  saved: {
    draft: 'تم حفظ المسودة.',
    review: 'تم حفظ المقال وإرساله للمراجعة.',
    scheduled: 'تم حفظ المقال وجدولته.',
    published: 'تم حفظ المقال، وهو منشور.',
  } as Record<ArticleStatus, string>,
  published: (title: string) => `نُشر «${title}».`,
  unpublished: (title: string) => `أُلغي نشر «${title}» وأصبح مسودة.`,
  deleted: (title: string) => `حُذف «${title}».`,
  unchangedStatus: 'لم يتغيّر شيء: تغيّرت حالة المقال قبل طلبك. حدّث الصفحة.',
  restored: (version: number) => `تمت استعادة النسخة، وأصبحت الإصدار ${formatNumber(version)} من المقال.`,
  restoreConflict: 'لم تتم الاستعادة: تغيّر المقال منذ فتحت هذه الصفحة. حدّث الصفحة وأعد المحاولة.',
  revisionMissing: 'هذه النسخة غير موجودة.',
  autosaveDiscarded: 'تم تجاهل النسخة المحفوظة تلقائياً.',
  badTime: 'موعد النشر غير صالح. اكتب التاريخ والوقت كاملين.',
};
