/**
 * generated/README.md, written from the assembled connector so it can never drift from it: the
 * certified-connector template (title, publisher, prerequisites, supported operations, credentials,
 * getting started, known issues, FAQ, deployment), then the full reference in the shape of the
 * connector's reference page. One file per section under sections/ and reference/.
 */
import type { AssembledConnector } from '../../../connector/kit/index.js';
import { API_PROPERTIES_FILE, ICON_FILE, SETTINGS_FILE, SWAGGER_FILE } from '../file-names.js';
import { finish } from './markdown.js';
import { deploymentSection } from './sections/deployment.js';
import type { OutputFiles } from './sections/deployment.js';
import { faqSection } from './sections/faq.js';
import { gettingStartedSection } from './sections/getting-started.js';
import { knownIssuesSection } from './sections/known-issues.js';
import { obtainingCredentialsSection } from './sections/obtaining-credentials.js';
import { prerequisitesSection } from './sections/prerequisites.js';
import { publisherSection } from './sections/publisher.js';
import { referenceSection } from './sections/reference.js';
import { supportedOperationsSection } from './sections/supported-operations.js';
import { titleSection } from './sections/title.js';

/** The build's default output folder: the README's commands name the files as `npm run build` writes them. */
export const OUTPUT_FOLDER = 'generated';

export function renderReadme(connector: AssembledConnector): string {
  const files: OutputFiles = {
    folder: OUTPUT_FOLDER,
    swagger: SWAGGER_FILE,
    apiProperties: API_PROPERTIES_FILE,
    settings: SETTINGS_FILE,
    icon: ICON_FILE,
  };
  const sections = [
    titleSection(connector),
    publisherSection(connector),
    prerequisitesSection(connector),
    supportedOperationsSection(connector),
    obtainingCredentialsSection(connector, `${files.folder}/${files.apiProperties}`),
    gettingStartedSection(connector),
    knownIssuesSection(connector),
    faqSection(connector),
    deploymentSection(connector, files),
    referenceSection(connector),
  ];
  return finish(sections.flatMap((lines, index) => (index === 0 ? lines : ['', ...lines])));
}
