/**
 * Every rule, as data. The README table, the SARIF rule list and the profiles all read this list;
 * adding a rule means adding its file (with its test and doc) and one line here.
 */
import swaggerSchema from './rules/swagger-schema.js';
import extensionPlacement from './rules/extension-placement.js';
import extensionShape from './rules/extension-shape.js';
import fileByteOrderMark from './rules/file-byte-order-mark.js';
import fileJsonFormat from './rules/file-json-format.js';
import swaggerSizeLimit from './rules/swagger-size-limit.js';
import operationCountLimit from './rules/operation-count-limit.js';
import schemesHttps from './rules/schemes-https.js';
import hostProduction from './rules/host-production.js';
import infoTitleLength from './rules/info-title-length.js';
import infoTitleTrailingCharacter from './rules/info-title-trailing-character.js';
import infoTitleRestrictedWords from './rules/info-title-restricted-words.js';
import infoDescriptionRequired from './rules/info-description-required.js';
import infoDescriptionLength from './rules/info-description-length.js';
import infoContact from './rules/info-contact.js';
import connectorMetadata from './rules/connector-metadata.js';
import pathFormat from './rules/path-format.js';
import pathCaseInsensitiveDuplicate from './rules/path-case-insensitive-duplicate.js';
import pathParameterNameDuplicate from './rules/path-parameter-name-duplicate.js';
import operationIdRequired from './rules/operation-id-required.js';
import operationIdUnique from './rules/operation-id-unique.js';
import operationIdCharacters from './rules/operation-id-characters.js';
import operationIdPascalCase from './rules/operation-id-pascal-case.js';
import summaryRequired from './rules/summary-required.js';
import summaryLength from './rules/summary-length.js';
import summaryTrailingPunctuation from './rules/summary-trailing-punctuation.js';
import summaryRestrictedCharacters from './rules/summary-restricted-characters.js';
import operationDescription from './rules/operation-description.js';
import operationDescriptionSentence from './rules/operation-description-sentence.js';
import triggerSummaryWording from './rules/trigger-summary-wording.js';
import apiAnnotationVersioning from './rules/api-annotation-versioning.js';
import parameterUnique from './rules/parameter-unique.js';
import parameterReservedName from './rules/parameter-reserved-name.js';
import pathParametersMatchTemplate from './rules/path-parameters-match-template.js';
import pathParameterRequired from './rules/path-parameter-required.js';
import pathParameterUrlEncoding from './rules/path-parameter-url-encoding.js';
import queryParameterUrlEncoding from './rules/query-parameter-url-encoding.js';
import bodyParameterSingle from './rules/body-parameter-single.js';
import bodyOnGet from './rules/body-on-get.js';
import formDataConsumes from './rules/form-data-consumes.js';
import consumesRequired from './rules/consumes-required.js';
import internalParameterDefault from './rules/internal-parameter-default.js';
import parameterSummaryTitleCase from './rules/parameter-summary-title-case.js';
import operationResponsesRequired from './rules/operation-responses-required.js';
import responseSuccessRequired from './rules/response-success-required.js';
import responseSuccessSchema from './rules/response-success-schema.js';
import responseDefaultSchema from './rules/response-default-schema.js';
import responseSingleSchema from './rules/response-single-schema.js';
import responseCodeValid from './rules/response-code-valid.js';
import refTargetExists from './rules/ref-target-exists.js';
import refLocation from './rules/ref-location.js';
import refSiblings from './rules/ref-siblings.js';
import refOnlyEntry from './rules/ref-only-entry.js';
import pathItemRef from './rules/path-item-ref.js';
import schemaStringBinaryNested from './rules/schema-string-binary-nested.js';
import schemaRequiredReadOnly from './rules/schema-required-read-only.js';
import schemaRequiredLoop from './rules/schema-required-loop.js';
import schemaArrayItems from './rules/schema-array-items.js';
import schemaRequiredProperties from './rules/schema-required-properties.js';
import schemaFormatKnown from './rules/schema-format-known.js';
import schemaConstraints from './rules/schema-constraints.js';
import schemaFileType from './rules/schema-file-type.js';
import mediaTypeSupported from './rules/media-type-supported.js';
import securityRequirementDefined from './rules/security-requirement-defined.js';
import dynamicValuesTargetExists from './rules/dynamic-values-target-exists.js';
import dynamicSchemaTargetExists from './rules/dynamic-schema-target-exists.js';
import dynamicParametersExist from './rules/dynamic-parameters-exist.js';
import dynamicValuesValuePath from './rules/dynamic-values-value-path.js';
import dynamicSchemaValuePath from './rules/dynamic-schema-value-path.js';
import dynamicValuesListPairing from './rules/dynamic-values-list-pairing.js';
import dynamicSchemaPropertiesPairing from './rules/dynamic-schema-properties-pairing.js';
import dynamicExtensionOnBodyParameter from './rules/dynamic-extension-on-body-parameter.js';
import webhookTriggerCallbackUrl from './rules/webhook-trigger-callback-url.js';
import webhookTriggerCallbackUrlShape from './rules/webhook-trigger-callback-url-shape.js';
import webhookTriggerUnsubscribe from './rules/webhook-trigger-unsubscribe.js';
import webhookTriggerLocationHeader from './rules/webhook-trigger-location-header.js';
import webhookTriggerPayload from './rules/webhook-trigger-payload.js';
import notificationUrlPlacement from './rules/notification-url-placement.js';
import pollingTrigger from './rules/polling-trigger.js';
import pageableNextLinkName from './rules/pageable-next-link-name.js';
import pageableUpdateNextLink from './rules/pageable-update-next-link.js';
import apiPropertiesKeys from './rules/api-properties-keys.js';
import apiPropertiesUnknownKeys from './rules/api-properties-unknown-keys.js';
import apiPropertiesBrandColor from './rules/api-properties-brand-color.js';
import apiPropertiesBrandColorDefault from './rules/api-properties-brand-color-default.js';
import apiPropertiesPublisher from './rules/api-properties-publisher.js';
import apiPropertiesStackOwner from './rules/api-properties-stack-owner.js';
import connectionParameterTypes from './rules/connection-parameter-types.js';
import connectionParameterNames from './rules/connection-parameter-names.js';
import connectionParameterStringBooleans from './rules/connection-parameter-string-booleans.js';
import oauthSettings from './rules/oauth-settings.js';
import oauthCustomParameters from './rules/oauth-custom-parameters.js';
import noSecrets from './rules/no-secrets.js';
import noSecretsSwagger from './rules/no-secrets-swagger.js';
import policyTemplateKnown from './rules/policy-template-known.js';
import policyTemplateParameters from './rules/policy-template-parameters.js';
import policyTemplateOperations from './rules/policy-template-operations.js';
import policyConnectionParameters from './rules/policy-connection-parameters.js';
import settingsKeys from './rules/settings-keys.js';
import settingsFileExists from './rules/settings-file-exists.js';
import settingsOptionalFileExists from './rules/settings-optional-file-exists.js';
import formDataParameterName from './rules/form-data-parameter-name.js';
import responseHeadersUnique from './rules/response-headers-unique.js';
import responseExamplesProduced from './rules/response-examples-produced.js';
import schemaDiscriminator from './rules/schema-discriminator.js';
import editorDictionary from './rules/editor-dictionary.js';
import notificationExtension from './rules/notification-extension.js';
import dynamicParameterTypes from './rules/dynamic-parameter-types.js';
import dynamicTree from './rules/dynamic-tree.js';
import tagsUnique from './rules/tags-unique.js';
import type { Rule } from './types.js';

