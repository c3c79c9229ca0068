/**
 * A Postman v2.1 collection of `requests` requests in nested folders, about 2.6 KB each
 * (5,000 → ~13 MB): the size at which Hoppscotch's import freezes.
 */
export function bigPostmanCollection(requests = 5000, perFolder = 50): string {
  const padding = 'lorem ipsum dolor sit amet '.repeat(60);
  const folders: unknown[] = [];
  for (let f = 0; f * perFolder < requests; f++) {
    const item: unknown[] = [];
    for (let i = f * perFolder; i < Math.min(requests, (f + 1) * perFolder); i++) {
      item.push({
        name: `Request ${i}`,
        request: {
          method: i % 3 === 0 ? 'POST' : 'GET',
          header: [{ key: 'X-Index', value: String(i) }, { key: 'X-Off', value: 'x', disabled: true }],
          url: { raw: `{{base}}/items/${i}?page=${i % 7}`, host: ['{{base}}'], path: ['items', String(i)], query: [{ key: 'page', value: String(i % 7) }] },
          body: i % 3 === 0 ? { mode: 'raw', raw: JSON.stringify({ i, text: padding }), options: { raw: { language: 'json' } } } : undefined,
          description: padding,
        },
        response: [{ name: 'ok', code: 200, status: 'OK', header: [], body: padding.slice(0, 400) }],
      });
    }
    folders.push({ name: `Folder ${f}`, item: [{ name: 'Nested', item }] });
  }
  return JSON.stringify({ info: { name: 'Big', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item: folders });
}
