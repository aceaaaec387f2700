/**
 * The Logic Apps output of the build: `logic-apps/customApi.json`, `logic-apps/main.bicep` and
 * `logic-apps/README.md`, all from one model of the Power Platform files the build writes.
 */
import { renderArmTemplate } from './arm-template.js';
import { renderBicep } from './bicep.js';
import { type LogicAppsInput, logicAppsModel } from './model.js';
import { renderLogicAppsReadme } from './readme.js';

export const LOGIC_APPS_FOLDER = 'logic-apps';
export const ARM_TEMPLATE_FILE = 'customApi.json';
export const BICEP_FILE = 'main.bicep';
export const LOGIC_APPS_README_FILE = 'README.md';

export type { LogicAppsInput };

/**
 * The three files, keyed by their path inside the output folder. `outputFolder` is the folder as
 * commands run from the project root name it (`generated`), for the README's commands.
 */
export function logicAppsFiles(input: LogicAppsInput, outputFolder: string): Map<string, Buffer> {
  const model = logicAppsModel(input);
  const folder = outputFolder === '' ? LOGIC_APPS_FOLDER : `${outputFolder}/${LOGIC_APPS_FOLDER}`;
  const icon = outputFolder === '' ? input.files.icon : `${outputFolder}/${input.files.icon}`;
  return new Map([
    [`${LOGIC_APPS_FOLDER}/${ARM_TEMPLATE_FILE}`, Buffer.from(renderArmTemplate(model))],
    [`${LOGIC_APPS_FOLDER}/${BICEP_FILE}`, Buffer.from(renderBicep(model))],
    [
      `${LOGIC_APPS_FOLDER}/${LOGIC_APPS_README_FILE}`,
      Buffer.from(renderLogicAppsReadme(model, { folder, armTemplate: ARM_TEMPLATE_FILE, bicep: BICEP_FILE, icon })),
    ],
  ]);
}
