/**
 * `## Deployment Instructions`: paconn, `pac connector` and the maker portal, with the paths of
 * the files the build writes. paconn opens the paths in settings.json relative to the folder it
 * runs in, and the build writes them relative to the project root, so every command here runs
 * from the project root.
 */
import type { AssembledConnector } from '../../../../connector/kit/index.js';
import { blocks, heading, link, slug } from '../markdown.js';
import { DEPLOY_API_PROPERTIES_FILE } from '../../deployment.js';
import { buildCommand, connectionAuth, hostParameter } from '../facts.js';

/**
 * Marks the next command block as needing a tenant (paconn, pac): the project's docs test checks
 * those commands' flags instead of running them. An HTML comment, so it does not render.
 */
const NEEDS_TENANT = '<!-- needs-tenant -->';

/** Where `npm run build` writes (the build command's default output folder). */
export interface OutputFiles {
  folder: string;
  swagger: string;
  apiProperties: string;
  settings: string;
  icon: string;
}

export function deploymentSection(connector: AssembledConnector, files: OutputFiles): string[] {
  const host = hostParameter(connector);
  const auth = connectionAuth(connector);
  const oauth = auth.kind === 'oauth' ? auth : undefined;
  const secret = oauth ? ' --secret <client secret>' : '';
  const build = buildCommand(connector);
  const path = (file: string) => `${files.folder}/${file}`;
  const credentials = link('Obtaining Credentials', slug('Obtaining Credentials'));
  const deployCopy = DEPLOY_API_PROPERTIES_FILE;
  return blocks(
    heading(2, 'Deployment Instructions'),
    `\`${build}\` validates the definition and writes the connector into \`${files.folder}/\`: ` +
      `\`${files.swagger}\`, \`${files.apiProperties}\`, \`${files.icon}\`, \`${files.settings}\` and this README. ` +
      `That folder is committed and carries no tenant's values. Run every command below from the project root: paconn ` +
      `opens the paths in its settings file relative to the folder it runs in.`,
    heading(3, 'Your values'),
    oauth
      ? `Give your app registration's client id (see ${credentials}) and your environment to a build. It writes them into ` +
        `\`./${files.settings}\`, the file paconn reads, and the client id into \`./${deployCopy}\`, a copy of ` +
        `\`${files.apiProperties}\`; both are deployment state, kept out of git. \`${files.folder}/\` stays as it is, so ` +
        '`npx insights-connector build --check` still passes:'
      : `Give your environment to a build. It writes it into \`./${files.settings}\`, the file paconn reads, which is ` +
        `deployment state, kept out of git. \`${files.folder}/\` stays as it is, so \`npx insights-connector build --check\` still passes:`,
    ['```sh', `npx insights-connector build${oauth ? ' --client-id <client id>' : ''} --environment <environment id>`, '```'],
    'The environment variables `CONNECTOR_CLIENT_ID`, `CONNECTOR_ENVIRONMENT` and `CONNECTOR_ID` do the same. ' +
      "A later build with your values keeps the connector id paconn wrote into the settings file.",
    heading(3, 'With paconn'),
    [NEEDS_TENANT, '```sh', 'paconn login', `paconn create --settings ${files.settings}${secret} --overwrite-settings`, '```'],
    '`paconn create` makes a new connector each time it runs, so run it once. It writes the new `connectorId` into ' +
      `\`./${files.settings}\`; \`--overwrite-settings\` (\`-w\`) lets it replace the file it read without asking. ` +
      'Without it, a run with no terminal (CI) creates the connector, then fails at the overwrite prompt and loses the ' +
      'new id. Every later deployment updates:',
    [NEEDS_TENANT, '```sh', `paconn update --settings ${files.settings}${secret}`, '```'],
    (oauth ? `paconn puts \`--secret\` into the \`${oauth.parameter}\` connection parameter, so the secret is never in a file. ` : '') +
      `In CI, where \`./${files.settings}\` is not committed, build with \`CONNECTOR_ID\` set to the connector's id ` +
      'before `paconn update`.',
    connector.apiProperties.properties.stackOwner === undefined
      ? `This build leaves \`stackOwner\` out of \`${files.apiProperties}\`, because \`paconn update\` refuses a file ` +
        'that has it; `npx insights-connector build --profile certification` writes the certification variant to its own folder.'
      : `This build's \`${files.apiProperties}\` carries \`stackOwner\` for certification, and \`paconn update\` refuses a ` +
        `file that has it: deploy the default build (\`${build}\`) with paconn.`,
    heading(3, 'With the Power Platform CLI'),
    [NEEDS_TENANT, '```sh',
      'pac auth create --environment <environment id>',
      `pac connector create --api-definition-file ${path(files.swagger)} --api-properties-file ${deployCopy} --icon-file ${path(files.icon)} --solution-unique-name <solution>`,
      `pac connector update --connector-id <connector id> --api-definition-file ${path(files.swagger)} --api-properties-file ${deployCopy} --icon-file ${path(files.icon)}`,
      '```'],
    (oauth
      ? `\`${deployCopy}\` is the copy with your client id (with the client id in the definition itself, use ` +
        `\`${path(files.apiProperties)}\`). \`pac connector\` needs Dataverse in the environment and takes no client ` +
        'secret: enter it on the **Security** tab of the connector in the maker portal after creating it. '
      : '`pac connector` needs Dataverse in the environment. ') +
      '`--solution-unique-name` adds the connector to a solution, so it moves between environments with it.',
    heading(3, 'With the maker portal'),
    '- With apiProperties: create the connector with paconn or `pac connector` as above, then open it in the maker ' +
      `portal to edit it. It keeps the sign-in settings${host ? `, the \`${host.name}\` connection parameter and the policy that routes calls to it` : ' and the policies'}.`,
    `- Without apiProperties: **Custom connectors** > **New custom connector** > **Import an OpenAPI file** reads only ` +
      `\`${path(files.swagger)}\`; upload \`${path(files.icon)}\` on the **General** tab. ` +
      (oauth?.settings.identityProvider === 'aad'
        ? 'On the **Security** tab choose OAuth 2.0 with Azure Active Directory and enter your client id, client secret and the resource URL ' +
          `\`${oauth.settings.customParameters?.resourceUri?.value ?? ''}\` yourself.`
        : 'Check the sign-in on the **Security** tab against the connection parameters of apiProperties.') +
      (host
        ? ` There is no \`${host.name}\` connection parameter and no ` +
          `\`dynamichosturl\` policy, so every call goes to the definition's placeholder host \`${connector.document.host}\`.`
        : ''),
    host && heading(3, 'Connecting to a backend'),
    host &&
      `A custom connector's \`host\` cannot be templated, so every call goes to the address in the \`${host.name}\` ` +
        `connection parameter (shown as **${host.displayName}** when creating a connection), applied by the \`dynamichosturl\` ` +
        `policy.${connector.documentation?.backend ? ` ${connector.documentation.backend}` : ''}`,
  );
}
