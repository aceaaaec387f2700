/** Words the sample data is assembled from. Invented combinations; no real people or tenants. */
export const firstNames = [
  'Ana', 'Ben', 'Chloe', 'Dmitri', 'Elif', 'Farah', 'Gabriel', 'Hana', 'Ivan', 'Jia', 'Kofi', 'Lena', 'Mateo', 'Nadia',
  'Omar', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tariq', 'Uma', 'Victor', 'Wen', 'Ximena', 'Yusuf', 'Zoe', 'Aiko', 'Bruno',
  'Carmen', 'Dara',
] as const;

export const lastNames = [
  'Abara', 'Berg', 'Castillo', 'Dubois', 'Eriksen', 'Fontaine', 'Garcia', 'Haddad', 'Ivanova', 'Jensen', 'Kowalski',
  'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quintero', 'Rossi', 'Sato', 'Tanaka', 'Urquhart', 'Vasquez',
  'Weber', 'Xu', 'Yilmaz', 'Zimmer',
] as const;

export const cities = [
  { city: 'Seattle', postalCode: '98101', country: 'US' },
  { city: 'Redmond', postalCode: '98052', country: 'US' },
  { city: 'Portland', postalCode: '97201', country: 'US' },
  { city: 'Chicago', postalCode: '60601', country: 'US' },
  { city: 'Toronto', postalCode: 'M5H 2N2', country: 'CA' },
  { city: 'London', postalCode: 'EC1A 1BB', country: 'GB' },
  { city: 'Berlin', postalCode: '10115', country: 'DE' },
  { city: 'Lyon', postalCode: '69001', country: 'FR' },
] as const;

/** Annex Cloud tiers by lifetime points (the Annex Cloud integration uses Bronze/Silver/Gold; Platinum is added for a fourth step). */
export const tiers = [
  { name: 'Bronze', from: 0 },
  { name: 'Silver', from: 1_000 },
  { name: 'Gold', from: 5_000 },
  { name: 'Platinum', from: 15_000 },
] as const;

/** Annex Cloud action ids with the activity they record. */
export const loyaltyActions = [
  { actionId: 109, actionName: 'Purchase', activity: 'Credit', weight: 6 },
  { actionId: 100, actionName: 'Manual credit', activity: 'Credit', weight: 1 },
  { actionId: 107, actionName: 'Reward redemption', activity: 'Debit', weight: 2 },
  { actionId: 106, actionName: 'Points expiry', activity: 'Debit', weight: 1 },
  { actionId: 192, actionName: 'Action debit', activity: 'Debit', weight: 1 },
] as const;

export const rewardCodes = ['$5-OFF', '$10-OFF', '$30-OFF', 'FREE-SHIPPING'] as const;
export const pointTypes = ['Standard', 'Promotional'] as const;
export const emailDomains = ['example.com', 'example.org', 'example.net'] as const;
