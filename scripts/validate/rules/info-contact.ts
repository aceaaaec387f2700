import { asObject } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

/** RFC 5321 caps a path at 256 octets, so a mailbox is at most 254 characters. */
const MAX_EMAIL_LENGTH = 254;

/**
 * `local@domain.tld`: one `@`, no white space, a dot inside the domain. Checked by hand in one
 * pass rather than with a regex, whose backtracking took minutes on a 300 KB hostile value.
 */
export function isEmailAddress(value: string): boolean {
  if (value.length > MAX_EMAIL_LENGTH || /\s/.test(value)) return false;
  const at = value.indexOf('@');
  if (at <= 0 || at !== value.lastIndexOf('@')) return false;
  const domain = value.slice(at + 1);
  return domain.length >= 3 && domain.slice(1, -1).includes('.');
}

const shown = (value: string) => (value.length > 80 ? `${value.slice(0, 80)}…` : value);

const messages = {
  noContact: () => 'info has no contact (name, url, email).',
  missing: (key: 'name' | 'url' | 'email') => `info.contact has no ${key}.`,
  invalidEmail: (email: string) => `'${shown(email)}' is not a valid email address.`,
};

/** Certification requires info.contact with a name, a URL and a valid email address. */
const rule = defineRule({
  id: 'info-contact',
  description: 'info.contact has a name, url and valid email (certification).',
  docs: ruleDocs('info-contact'),
  appliesTo: 'swagger',
  messages,
  severity: { certification: 'error' },
  check(ctx) {
    const info = asObject(ctx.swagger?.info);
    if (!info) return [];
    const contact = asObject(info.contact);
    if (!contact) return [{ pointer: '/info', message: messages.noContact() }];
    const out: Finding[] = [];
    for (const key of ['name', 'url', 'email'] as const) {
      if (typeof contact[key] !== 'string' || contact[key] === '') out.push({ pointer: '/info/contact', message: messages.missing(key) });
    }
    if (typeof contact.email === 'string' && contact.email !== '' && !isEmailAddress(contact.email)) {
      out.push({ pointer: '/info/contact/email', message: messages.invalidEmail(contact.email) });
    }
    return out;
  },
});
export default rule;
