import { asObject, pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  pickerWithoutTree: () => 'This file picker (capability: file-picker) has no x-ms-dynamic-tree beside it; add x-ms-dynamic-tree with its open and browse operations.',
  selectedItemOutsideBrowse: () => "selectedItemValuePath is allowed only in the 'browse' operation of x-ms-dynamic-tree; move it there or remove it.",
};

/**
 * A file picker (x-ms-dynamic-values with capability file-picker) is driven by x-ms-dynamic-tree,
 * and selectedItemValuePath belongs only to the tree's browse operation.
 */
const rule = defineRule({
  id: 'dynamic-tree',
  description: 'A file picker has x-ms-dynamic-tree, and selectedItemValuePath stands only in its browse operation.',
  docs: ruleDocs('dynamic-tree'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const node of ctx.nodes) {
      if (Array.isArray(node.value)) continue;
      const values = asObject(node.value['x-ms-dynamic-values']);
      if (values?.capability === 'file-picker' && node.value['x-ms-dynamic-tree'] === undefined) {
        out.push({ pointer: pointer(node.at, 'x-ms-dynamic-values'), message: messages.pickerWithoutTree() });
      }
      if ('selectedItemValuePath' in node.value) {
        // Anywhere in the browse operation, as certified connectors write it (browse/parameters/<name>).
        const tree = node.at.lastIndexOf('x-ms-dynamic-tree');
        const inBrowse = tree >= 0 && node.at[tree + 1] === 'browse';
        if (!inBrowse) out.push({ pointer: pointer(node.at, 'selectedItemValuePath'), message: messages.selectedItemOutsideBrowse() });
      }
    }
    return out;
  },
});
export default rule;
