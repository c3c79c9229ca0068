/** Code targets in the order the picker shows them: Python requests first (the default). */
export const SNIPPET_TARGETS = [
  { id: 'python', label: 'Python (requests)', target: 'python', client: 'requests' },
  { id: 'python-exact', label: 'Python (requests, exact bytes)', target: 'python', client: 'requests' },
  { id: 'curl', label: 'cURL', target: 'shell', client: 'curl' },
  { id: 'js-fetch', label: 'JavaScript (fetch)', target: 'javascript', client: 'fetch' },
  { id: 'js-axios', label: 'JavaScript (axios)', target: 'javascript', client: 'axios' },
  { id: 'node', label: 'Node.js (http)', target: 'node', client: 'native' },
  { id: 'node-axios', label: 'Node.js (axios)', target: 'node', client: 'axios' },
  { id: 'go', label: 'Go (net/http)', target: 'go', client: 'native' },
  { id: 'httpie', label: 'HTTPie', target: 'shell', client: 'httpie' },
  { id: 'powershell', label: 'PowerShell', target: 'powershell', client: 'restmethod' },
  { id: 'java', label: 'Java (OkHttp)', target: 'java', client: 'okhttp' },
  { id: 'java-nethttp', label: 'Java (java.net.http)', target: 'java', client: 'nethttp' },
  { id: 'csharp', label: 'C# (HttpClient)', target: 'csharp', client: 'httpclient' },
  { id: 'php', label: 'PHP (Guzzle)', target: 'php', client: 'guzzle' },
  { id: 'php-curl', label: 'PHP (cURL)', target: 'php', client: 'curl' },
  { id: 'ruby', label: 'Ruby (net/http)', target: 'ruby', client: 'native' },
] as const;

export type SnippetTargetId = (typeof SNIPPET_TARGETS)[number]['id'];
export const DEFAULT_SNIPPET_TARGET: SnippetTargetId = 'python';

export function isSnippetTarget(id: string): id is SnippetTargetId {
  return SNIPPET_TARGETS.some((t) => t.id === id);
}
