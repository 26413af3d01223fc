import { describe, expect, it } from 'vitest';
import { articleStatuses, userRoles, type ArticleStatus, type UserRole } from '@/db/schema';
import { articleActions, choosesAuthor, may, mayCreate, seesOnlyOwn, statusChoices, type ArticleAction } from '@/lib/newsroom/policy';
import { statusChange } from '@/lib/newsroom/transitions';

const ME = 'user-me';
const OTHER = 'user-other';

// The rules of issue 10, written out as a table: [role][action] → which (own?, status) pairs are allowed.
type Rule = (own: boolean, status: ArticleStatus) => boolean;
const never: Rule = () => false;
const always: Rule = () => true;
const expected: Record<UserRole, Record<ArticleAction, Rule>> = {
  commenter: { view: never, edit: never, publish: never, unpublish: never, delete: never, restore: never, comments: never },
  writer: {
    view: (own) => own,
    edit: (own, s) => own && (s === 'draft' || s === 'review'),
    restore: (own, s) => own && (s === 'draft' || s === 'review'),
    delete: (own, s) => own && s === 'draft',
    publish: never,
    unpublish: never,
    comments: never,
  },
  moderator: { view: always, edit: never, publish: never, unpublish: never, delete: never, restore: never, comments: always },
  editor: {
    view: always,
    edit: always,
    restore: always,
    delete: always,
    publish: (_own, s) => s !== 'published',
    unpublish: (_own, s) => s === 'published' || s === 'scheduled',
    comments: always,
  },
  admin: {
    view: always,
    edit: always,
    restore: always,
    delete: always,
    publish: (_own, s) => s !== 'published',
    unpublish: (_own, s) => s === 'published' || s === 'scheduled',
    comments: always,
  },
};

describe('who may do what to which article', () => {
  for (const role of userRoles) {
    for (const action of articleActions) {
      it(`${role} × ${action}`, () => {
        for (const own of [true, false]) {
          for (const status of articleStatuses) {
            const article = { status, createdBy: own ? ME : OTHER };
            expect(may({ id: ME, role }, action, article), `${role} ${action} ${own ? 'own' : 'other'} ${status}`).toBe(expected[role][action](own, status));
          }
        }
      });
    }
  }

  it('an article nobody created (seed, import) is nobody’s own', () => {
    expect(may({ id: ME, role: 'writer' }, 'view', { status: 'draft', createdBy: null })).toBe(false);
    expect(may({ id: ME, role: 'editor' }, 'edit', { status: 'draft', createdBy: null })).toBe(true);
  });

  it('creating, choosing the author and the statuses offered', () => {
    expect(userRoles.filter((role) => mayCreate({ id: ME, role }))).toEqual(['writer', 'editor', 'admin']);
    expect(userRoles.filter((role) => choosesAuthor({ id: ME, role }))).toEqual(['editor', 'admin']);
    expect(userRoles.filter((role) => seesOnlyOwn({ id: ME, role }))).toEqual(['writer']);
    expect(statusChoices({ id: ME, role: 'writer' })).toEqual(['draft', 'review']);
    expect(statusChoices({ id: ME, role: 'editor' })).toEqual(['draft', 'review', 'scheduled', 'published']);
    expect(statusChoices({ id: ME, role: 'moderator' })).toEqual([]);
    expect(statusChoices({ id: ME, role: 'commenter' })).toEqual([]);
  });
});

describe('status changes', () => {
  it('publishing, unpublishing, scheduling and plain saves', () => {
    expect(statusChange({ status: 'review' }, { status: 'published' })).toEqual({ log: 'publish', revisionKind: 'publish', reschedule: false, public: true });
    expect(statusChange(null, { status: 'published' })).toEqual({ log: 'publish', revisionKind: 'publish', reschedule: false, public: true });
    expect(statusChange({ status: 'published' }, { status: 'draft' })).toEqual({ log: 'unpublish', revisionKind: 'save', reschedule: false, public: true });
    expect(statusChange({ status: 'published' }, { status: 'published' })).toEqual({ log: null, revisionKind: 'save', reschedule: false, public: true });
    expect(statusChange({ status: 'draft' }, { status: 'scheduled' })).toEqual({ log: null, revisionKind: 'save', reschedule: true, public: false });
    expect(statusChange({ status: 'scheduled' }, { status: 'draft' })).toEqual({ log: null, revisionKind: 'save', reschedule: true, public: false });
    expect(statusChange({ status: 'draft' }, { status: 'review' })).toEqual({ log: null, revisionKind: 'save', reschedule: false, public: false });
  });
});
