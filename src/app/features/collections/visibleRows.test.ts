import { describe, expect, it } from 'vitest';
import { newRequest, WORKSPACE_SCHEMA_VERSION, type StoredNode } from '../../../core/model';
import { containerRows, filterContainerRows, filterTree } from './visibleRows';
import { defaultSaveName } from './SaveAsDialog';

let order = 0;
const base = (id: string, parentId: string | null, collectionId: string) => ({ schemaVersion: WORKSPACE_SCHEMA_VERSION, id, parentId, collectionId, order: order++, updatedAt: 0 });
const collection = (id: string, name: string): StoredNode => ({ ...base(id, null, id), kind: 'collection', name, auth: { type: 'none' }, variables: [] });
const folder = (id: string, parent: string, c: string, name: string): StoredNode => ({ ...base(id, parent, c), kind: 'folder', name, auth: { type: 'inherit' }, variables: [] });
const request = (id: string, parent: string, c: string, name: string, url = 'http://x/'): StoredNode => ({ ...base(id, parent, c), kind: 'request', request: newRequest({ id, name, url }) });

// Three folders called "memberships", as in the collection.
const nodes: StoredNode[] = [
  collection('shop', 'Shop'),
  folder('users', 'shop', 'shop', 'users'),
  folder('m1', 'users', 'shop', 'memberships'),
  request('r1', 'm1', 'shop', 'Add member', 'http://x/users/1/members'),
  folder('orgs', 'shop', 'shop', 'orgs'),
  folder('m2', 'orgs', 'shop', 'memberships'),
  collection('club', 'Club'),
  folder('m3', 'club', 'club', 'memberships'),
  request('r2', 'club', 'club', 'List clubs', 'http://x/clubs'),
];

describe('containerRows', () => {
  it('names each collection and folder by its full path, depth first, and leaves out the excluded subtree', () => {
    expect(containerRows(nodes).map((r) => `${r.level} ${r.path}`)).toEqual([
      '1 Shop',
      '2 Shop / users',
      '3 Shop / users / memberships',
      '2 Shop / orgs',
      '3 Shop / orgs / memberships',
      '1 Club',
      '2 Club / memberships',
    ]);
    expect(containerRows(nodes, new Set(['users', 'm1'])).map((r) => r.path)).not.toContain('Shop / users / memberships');
  });

  it('finds by name with the way there, and by a path when the query has a slash', () => {
    const byName = filterContainerRows(containerRows(nodes), 'MEMBER');
    expect(byName.matches).toEqual(new Set(['m1', 'm2', 'm3']));
    expect(byName.rows.map((r) => r.node.id)).toEqual(['shop', 'users', 'm1', 'orgs', 'm2', 'club', 'm3']);
    const byPath = filterContainerRows(containerRows(nodes), 'orgs / mem');
    expect(byPath.rows.map((r) => r.node.id)).toEqual(['shop', 'orgs', 'm2']);
    expect(filterContainerRows(containerRows(nodes), 'nothing').rows).toEqual([]);
  });
});

describe('filterTree', () => {
  it('keeps matches, opens the folders on their way, keeps what is inside a matching folder, and matches URLs', () => {
    const f = filterTree(nodes, 'add')!;
    expect(f.nodes.map((n) => n.id)).toEqual(['shop', 'users', 'm1', 'r1']);
    expect(f.open).toEqual(new Set(['m1', 'users', 'shop']));
    expect(filterTree(nodes, 'users')!.nodes.map((n) => n.id)).toEqual(['shop', 'users', 'm1', 'r1']);
    expect(filterTree(nodes, '/clubs')!.nodes.map((n) => n.id)).toEqual(['club', 'r2']);
    expect(filterTree(nodes, '  ')).toBeNull();
    expect(filterTree(nodes, 'zzz')!.matches).toBe(0);
  });
});

describe('defaultSaveName', () => {
  it('is the request’s own name, else its path without the query', () => {
    expect(defaultSaveName(newRequest({ name: 'Create user', url: 'http://x/users' }))).toBe('Create user');
    expect(defaultSaveName(newRequest({ url: 'https://api.example.com/users/{{id}}?expand=1#top' }))).toBe('/users/{{id}}');
    expect(defaultSaveName(newRequest({ url: '{{base}}/users' }))).toBe('{{base}}/users');
    expect(defaultSaveName(newRequest({ url: '' }))).toBe('Untitled request');
  });
});
