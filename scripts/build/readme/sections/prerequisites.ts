/** `## Prerequisites`: what a maker needs before deploying and using the connector. */
import type { AssembledConnector } from '../../../../connector/kit/index.js';
import { blocks, heading, link, slug } from '../markdown.js';
import { oauthSettings } from './obtaining-credentials.js';

export const PREREQUISITES_HEADING = 'Prerequisites';

export function prerequisitesSection(connector: AssembledConnector): string[] {
  const oauth = oauthSettings(connector);
  return blocks(heading(2, PREREQUISITES_HEADING), [
    '- A Dynamics 365 Customer Insights environment, and a user account that can read its instances. The connection signs in as that user.',
    '- A Power Automate, Power Apps or Logic Apps plan that includes custom connectors (a premium feature), and the right to create custom connectors in the target Power Platform environment.',
    `- A Microsoft Entra ID app registration with access to the Customer Insights API (resource \`${oauth.customParameters.resourceUri.value}\`); see ${link('Obtaining Credentials', slug('Obtaining Credentials'))}.`,
    '- To deploy from the command line: `paconn` (the Power Platform Connectors CLI, a Python package: `pip install paconn`) or the Power Platform CLI (`pac`).',
    '- To build from source: Node.js (the version in `package.json` `engines`) and `npm install`.',
  ]);
}
