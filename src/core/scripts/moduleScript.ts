/**
 * Library code a script may use (chai, lodash), turned into one expression the script VM evaluates
 * to the library's exports: an ES module's final `export { … }` becomes a returned object, a
 * CommonJS/UMD file gets its own `module` and `exports`. Nothing is left on the VM's global object.
 */
export function moduleScript(source: string): string {
  const esm = /export\s*\{([^}]*)\};?\s*$/.exec(source);
  // chai 6 builds its plugin events on EventTarget, which QuickJS lacks: a small local stand-in.
  const prelude =
    'var Event = class Event { constructor(type) { this.type = type; } };\n' +
    'var EventTarget = class EventTarget { constructor() { this.l = {}; } addEventListener(t, f) { (this.l[t] = this.l[t] || []).push(f); }' +
    ' removeEventListener(t, f) { this.l[t] = (this.l[t] || []).filter((g) => g !== f); } dispatchEvent(e) { (this.l[e.type] || []).slice().forEach((f) => f(e)); return true; } };\n';
  if (esm) {
    const fields = esm[1]!
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => {
        const [local, exported] = s.split(/\s+as\s+/);
        return `${JSON.stringify(exported ?? local)}: ${local}`;
      });
    return `(function () {\n${prelude}${source.slice(0, esm.index)}\nreturn { ${fields.join(', ')} };\n})()`;
  }
  return `(function () {\nvar module = { exports: {} }; var exports = module.exports; var define;\n${source}\n;return module.exports;\n})()`;
}
