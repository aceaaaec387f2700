/** The names of the files a build writes; the README generator quotes them, so both read them from here. */
export const SWAGGER_FILE = 'apiDefinition.swagger.json';
export const API_PROPERTIES_FILE = 'apiProperties.json';
export const SETTINGS_FILE = 'settings.json';
export const ICON_FILE = 'icon.png';
export const README_FILE = 'README.md';
export const TYPES_FILE = 'types.ts';
