/**
 * What the script editor knows about the `pm` API: each member's signature and one sentence, as
 * Postman documents it, for completion and hover. Only what Reqlab's engine provides is listed,
 * so completion never offers something that would then be undefined.
 */
export interface PmMember {
  kind: 'object' | 'method' | 'property';
  signature: string;
  doc: string;
  members?: Record<string, PmMember>;
}

const fn = (signature: string, doc: string): PmMember => ({ kind: 'method', signature, doc });
const prop = (signature: string, doc: string): PmMember => ({ kind: 'property', signature, doc });
const obj = (signature: string, doc: string, members: Record<string, PmMember>): PmMember => ({ kind: 'object', signature, doc, members });

function variableScope(name: string, what: string): PmMember {
  return obj(name, what, {
    get: fn(`${name}.get(key: string): any`, 'The value of a variable in this scope, or undefined.'),
    set: fn(`${name}.set(key: string, value: any): void`, 'Sets a variable in this scope; it is kept after the run.'),
    unset: fn(`${name}.unset(key: string): void`, 'Removes a variable from this scope.'),
    has: fn(`${name}.has(key: string): boolean`, 'Whether this scope has the variable.'),
    clear: fn(`${name}.clear(): void`, 'Removes every variable of this scope.'),
    toObject: fn(`${name}.toObject(): object`, 'Every variable of this scope as a plain object.'),
    replaceIn: fn(`${name}.replaceIn(template: string): string`, 'Replaces {{name}} in a string with the values in scope.'),
  });
}

const headerList = (name: string) =>
  obj(name, 'The headers, as a list.', {
    get: fn(`${name}.get(name: string): string | undefined`, 'The value of a header, by case-insensitive name.'),
    has: fn(`${name}.has(name: string, value?: string): boolean`, 'Whether the header is there (with that value, if given).'),
    add: fn(`${name}.add(header: { key: string; value: string }): void`, 'Adds a header.'),
    upsert: fn(`${name}.upsert(header: { key: string; value: string }): void`, 'Sets a header, replacing one of the same name.'),
    remove: fn(`${name}.remove(name: string): void`, 'Removes a header.'),
    toObject: fn(`${name}.toObject(): Record<string, string>`, 'The headers as a plain object.'),
    each: fn(`${name}.each(callback: (header) => void): void`, 'Calls the callback for each header.'),
  });

const assertions = obj('pm.response.to', 'Assertions on the response, in chai style: pm.response.to.have.status(200).', {
  have: obj('pm.response.to.have', 'Assertions that the response has something.', {
    status: fn('pm.response.to.have.status(code: number | string): void', 'Fails unless the status code (or reason) is this one.'),
    header: fn('pm.response.to.have.header(name: string, value?: string): void', 'Fails unless the header is there (with that value, if given).'),
    body: fn('pm.response.to.have.body(text?: string | RegExp): void', 'Fails unless the response has a body (equal to or matching the argument).'),
    jsonBody: fn('pm.response.to.have.jsonBody(path?: string, value?: any): void', 'Fails unless the body is JSON (with that path and value, if given).'),
  }),
  be: obj('pm.response.to.be', 'Assertions on the class of the response.', {
    ok: prop('pm.response.to.be.ok', 'Fails unless the status is 200.'),
    success: prop('pm.response.to.be.success', 'Fails unless the status is 2xx.'),
    error: prop('pm.response.to.be.error', 'Fails unless the status is 4xx or 5xx.'),
    clientError: prop('pm.response.to.be.clientError', 'Fails unless the status is 4xx.'),
    serverError: prop('pm.response.to.be.serverError', 'Fails unless the status is 5xx.'),
    notFound: prop('pm.response.to.be.notFound', 'Fails unless the status is 404.'),
    json: prop('pm.response.to.be.json', 'Fails unless the body is JSON.'),
  }),
  not: prop('pm.response.to.not', 'Negates the assertion that follows: pm.response.to.not.have.status(500).'),
});

