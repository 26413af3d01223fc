import type { Metadata } from 'next';
import { ArticleForm } from '@/components/admin/articles/article-form';
import { SignInRequired } from '@/components/admin/sign-in-required';
import { requireAdminPage } from '@/lib/admin/guard';
import { adminPageAccess, adminPaths } from '@/lib/admin/paths';
import { readFlash } from '@/lib/forms/flash';
import type { ArticleFormState } from '@/lib/newsroom/form-state';
import { articleFormProps } from '../form-props';

export const instant = false;

export const metadata: Metadata = { title: 'مقال جديد' };

export default async function NewArticlePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireAdminPage(adminPageAccess.articleNew);
  if (!user) return <SignInRequired />;
  const flash = readFlash<ArticleFormState>((await searchParams).flash) ?? null;
  const props = await articleFormProps(user, null, flash, null);
  return (
    <>
      <p className="admin-back">
        <a href={adminPaths.articles}>→ المقالات</a>
      </p>
      <h1 className="admin-title">مقال جديد</h1>
      <ArticleForm {...props} />
    </>
  );
}
