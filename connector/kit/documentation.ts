/**
 * What a connector says about itself in its README beyond what the definition states: the
 * prerequisites of its service, a getting-started walk-through, known issues and answers. All of
 * it is Markdown, written by the connector; the build adds the sections it can derive (auth,
 * host, operations, definitions) from the definition alone, so every part here is optional.
 */

/** A paragraph, a `### ` sub-heading, or the lines of one block (a list, a code fence). */
export type MarkdownBlock = string | readonly string[];

export interface FaqEntry {
  question: string;
  answer: MarkdownBlock;
}

export interface ConnectorDocumentation {
  /** How the service names itself in sentences such as "access to the Contoso API" (default: "the API"). */
  apiName?: string;
  /** `## Prerequisites` items of the service itself (Markdown, without the leading `- `), before the generic ones. */
  prerequisites?: readonly string[];
  /** `## Getting Started`: left out when absent. */
  gettingStarted?: readonly MarkdownBlock[];
  /**
   * `## Known Issues and Limitations` items, Markdown, one list item each (without the leading
   * `- `; a nested list as indented `- ` lines), after the ones derived from the definition.
   */
  knownIssues?: readonly string[];
  /** `## Frequently Asked Questions` entries, before the ones derived from the definition. */
  faq?: readonly FaqEntry[];
  /** What follows the generic sentence of `### Connecting to a backend` (connectors with a dynamic host). */
  backend?: string;
  /** The command that builds this connector, as its README tells it (default: `npx insights-connector build`). */
  buildCommand?: string;
}