const ruleList = [
  swaggerSchema,
  extensionPlacement,
  extensionShape,
  fileByteOrderMark,
  fileJsonFormat,
  swaggerSizeLimit,
  operationCountLimit,
  schemesHttps,
  hostProduction,
  infoTitleLength,
  infoTitleTrailingCharacter,
  infoTitleRestrictedWords,
  infoDescriptionRequired,
  infoDescriptionLength,
  infoContact,
  connectorMetadata,
  tagsUnique,
  pathFormat,
  pathCaseInsensitiveDuplicate,
  pathParameterNameDuplicate,
  operationIdRequired,
  operationIdUnique,
  operationIdCharacters,
  operationIdPascalCase,
  summaryRequired,
  summaryLength,
  summaryTrailingPunctuation,
  summaryRestrictedCharacters,
  operationDescription,
  operationDescriptionSentence,
  triggerSummaryWording,
  apiAnnotationVersioning,
  parameterUnique,
  parameterReservedName,
  pathParametersMatchTemplate,
  pathParameterRequired,
  pathParameterUrlEncoding,
  queryParameterUrlEncoding,
  bodyParameterSingle,
  bodyOnGet,
  formDataConsumes,
  formDataParameterName,
  consumesRequired,
  internalParameterDefault,
  parameterSummaryTitleCase,
  operationResponsesRequired,
  responseSuccessRequired,
  responseSuccessSchema,
  responseDefaultSchema,
  responseSingleSchema,
  responseCodeValid,
  responseExamplesProduced,
  responseHeadersUnique,
  refTargetExists,
  refLocation,
  refSiblings,
  refOnlyEntry,
  pathItemRef,
  schemaArrayItems,
  schemaRequiredProperties,
  schemaRequiredReadOnly,
  schemaRequiredLoop,
  schemaStringBinaryNested,
  schemaFormatKnown,
  schemaConstraints,
  schemaFileType,
  editorDictionary,
  schemaDiscriminator,
  mediaTypeSupported,
  securityRequirementDefined,
  dynamicValuesTargetExists,
  dynamicSchemaTargetExists,
  dynamicParametersExist,
  dynamicParameterTypes,
  dynamicValuesValuePath,
  dynamicSchemaValuePath,
  dynamicValuesListPairing,
  dynamicSchemaPropertiesPairing,
  dynamicExtensionOnBodyParameter,
  dynamicTree,
  webhookTriggerCallbackUrl,
  webhookTriggerCallbackUrlShape,
  webhookTriggerUnsubscribe,
  webhookTriggerLocationHeader,
  webhookTriggerPayload,
  notificationUrlPlacement,
  notificationExtension,
  pollingTrigger,
  pageableNextLinkName,
  pageableUpdateNextLink,
  apiPropertiesKeys,
  apiPropertiesUnknownKeys,
  apiPropertiesBrandColor,
  apiPropertiesBrandColorDefault,
  apiPropertiesPublisher,
  apiPropertiesStackOwner,
  connectionParameterTypes,
  connectionParameterNames,
  connectionParameterStringBooleans,
  oauthSettings,
  oauthCustomParameters,
  noSecrets,
  noSecretsSwagger,
  policyTemplateKnown,
  policyTemplateParameters,
  policyTemplateOperations,
  policyConnectionParameters,
  settingsKeys,
  settingsFileExists,
  settingsOptionalFileExists,
] as const;

export const rules: readonly Rule[] = ruleList;

type AnyRule = (typeof ruleList)[number];

/** Every validate rule id: a misspelt id in code (a config default, a test, a suppression list) is a compile error. */
export type RuleId = AnyRule['id'];

/** The typed catalogue, as the diff has: id → the rule's data (description, docs, severities, message templates). */
export type RuleCatalogue = { readonly [R in AnyRule as R['id']]: R };

export const catalogue = Object.fromEntries(ruleList.map((rule) => [rule.id, rule])) as unknown as RuleCatalogue;

/** The message templates of a rule. */
export type RuleMessages<Id extends RuleId> = RuleCatalogue[Id]['messages'];

export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}
