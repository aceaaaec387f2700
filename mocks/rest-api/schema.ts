/** Facts the fake takes from the code model's description of the API. */

/** Values of `IAttributeMetadata.semanticType` that the sample data uses and the code model lists. */
export const attributeSemanticTypes: ReadonlySet<string> = new Set([
  'CalendarDate',
  'PersonFirstName',
  'PersonLastName',
  'PersonFullName',
  'IdentityServiceEmail',
  'IdentityServicePhone',
  'LocationCity',
  'LocationPostalCode',
]);