const PM: PmMember = obj('pm', 'Postman’s script API: variables, the request, the response, tests.', {
  environment: variableScope('pm.environment', 'The active environment’s variables.'),
  globals: variableScope('pm.globals', 'Global variables, shared by every collection.'),
  collectionVariables: variableScope('pm.collectionVariables', 'The collection’s variables.'),
  variables: variableScope('pm.variables', 'Every variable in scope, by precedence; set() makes a local one for this run.'),
  iterationData: obj('pm.iterationData', 'The runner’s current data-file row (read-only).', {
    get: fn('pm.iterationData.get(key: string): any', 'A column of the current data row.'),
    has: fn('pm.iterationData.has(key: string): boolean', 'Whether the data row has this column.'),
    toObject: fn('pm.iterationData.toObject(): object', 'The data row as a plain object.'),
  }),
  request: obj('pm.request', 'The request; a pre-request script may change it, and what it leaves is sent.', {
    url: prop('pm.request.url: Url', 'The URL; toString() gives it as text, and it can be set to a string.'),
    method: prop('pm.request.method: string', 'The HTTP method.'),
    headers: headerList('pm.request.headers'),
    body: prop('pm.request.body: { mode, raw?, urlencoded? }', 'The body: raw text or URL-encoded fields are open to scripts.'),
    addHeader: fn('pm.request.addHeader(header: { key: string; value: string }): void', 'Adds a header to the request.'),
    removeHeader: fn('pm.request.removeHeader(name: string): void', 'Removes a header from the request.'),
  }),
  response: obj('pm.response', 'The response, in test scripts.', {
    code: prop('pm.response.code: number', 'The status code, for example 200.'),
    status: prop('pm.response.status: string', 'The reason phrase, for example "OK".'),
    headers: headerList('pm.response.headers'),
    responseTime: prop('pm.response.responseTime: number', 'The time the response took, in milliseconds.'),
    responseSize: prop('pm.response.responseSize: number', 'The size of the body in bytes.'),
    json: fn('pm.response.json(): any', 'The body parsed as JSON; throws when it is not JSON.'),
    text: fn('pm.response.text(): string', 'The body as text.'),
    to: assertions,
  }),
  test: fn('pm.test(name: string, fn: () => void): void', 'A named test: it passes when the function does not throw. Results show in the Tests tab.'),
  expect: fn('pm.expect(value: any): Assertion', 'chai’s expect: pm.expect(pm.response.code).to.equal(200).'),
  sendRequest: fn(
    'pm.sendRequest(request: string | object, callback?: (err, response) => void): Promise<Response>',
    'Sends another request through the same sender as the one being run.',
  ),
  info: obj('pm.info', 'About the run.', {
    eventName: prop('pm.info.eventName: "prerequest" | "test"', 'Which script is running.'),
    iteration: prop('pm.info.iteration: number', 'The runner’s iteration, from 0.'),
    iterationCount: prop('pm.info.iterationCount: number', 'How many iterations the run has.'),
    requestName: prop('pm.info.requestName: string', 'The name of the request.'),
    requestId: prop('pm.info.requestId: string', 'The id of the request.'),
  }),
  cookies: obj('pm.cookies', 'The cookies the response set for the request’s domain.', {
    get: fn('pm.cookies.get(name: string): string | undefined', 'The value of a cookie.'),
    has: fn('pm.cookies.has(name: string): boolean', 'Whether the cookie is there.'),
    toObject: fn('pm.cookies.toObject(): Record<string, string>', 'The cookies as a plain object.'),
  }),
  execution: obj('pm.execution', 'Control over the run.', {
    skipRequest: fn('pm.execution.skipRequest(): void', 'In a pre-request script: the request is not sent.'),
    setNextRequest: fn('pm.execution.setNextRequest(name: string | null): void', 'In the runner: the request to run next, or null to stop.'),
  }),
});

/** The names a script starts from. */
export const PM_ROOTS: Record<string, PmMember> = {
  pm: PM,
  postman: obj('postman', 'The older Postman API; only setNextRequest is still in use.', {
    setNextRequest: fn('postman.setNextRequest(name: string | null): void', 'In the runner: the request to run next, or null to stop.'),
  }),
  console: obj('console', 'Lines written here show under the response (and in the runner).', {
    log: fn('console.log(...values: any[]): void', 'Writes a line.'),
    info: fn('console.info(...values: any[]): void', 'Writes an information line.'),
    warn: fn('console.warn(...values: any[]): void', 'Writes a warning.'),
    error: fn('console.error(...values: any[]): void', 'Writes an error line.'),
  }),
};

/** The member at a dotted path (`['pm', 'response', 'json']`), or undefined. */
export function pmMemberAt(path: readonly string[]): PmMember | undefined {
  let members: Record<string, PmMember> | undefined = PM_ROOTS;
  let found: PmMember | undefined;
  for (const name of path) {
    found = members && Object.hasOwn(members, name) ? members[name] : undefined;
    if (!found) return undefined;
    members = found.members;
  }
  return found;
}

export interface PmCompletion {
  /** Where the completed word starts, as an index into the text. */
  from: number;
  options: { name: string; member: PmMember }[];
}

/**
 * What to offer at the end of `textBefore` (the line up to the caret): after `pm.response.`, the
 * response's members; at a bare word, the roots it starts. Undefined when the chain is not the pm API's.
 */
export function pmCompletion(textBefore: string): PmCompletion | undefined {
  const match = /((?:[A-Za-z_$][\w$]*\.)*)([A-Za-z_$][\w$]*)?$/.exec(textBefore);
  if (!match) return undefined;
  const chain = match[1] ?? '';
  const word = match[2] ?? '';
  if (chain === '' && word === '') return undefined;
  // A chain that follows a call, an index or a number (`f().x`, `a[0].`) is not one we know.
  const before = textBefore.slice(0, match.index);
  if (/[\w$.)\]]$/.test(before)) return undefined;
  const path = chain === '' ? [] : chain.slice(0, -1).split('.');
  const members = path.length === 0 ? PM_ROOTS : pmMemberAt(path)?.members;
  if (!members) return undefined;
  const options = Object.entries(members)
    .filter(([name]) => name.startsWith(word))
    .map(([name, member]) => ({ name, member }));
  return options.length ? { from: textBefore.length - word.length, options } : undefined;
}

/** The member under the caret for hover: the dotted chain that ends at `end` in `line`. */
export function pmMemberInLine(line: string, end: number): PmMember | undefined {
  const match = /((?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*)$/.exec(line.slice(0, end));
  if (!match) return undefined;
  if (/[\w$.)\]]$/.test(line.slice(0, match.index))) return undefined;
  return pmMemberAt(match[1]!.split('.'));
}
