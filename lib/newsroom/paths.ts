import { adminPaths } from '@/lib/admin/paths';

export const articleEditPath = (id: number) => `${adminPaths.articles}/${id}/edit`;
export const articleRevisionsPath = (id: number) => `${adminPaths.articles}/${id}/revisions`;
export const articlePreviewPath = (id: number) => `${adminPaths.articles}/${id}/preview`;
export const articleAutosaveUrl = (id: number) => `/api/admin/articles/${id}/autosave`;
