import { asObject } from '../context.js';
import { ruleDocs, type Finding, type Rule } from '../types.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Certification requires info.contact with a name, a URL and a valid email address. */
const rule: Rule = {
  id: 'info-contact',
  description: 'info.contact has a name, url and valid email (certification).',
  docs: ruleDocs('info-contact'),
  appliesTo: 'swagger',
  severity: { certification: 'error' },
  check(ctx) {
    const info = asObject(ctx.swagger?.info);
    if (!info) return [];
    const contact = asObject(info.contact);
    if (!contact) return [{ pointer: '/info', message: 'info has no contact (name, url, email).' }];
    const out: Finding[] = [];
    for (const key of ['name', 'url', 'email']) {
      if (typeof contact[key] !== 'string' || contact[key] === '') out.push({ pointer: '/info/contact', message: `info.contact has no ${key}.` });
    }
    if (typeof contact.email === 'string' && contact.email !== '' && !EMAIL.test(contact.email)) {
      out.push({ pointer: '/info/contact/email', message: `'${contact.email}' is not a valid email address.` });
    }
    return out;
  },
};
export default rule;
