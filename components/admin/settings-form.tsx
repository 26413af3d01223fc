'use client';

import { ActionForm, FieldError, SubmitButton, useReturnedValues } from './action-scope';

type Values = Record<string, string>;

function Described({ name, hint }: { name: string; hint: string }) {
  return (
    <>
      <p id={`${name}-hint`} className="field__hint">
        {hint}
      </p>
      <FieldError field={name} id={`${name}-error`} />
    </>
  );
}

/** The moderation rules (WordPress's discussion settings), with their defaults in the hints. */
export function SettingsForm({ saved, returnTo }: { saved: Values; returnTo: string }) {
  const values = { ...saved, ...useReturnedValues(undefined) };
  const value = (name: string) => values[name] ?? '';
  const blocklist = value('blocklist');
  const moderationWords = value('moderationWords');
  const maxLinks = value('maxLinks');
  const closeAfterDays = value('closeAfterDays');
  const threadDepth = value('threadDepth');
  const commentsPerPage = value('commentsPerPage');
  const manualApproval = value('manualApproval') === 'on';
  const requirePriorApproval = value('requirePriorApproval') === 'on';
  const closeOld = value('closeOld') === 'on';
  const pendingNotice = value('pendingNotice') || 'off';
  const pendingDigestMinutes = value('pendingDigestMinutes');
  const describedBy = (name: string) => `${name}-hint ${name}-error`;

  return (
    <ActionForm returnTo={returnTo} className="admin-settings" key={JSON.stringify(saved)}>
      <fieldset>
        <legend>قبل ظهور التعليق</legend>
        <label className="admin-check">
          <input type="checkbox" name="manualApproval" defaultChecked={manualApproval} /> كل تعليق ينتظر موافقة مشرف
          (الافتراضي: لا)
        </label>
        <label className="admin-check">
          <input type="checkbox" name="requirePriorApproval" defaultChecked={requirePriorApproval} /> يجب أن يكون للكاتب
          تعليق معتمد من قبل (الافتراضي: نعم)
        </label>
        <p className="field__hint">تعليقات المشرفين والمديرين تُعتمد دائماً.</p>
      </fieldset>

      <fieldset>
        <legend>قواعد المحتوى</legend>
        <div className="admin-field">
          <label htmlFor="maxLinks">عدد الروابط الذي يستدعي المراجعة</label>
          <input id="maxLinks" name="maxLinks" className="admin-number" inputMode="numeric" defaultValue={maxLinks} aria-describedby={describedBy('maxLinks')} dir="ltr" />
          <Described name="maxLinks" hint="التعليق الذي يحتوي هذا العدد من الروابط أو أكثر ينتظر المراجعة. صفر يوقف القاعدة (الافتراضي: ٢)." />
        </div>
        <div className="admin-field">
          <label htmlFor="moderationWords">كلمات تستدعي المراجعة</label>
          <textarea id="moderationWords" name="moderationWords" rows={6} dir="auto" defaultValue={moderationWords} aria-describedby={describedBy('moderationWords')} />
          <Described name="moderationWords" hint="كلمة أو عبارة في كل سطر. التعليق الذي يحتوي إحداها، في نصه أو في اسم كاتبه، ينتظر المراجعة." />
        </div>
        <div className="admin-field">
          <label htmlFor="blocklist">قائمة الحظر</label>
          <textarea id="blocklist" name="blocklist" rows={6} dir="auto" defaultValue={blocklist} aria-describedby={describedBy('blocklist')} />
          <Described name="blocklist" hint="كلمة أو عبارة أو بريد إلكتروني أو عنوان IP في كل سطر، أو نطاقاً كاملاً بصيغة ‎@example.com‎ لحظر كل عناوينه. تُطابَق الكلمة وحدها، والكلمة من أربعة أحرف فأكثر مسبوقةً أيضاً بـ«و» و«ف» و«ب» و«ك» و«ل» و«ال». التعليق المطابق يُنقل إلى المزعجة مباشرة." />
        </div>
        <p className="field__hint">
          تُطابَق الكلمات بعد توحيد الإملاء العربي: أشكال الهمزة والألف، والألف المقصورة والياء، والتاء المربوطة والهاء، مع تجاهل
          الحركات والتطويل. فكلمة «مَمْنُوعَة» في القائمة تلتقط «ممنوعه» و«مـمـنـوعة».
        </p>
      </fieldset>

      <fieldset>
        <legend>المقالات والنقاش</legend>
        <div className="admin-field admin-field--inline">
          <label className="admin-check">
            <input type="checkbox" name="closeOld" defaultChecked={closeOld} /> إغلاق التعليقات على المقالات الأقدم من
          </label>
          <input
            id="closeAfterDays"
            name="closeAfterDays"
            className="admin-number"
            inputMode="numeric"
            defaultValue={closeAfterDays}
            aria-label="عدد الأيام"
            aria-describedby={describedBy('closeAfterDays')}
            dir="ltr"
          />
          <span>يوماً</span>
          <Described name="closeAfterDays" hint="الافتراضي: لا تُغلق. يمكن أيضاً فتح التعليقات أو إغلاقها لكل مقال من صفحة «المقالات»." />
        </div>
        <div className="admin-field">
          <label htmlFor="threadDepth">عمق الردود المتداخلة</label>
          <input id="threadDepth" name="threadDepth" className="admin-number" inputMode="numeric" defaultValue={threadDepth} aria-describedby={describedBy('threadDepth')} dir="ltr" />
          <Described name="threadDepth" hint="من ١ إلى ١٠ مستويات (الافتراضي: ٥)." />
        </div>
        <div className="admin-field">
          <label htmlFor="commentsPerPage">عدد التعليقات الرئيسية في كل صفحة</label>
          <input id="commentsPerPage" name="commentsPerPage" className="admin-number" inputMode="numeric" defaultValue={commentsPerPage} aria-describedby={describedBy('commentsPerPage')} dir="ltr" />
          <Described
            name="commentsPerPage"
            hint="تُقسَّم تعليقات المقال إلى صفحات، الأقدم أولاً، ويبقى كل رد مع التعليق الذي يجيب عنه. صفر يعرض كل التعليقات في صفحة المقال (الافتراضي: ٥٠)."
          />
        </div>
      </fieldset>

      <fieldset aria-describedby="pendingNotice-hint">
        <legend>إعلام المشرفين بالتعليقات المنتظرة</legend>
        <label className="admin-check">
          <input type="radio" name="pendingNotice" value="off" defaultChecked={pendingNotice === 'off'} /> لا تُرسل رسائل (الافتراضي)
        </label>
        <label className="admin-check">
          <input type="radio" name="pendingNotice" value="each" defaultChecked={pendingNotice === 'each'} /> رسالة عن كل تعليق ينتظر
          المراجعة
        </label>
        <div className="admin-field admin-field--inline">
          <label className="admin-check">
            <input type="radio" name="pendingNotice" value="digest" defaultChecked={pendingNotice === 'digest'} /> رسالة جامعة، مرة
            واحدة على الأكثر كل
          </label>
          <input
            id="pendingDigestMinutes"
            name="pendingDigestMinutes"
            className="admin-number"
            inputMode="numeric"
            defaultValue={pendingDigestMinutes}
            aria-label="عدد الدقائق بين رسالتين"
            aria-describedby={describedBy('pendingDigestMinutes')}
            dir="ltr"
          />
          <span>دقيقة</span>
          <Described name="pendingDigestMinutes" hint="من ١ إلى ١٤٤٠ دقيقة (الافتراضي: ٦٠)." />
        </div>
        <p id="pendingNotice-hint" className="field__hint">
          تصل الرسائل إلى بريد المشرفين والمحررين والمديرين. في الرسالة الجامعة يُرسَل أول تعليق بعد فترة هدوء فوراً، ثم تُجمع
          التعليقات التالية في رسالة واحدة، فلا تتحول موجة من التعليقات المزعجة إلى موجة من الرسائل.
        </p>
      </fieldset>

      <SubmitButton>حفظ الإعدادات</SubmitButton>
    </ActionForm>
  );
}
