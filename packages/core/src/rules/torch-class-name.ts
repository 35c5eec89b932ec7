import { defineRule } from '../rule-kit/types.js';
import { fieldName } from '../rule-kit/helpers.js';
import { replaceScalar } from '../rule-kit/edits.js';
import { TORCH_LR_SCHEDULERS, TORCH_OPTIMIZERS } from '../frameworks-data/torch.js';

/**
 * `name: Adamw` where the project's scripts take the optimizer with `getattr(torch.optim, opt.name)` (ROADMAP):
 * Python's attribute names are case-sensitive, so the run stops with "module 'torch.optim' has no attribute
 * 'Adamw'". Only a name that differs from one of PyTorch's classes in case is reported: another name may be one the
 * scripts handle before they reach `getattr`.
 */
export default defineRule({
  id: 'torch-class-name',
  severity: 'error',
  category: 'range',
  description: "Require PyTorch's exact class name where the scripts take the optimizer or scheduler from torch.optim by name",
  presets: ['recommended', 'strict'],
  fixable: true,
  references: [
    { title: 'torch.optim: the optimizer classes', url: 'https://pytorch.org/docs/stable/optim.html#algorithms' },
    { title: 'torch.optim: how to adjust the learning rate (the scheduler classes)', url: 'https://pytorch.org/docs/stable/optim.html#how-to-adjust-learning-rate' },
  ],
  check(ctx) {
    const lookups = ctx.scripts?.torchClassLookups;
    if (!lookups || lookups.length === 0) return;
    for (const field of ctx.fields) {
      const node = field.value;
      if (node.kind !== 'scalar' || typeof node.value !== 'string') continue;
      const value = node.value;
      for (const lookup of lookups) {
        if (lookup.key !== field.name) continue;
        const classes = lookup.kind === 'optimizer' ? TORCH_OPTIMIZERS : TORCH_LR_SCHEDULERS;
        if (classes.includes(value)) break;
        const exact = classes.find((c) => c.toLowerCase() === value.toLowerCase());
        if (exact === undefined) continue;
        const module = lookup.kind === 'optimizer' ? 'torch.optim' : 'torch.optim.lr_scheduler';
        ctx.report({
          field,
          message: `\`${value}\` is no class of ${module}: PyTorch spells it \`${exact}\`.`,
          explanation:
            `${lookup.evidence} takes the ${lookup.kind === 'optimizer' ? 'optimizer' : 'learning-rate scheduler'} class from ${module} by the value of ${fieldName(field)}, and Python's attribute names are case-sensitive: ` +
            `the run stops when it builds the ${lookup.kind}, with "AttributeError: module '${module}' has no attribute '${value}'". Write \`${exact}\`.`,
          fix: { description: `Write ${exact}`, edits: [replaceScalar(node, exact)] },
        });
        break;
      }
    }
  },
});
