/**
 * The `pm` API as a program that runs inside the script engine's own JavaScript VM (QuickJS), never
 * in the page. It is text, not a function, so that no bundler can rewrite it: it sees only what the
 * host hands it (`__input`, `__send`, `__require`) and gives back `__output()`. Why one long file:
 * it is one program, and its parts (scopes, request, response, chai plugin, legacy globals) share
 * the same few helpers.
 *
 * Postman's sandbox is the reference: https://learning.postman.com/docs/tests-and-scripts/write-scripts/postman-sandbox-reference/
 */
export const PM_RUNTIME_SOURCE = String.raw`
(function () {
  'use strict';
  const input = JSON.parse(globalThis.__input);
  delete globalThis.__input;
  const hostSend = globalThis.__send;
  const hostRequire = globalThis.__require;
  delete globalThis.__send;
  delete globalThis.__require;
  const state = input.state;
  const results = { tests: [], console: [], nextRequest: undefined, skipRequest: false };
  let current = '';
  const own = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  const text = (v) => {
    if (typeof v === 'string') return v;
    if (v === undefined) return 'undefined';
    if (v instanceof Error) return v.name + ': ' + v.message;
    try { const j = JSON.stringify(v); return j === undefined ? String(v) : j; } catch (e) { return String(v); }
  };

  // ---- variables: global < collection < environment < iteration data < local (pm.variables)
  const ORDER = [state.local, state.iterationData, state.environment, state.collectionVariables, state.globals];
  const lookup = (k) => { for (const s of ORDER) if (own(s, k)) return s[k]; return undefined; };
  const replaceWith = (get) => (t) => String(t).replace(/\{\{([^{}]+)\}\}/g, (m, name) => { const v = get(name); return v === undefined ? m : String(v); });
  function scope(store, readOnly, extra) {
    const guard = () => { if (readOnly) throw new Error(readOnly); };
    return Object.assign({
      get: (k) => store[k],
      set: (k, v) => { guard(); store[k] = v; },
      unset: (k) => { guard(); delete store[k]; },
      has: (k) => own(store, k),
      clear: () => { guard(); for (const k of Object.keys(store)) delete store[k]; },
      toObject: () => Object.assign({}, store),
      toJSON: () => Object.assign({}, store),
      replaceIn: replaceWith((k) => store[k]),
    }, extra || {});
  }
  const variables = {
    get: lookup,
    set: (k, v) => { state.local[k] = v; },
    unset: (k) => { delete state.local[k]; },
    has: (k) => ORDER.some((s) => own(s, k)),
    toObject: () => Object.assign({}, state.globals, state.collectionVariables, state.environment, state.iterationData, state.local),
    replaceIn: replaceWith(lookup),
  };

  // ---- lists of key/value pairs (headers, query, urlencoded) as Postman's PropertyList
  function propertyList(arr, caseless) {
    const same = (a, b) => (caseless ? String(a).toLowerCase() === String(b).toLowerCase() : a === b);
    const live = () => arr.filter((h) => !h.disabled);
    const find = (k) => live().find((h) => same(h.key, k));
    const list = {
      all: () => live().map((h) => ({ key: h.key, value: h.value })),
      get: (k) => { const h = find(k); return h ? h.value : undefined; },
      one: (k) => find(k),
      has: (k, v) => live().some((h) => same(h.key, k) && (v === undefined || h.value === v)),
      add: (h) => { arr.push({ key: String(h.key), value: h.value === undefined ? '' : String(h.value) }); },
      upsert: (h) => { const e = find(h.key); if (e) e.value = String(h.value); else list.add(h); },
      remove: (k) => { for (let i = arr.length - 1; i >= 0; i--) if (typeof k === 'function' ? k(arr[i]) : same(arr[i].key, k)) arr.splice(i, 1); },
      clear: () => { arr.length = 0; },
      count: () => live().length,
      each: (fn) => live().forEach(fn),
      map: (fn) => live().map(fn),
      filter: (fn) => live().filter(fn),
      find: (fn) => live().find(fn),
      toObject: () => { const o = {}; for (const h of live()) o[caseless ? h.key.toLowerCase() : h.key] = h.value; return o; },
      toJSON: () => arr,
      toString: () => live().map((h) => h.key + ': ' + h.value).join('\n'),
    };
    return list;
  }

  // ---- pm.request
  function url(raw) {
    let base = raw; const q = [];
    const at = raw.indexOf('?');
    if (at >= 0) {
      base = raw.slice(0, at);
      for (const part of raw.slice(at + 1).split('&')) {
        if (part === '') continue;
        const eq = part.indexOf('=');
        q.push(eq < 0 ? { key: part, value: null } : { key: part.slice(0, eq), value: part.slice(eq + 1) });
      }
    }
    const hostPart = () => { const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(base); return m ? m[1] : ''; };
    const self = {
      query: propertyList(q, false),
      toString: () => base + (q.length ? '?' + q.filter((p) => !p.disabled).map((p) => (p.value === null ? p.key : p.key + '=' + p.value)).join('&') : ''),
      getHost: () => hostPart().replace(/:\d+$/, ''),
      getPath: () => { const rest = base.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, ''); return rest === '' ? '/' : rest; },
      getQueryString: () => self.toString().split('?')[1] || '',
      update: (s) => { const next = url(String(s)); base = next.__base(); q.length = 0; next.query.toJSON().forEach((p) => q.push(p)); },
      __base: () => base,
      toJSON: () => self.toString(),
    };
    Object.defineProperty(self, 'host', { get: () => self.getHost().split('.') });
    Object.defineProperty(self, 'path', { get: () => self.getPath().split('/').filter(Boolean) });
    return self;
  }
  function request(r) {
    let u = url(r.url);
    const headers = propertyList(r.headers, true);
    const body = { mode: r.body.mode, raw: r.body.raw, urlencoded: r.body.urlencoded ? propertyList(r.body.urlencoded, false) : undefined };
    body.update = (b) => { if (typeof b === 'string') { body.mode = 'raw'; body.raw = b; } else if (b && typeof b === 'object') { if (b.mode) body.mode = b.mode; if (b.raw !== undefined) body.raw = String(b.raw); } };
    body.toString = () => (body.mode === 'raw' ? String(body.raw === undefined ? '' : body.raw) : '');
    body.isEmpty = () => !(body.raw || (body.urlencoded && body.urlencoded.count()));
    const self = {
      name: r.name, method: r.method, headers, body,
      addHeader: (h) => headers.add(h), removeHeader: (k) => headers.remove(k), upsertHeader: (h) => headers.upsert(h),
      toJSON: () => ({ name: r.name, method: self.method, url: String(self.url), headers: r.headers, body: { mode: body.mode, raw: body.raw, urlencoded: body.urlencoded ? body.urlencoded.toJSON() : undefined } }),
    };
    Object.defineProperty(self, 'url', { enumerable: true, get: () => u, set: (v) => { u = typeof v === 'string' ? url(v) : url(String(v)); } });
    return self;
  }

  // ---- pm.response (and what pm.sendRequest hands its callback)
  function response(r) {
    const headers = propertyList(r.headers.map(([key, value]) => ({ key, value })), true);
    let parsed; let hasParsed = false;
    return {
      __reqlabResponse: true,
      code: r.code, status: r.status, headers, responseTime: r.responseTime, responseSize: r.responseSize,
      text: () => r.body,
      json: () => { if (!hasParsed) { parsed = JSON.parse(r.body); hasParsed = true; } return parsed; },
      get to() { return chai().expect(this).to; },
      toJSON: () => ({ code: r.code, status: r.status, headers: r.headers, body: r.body }),
    };
  }

  // ---- chai, loaded when a script first asks for it, with Postman's response assertions
  let chaiModule = null;
  function chai() {
    if (chaiModule) return chaiModule;
    chaiModule = hostRequire('chai');
    chaiModule.use(function (c) {
      const A = c.Assertion;
      const res = (a) => { const o = a._obj; if (!o || !o.__reqlabResponse) throw new TypeError('expected a response, got ' + text(o)); return o; };
      A.addMethod('status', function (want) {
        const r = res(this);
        if (typeof want === 'number') this.assert(r.code === want, 'expected response to have status code #{exp} but got #{act}', 'expected response to not have status code #{act}', want, r.code);
        else this.assert(r.status === want, 'expected response to have status reason #{exp} but got #{act}', 'expected response to not have status reason #{act}', want, r.status);
      });
      A.addMethod('header', function (key, value) {
        const r = res(this);
        if (arguments.length < 2) this.assert(r.headers.has(key), "expected response to have header with key '" + key + "'", "expected response to not have header with key '" + key + "'");
        else this.assert(r.headers.get(key) === value, "expected '" + key + "' response header to be '#{exp}' but got '#{act}'", "expected '" + key + "' response header to not be '#{act}'", value, r.headers.get(key));
      });
      A.addMethod('body', function (want) {
        const body = res(this).text();
        if (arguments.length === 0) this.assert(body.length > 0, 'expected response to have content in body', 'expected response to not have content in body');
        else if (want instanceof RegExp) this.assert(want.test(body), 'expected response body text to match #{exp}', 'expected response body text to not match #{exp}', want);
        else this.assert(body === want, 'expected response body to equal #{exp} but got #{act}', 'expected response body to not equal #{exp}', want, body);
      });
      A.addMethod('jsonBody', function (path, value) {
        let json; try { json = res(this).json(); } catch (e) { json = undefined; }
        if (arguments.length === 0) { this.assert(json !== undefined, 'expected response body to be a valid json', 'expected response body not to be a valid json'); return; }
        const at = String(path).split('.').reduce((o, k) => (o == null ? undefined : o[k]), json);
        if (arguments.length === 1) this.assert(at !== undefined, "expected #{this} to have property '" + path + "'", "expected #{this} to not have property '" + path + "'");
        else this.assert(c.util.eql(at, value), "expected response to have property '" + path + "' of #{exp}, but got #{act}", "expected response to not have property '" + path + "' of #{act}", value, at);
      });
      const klass = (name, test, what) => A.overwriteProperty(name, (orig) => function () {
        const o = this._obj;
        if (!o || !o.__reqlabResponse) return orig.call(this);
        this.assert(test(o.code), "expected response code to be " + what + " but found #{act}", "expected response code to not be " + what + " but found #{act}", null, o.code);
      });
      const codes = { info: [(s) => s >= 100 && s < 200, '1XX'], success: [(s) => s >= 200 && s < 300, '2XX'], ok: [(s) => s === 200, '200'],
        redirection: [(s) => s >= 300 && s < 400, '3XX'], clientError: [(s) => s >= 400 && s < 500, '4XX'], serverError: [(s) => s >= 500 && s < 600, '5XX'],
        error: [(s) => s >= 400 && s < 600, '4XX or 5XX'], accepted: [(s) => s === 202, '202'], badRequest: [(s) => s === 400, '400'], unauthorized: [(s) => s === 401, '401'],
        forbidden: [(s) => s === 403, '403'], notFound: [(s) => s === 404, '404'], rateLimited: [(s) => s === 429, '429'] };
      for (const name of Object.keys(codes)) {
        if (name in A.prototype || name === 'ok') klass(name, codes[name][0], codes[name][1]);
        else A.addProperty(name, function () { const o = res(this); this.assert(codes[name][0](o.code), 'expected response code to be ' + codes[name][1] + ' but found #{act}', 'expected response code to not be ' + codes[name][1] + ' but found #{act}', null, o.code); });
      }
      A.addProperty('withBody', function () { const o = res(this); this.assert(o.text().length > 0, 'expected response to have content in body', 'expected response to not have content in body'); });
      A.addProperty('json', function () {
        const o = res(this); let ok = true; try { o.json(); } catch (e) { ok = false; }
        this.assert(ok, 'expected response body to be a valid json', 'expected response body not to be a valid json');
      });
    });
    return chaiModule;
  }

  // ---- pm.sendRequest: the host sends; its answer comes back through __deliver
  const waiting = {}; let nextSend = 1;
  function toScriptRequest(req) {
    if (typeof req === 'string') req = { url: req };
    const h = req.header || req.headers || [];
    const headers = Array.isArray(h) ? h.map((x) => ({ key: String(x.key), value: String(x.value), disabled: !!x.disabled })) : Object.keys(h).map((k) => ({ key: k, value: String(h[k]) }));
    const b = req.body || {};
    return { name: 'pm.sendRequest', method: String(req.method || 'GET').toUpperCase(), url: String(req.url), headers,
      body: { mode: b.mode || 'none', raw: b.raw === undefined ? undefined : String(b.raw), urlencoded: Array.isArray(b.urlencoded) ? b.urlencoded.map((x) => ({ key: String(x.key), value: String(x.value) })) : undefined } };
  }
  function sendRequest(req, callback) {
    const id = nextSend++;
    const script = current;
    const p = new Promise((resolve, reject) => { waiting[id] = { resolve, reject, script }; });
    hostSend(id, JSON.stringify(toScriptRequest(req)));
    if (typeof callback !== 'function') return p;
    p.then((r) => run(script, () => callback(null, r)), (e) => run(script, () => callback(e, undefined)));
    return undefined;
  }
  globalThis.__deliver = (id, error, answer) => {
    const w = waiting[id]; delete waiting[id];
    if (!w) return;
    if (error) w.reject(new Error(error)); else w.resolve(response(JSON.parse(answer)));
  };
  function run(script, fn) {
    const before = current; current = script;
    try { fn(); } catch (e) { results.errors.push({ script, message: text(e) }); } finally { current = before; }
  }
  results.errors = [];

  // ---- pm.test
  const pendingDone = [];
  function test(name, fn) {
    const entry = { name: String(name), passed: true, script: current };
    results.tests.push(entry);
    const fail = (e) => { entry.passed = false; entry.error = e && e.message !== undefined ? (e.name && e.name !== 'Error' ? e.name + ': ' : '') + e.message : text(e); };
    if (typeof fn !== 'function') return test;
    if (fn.length > 0) {
      let called = false;
      const done = (err) => { if (called) return; called = true; const i = pendingDone.indexOf(entry); if (i >= 0) pendingDone.splice(i, 1); if (err) fail(err); };
      pendingDone.push(entry);
      try { fn(done); } catch (e) { done(e); }
      return test;
    }
    try {
      const out = fn();
      if (out && typeof out.then === 'function') out.then(undefined, fail);
    } catch (e) { fail(e); }
    return test;
  }
  test.skip = (name) => { results.tests.push({ name: String(name), passed: false, skipped: true, script: current }); };

  const response0 = input.response ? response(input.response) : undefined;
  const cookieList = propertyList((input.cookies || []).map((c) => ({ key: c.name, value: c.value })), false);
  const setNext = (name) => { results.nextRequest = name === null || name === undefined ? null : String(name); };
  const pm = {
    environment: scope(state.environment, '', { name: input.info.environmentName || '' }),
    globals: scope(state.globals, ''),
    collectionVariables: scope(state.collectionVariables, ''),
    iterationData: scope(state.iterationData, 'pm.iterationData is read-only'),
    variables,
    request: request(state.request),
    response: response0,
    info: { eventName: input.event, iteration: input.info.iteration, iterationCount: input.info.iterationCount, requestName: input.info.requestName, requestId: input.info.requestId },
    cookies: cookieList,
    test,
    expect: (v, m) => chai().expect(v, m),
    sendRequest,
    execution: { setNextRequest: setNext, skipRequest: () => { results.skipRequest = true; } },
    visualizer: { set: () => console.info('pm.visualizer is not shown in Reqlab') },
    getData: (cb) => cb && cb(null, undefined),
    require: (name) => globalThis.require(name),
  };
  globalThis.pm = pm;
  globalThis.require = (name) => hostRequire(String(name));
  const legacyGet = (s) => (k) => { const v = s[k]; return v === undefined ? undefined : v; };
  globalThis.postman = {
    setNextRequest: setNext,
    setEnvironmentVariable: (k, v) => { state.environment[k] = v; },
    getEnvironmentVariable: legacyGet(state.environment),
    clearEnvironmentVariable: (k) => { delete state.environment[k]; },
    clearEnvironmentVariables: () => { for (const k of Object.keys(state.environment)) delete state.environment[k]; },
    setGlobalVariable: (k, v) => { state.globals[k] = v; },
    getGlobalVariable: legacyGet(state.globals),
    clearGlobalVariable: (k) => { delete state.globals[k]; },
    getResponseHeader: (k) => (response0 ? response0.headers.get(k) : undefined),
    getResponseCookie: (k) => { const c = cookieList.one(k); return c ? { name: c.key, value: c.value } : undefined; },
  };
  const consoleLine = (level) => (...args) => { results.console.push({ level, text: args.map(text).join(' '), script: current }); };
  globalThis.console = { log: consoleLine('log'), info: consoleLine('info'), warn: consoleLine('warn'), error: consoleLine('error'), debug: consoleLine('log') };
  // Postman's globals for its bundled libraries, loaded on first use. lodash reads \`_\` while it loads
  // (for noConflict), so the getter answers undefined during its own load.
  const lazyGlobal = (name, module) => {
    let loading = false;
    Object.defineProperty(globalThis, name, { configurable: true, get: () => {
      if (loading) return undefined;
      loading = true;
      try { const value = hostRequire(module); Object.defineProperty(globalThis, name, { value, writable: true, configurable: true }); return value; } finally { loading = false; }
    } });
  };
  lazyGlobal('_', 'lodash');
  lazyGlobal('tv4', 'tv4');
  lazyGlobal('CryptoJS', 'crypto-js');

  // ---- the legacy globals of Postman's old sandbox, set fresh for each script; its String#has too
  Object.defineProperty(String.prototype, 'has', { configurable: true, writable: true, value: function (v) { return this.indexOf(v) > -1; } });
  let legacyTests = {};
  globalThis.__begin = (label) => {
    current = label;
    legacyTests = {};
    globalThis.tests = legacyTests;
    globalThis.environment = Object.assign({}, state.environment);
    globalThis.globals = Object.assign({}, state.globals);
    globalThis.data = Object.assign({}, state.iterationData);
    globalThis.iteration = input.info.iteration;
    globalThis.request = { url: String(pm.request.url), method: pm.request.method, headers: pm.request.headers.toObject(), data: pm.request.body.toString(), name: state.request.name };
    if (response0) {
      globalThis.responseBody = response0.text();
      globalThis.responseCode = { code: response0.code, name: response0.status, detail: response0.status };
      globalThis.responseHeaders = response0.headers.toObject();
      globalThis.responseTime = response0.responseTime;
      globalThis.responseCookies = cookieList.all().map((c) => ({ name: c.key, value: c.value }));
    }
  };
  globalThis.__end = () => {
    for (const name of Object.keys(legacyTests)) results.tests.push({ name, passed: !!legacyTests[name], error: legacyTests[name] ? undefined : 'tests["' + name + '"] was ' + text(legacyTests[name]), script: current });
    legacyTests = {};
  };
  globalThis.__pendingSends = () => Object.keys(waiting).length;
  globalThis.__output = () => {
    for (const entry of pendingDone.splice(0)) { entry.passed = false; entry.error = 'The test’s done callback was never called.'; }
    state.request = pm.request.toJSON();
    return JSON.stringify({ state, tests: results.tests, console: results.console, nextRequest: results.nextRequest, skipRequest: results.skipRequest, errors: results.errors });
  };
})();
`;
