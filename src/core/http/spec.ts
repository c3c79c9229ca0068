import type { SpecRef } from '../model';

/** A citation of an RFC, optionally a section, linked to the RFC Editor's HTML. */
export function rfc(num: number, section?: string): SpecRef {
  const base = `https://www.rfc-editor.org/rfc/rfc${num}.html`;
  return section
    ? { title: `RFC ${num} §${section}`, url: `${base}#section-${section}` }
    : { title: `RFC ${num}`, url: base };
}

/** A citation of the WHATWG Fetch Standard at an anchor. */
export function fetchSpec(anchor: string, what: string): SpecRef {
  return { title: `Fetch Standard: ${what}`, url: `https://fetch.spec.whatwg.org/#${anchor}` };
}

/** A citation of an Internet-Draft (not final: its content may change). */
export function draft(name: string): SpecRef {
  return { title: `Internet-Draft ${name}`, url: `https://datatracker.ietf.org/doc/${name}/` };
}

/** A citation of another document that has a stable URL (W3C recommendations, vendor docs). */
export function doc(title: string, url: string): SpecRef {
  return { title, url };
}
