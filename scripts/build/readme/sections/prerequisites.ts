/**
 * `## Prerequisites`: what a maker needs before deploying and using the connector. The service's
 * own prerequisites come from the connector's documentation; the plan, the credentials its
 * sign-in needs, and the tools follow from the definition.
 */
import type { AssembledConnector } from '../../../../connector/kit/index.js';
import { apiName, connectionAuth } from '../facts.js';
import { blocks, heading, link, slug } from '../markdown.js';

export const PREREQUISITES_HEADING = 'Prerequisites';

export function prerequisitesSection(connector: AssembledConnector): string[] {
  const service = connector.documentation?.prerequisites ?? [];
  const credentials = credentialsItem(connector);
  return blocks(heading(2, PREREQUISITES_HEADING), [
    ...service.map((item) => `- ${item}`),
    '- A Power Automate, Power Apps or Logic Apps plan that includes custom connectors (a premium feature), and the right to create custom connectors in the target Power Platform environment.',
    ...(credentials ? [`- ${credentials}`] : []),
    '- To deploy from the command line: `paconn` (the Power Platform Connectors CLI, a Python package: `pip install paconn`) or the Power Platform CLI (`pac`).',
    '- To build from source: Node.js (the version in `package.json` `engines`) and `npm install`.',
  ]);
}

function credentialsItem(connector: AssembledConnector): string | undefined {
  const auth = connectionAuth(connector);
  const see = link('Obtaining Credentials', slug('Obtaining Credentials'));
  switch (auth.kind) {
    case 'oauth':
      return auth.settings.identityProvider === 'aad'
        ? `A Microsoft Entra ID app registration with access to ${apiName(connector)} (resource \`${auth.settings.customParameters?.resourceUri?.value ?? ''}\`); see ${see}.`
        : `An OAuth 2.0 app registered with the identity provider \`${auth.settings.identityProvider}\`; see ${see}.`;
    case 'apiKey':
      return `An API key for ${apiName(connector)}; see ${see}.`;
    case 'basic':
      return `A user name and password for ${apiName(connector)}; see ${see}.`;
    case 'none':
      return undefined;
  }
}
