import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/site';

// Every word a feed reader shows: channel titles and descriptions, the titles of the <link
// rel="alternate"> in each page's head (WordPress's «الخلاصة»), and the answers to a feed that is not there.

export const feedTexts = {
  copyright: `جميع الحقوق محفوظة لموقع ${SITE_NAME}.`,
  site: { title: SITE_NAME, description: SITE_DESCRIPTION, link: `${SITE_NAME} » الخلاصة` },
  section: (name: string) => ({
    title: `${SITE_NAME} » ${name}`,
    description: `آخر أخبار ${name} على موقع ${SITE_NAME}.`,
    link: `${SITE_NAME} » خلاصة قسم ${name}`,
  }),
  tag: (name: string) => ({
    title: `${SITE_NAME} » وسم: ${name}`,
    description: `كل ما نشره موقع ${SITE_NAME} عن ${name}.`,
    link: `${SITE_NAME} » خلاصة وسم ${name}`,
  }),
  author: (name: string) => ({
    title: `${SITE_NAME} » ${name}`,
    description: `مقالات ${name} على موقع ${SITE_NAME}.`,
    link: `${SITE_NAME} » خلاصة مقالات ${name}`,
  }),
  comments: (title: string) => ({
    title: `التعليقات على: ${title}`,
    description: `التعليقات المنشورة على «${title}» في موقع ${SITE_NAME}.`,
    link: `${SITE_NAME} » خلاصة التعليقات على «${title}»`,
  }),
  commentBy: (name: string) => `بواسطة: ${name}`,
  missing: {
    section: 'لا يوجد قسم بهذا العنوان، فلا خلاصة له.',
    tag: 'لا يوجد وسم بهذا العنوان، فلا خلاصة له.',
    author: 'لا يوجد كاتب بهذا العنوان، فلا خلاصة له.',
    article: 'لا يوجد مقال منشور بهذا العنوان، فلا خلاصة لتعليقاته.',
    sitemap: 'لا توجد خريطة موقع بهذا الاسم.',
  },
};
