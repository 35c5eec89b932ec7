import { defineRule, type Fix, type Report } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import type { MapNode } from '../document/types.js';
import { stringValue } from '../loader/special-values.js';
import { entryOf } from '../rule-kit/select.js';
import { inSearchSpace } from '../rule-kit/helpers.js';
import { torchSignature, type TorchSignature } from '../rule-kit/torch-signatures.js';
import { closestName } from '../schema/did-you-mean.js';
import { renameKey } from '../rule-kit/edits.js';

/** Who builds the class from the mapping, and how it fails on a keyword the class does not take. */
type Builder = 'hydra' | 'lightningcli' | 'hyperpyyaml';

const OBJECT_TAG = /^!(?:new|name):(.+)$/;

/**
 * Keys that programs keep beside `_target_` to say how to use the object and take out before they build it: a name
 * for it (autrainer passes "any additional arguments except `id` and `_target_`"), a stepping cadence
 * (`step_frequency`), and the keys of Lightning's scheduler dictionary (`interval`, `frequency`, `monitor`, `strict`,
 * `name`), which a `configure_optimizers` reads from the same block. No torch.optim class takes one of them.
 */
const PROGRAM_KEYS = new Set(['id', 'name', 'interval', 'frequency', 'monitor', 'strict', 'step_frequency']);

/**
 * A keyword argument that the torch.optim optimizer or scheduler a block builds does not take: Hydra's
 * `instantiate` passes every key but `_target_` and its other `_..._` keys to the class, HyperPyYAML every key under
 * `!new:`/`!name:`, and LightningCLI checks `init_args` against the class's signature, so `momentum` under
 * `_target_: torch.optim.AdamW` or StepLR's `gama` stops the run when the optimizer or scheduler is built. Only
 * torch's own classes are judged, named as PyTorch spells them (another spelling is torch-class-name's finding); a
 * name any PyTorch version from 1.13 to 2.9 accepts is known. A key holding a mapping (NeMo's `sched`) and the keys
 * programs keep beside the arguments (PROGRAM_KEYS) are the program's; `monitor` beside LightningCLI's ReduceLROnPlateau
 * is plateau-scheduler-needs-eval's finding.
 */
export default defineRule({
  id: 'torch-unknown-argument',
  severity: 'error',
  category: 'range',
  description: 'Report a keyword argument that the torch.optim optimizer or scheduler a block builds does not take',
  presets: ['recommended', 'strict'],
  hasSuggestions: true,
  references: [
    { title: 'torch.optim: optimizers and their parameters', url: 'https://pytorch.org/docs/stable/optim.html' },
    { title: 'Hydra: instantiating objects with `_target_`', url: 'https://hydra.cc/docs/advanced/instantiate_objects/overview/' },
    { title: 'LightningCLI: optimizers and schedulers given by class_path and init_args', url: 'https://lightning.ai/docs/pytorch/stable/cli/lightning_cli_intermediate_2.html' },
  ],
  check(ctx) {
    const blocks: { map: MapNode; signature: TorchSignature; builder: Builder }[] = [];
    for (const field of ctx.fields) {
      const tagged = field.value.kind === 'map' && field.value.tag ? OBJECT_TAG.exec(field.value.tag) : null;
      if (tagged && field.value.kind === 'map') {
        const signature = torchSignature(tagged[1]!, false);
        if (signature) blocks.push({ map: field.value, signature, builder: 'hyperpyyaml' });
        continue;
      }
      if (field.name !== '_target_' && field.name !== 'class_path') continue;
      const name = stringValue(field.value);
      if (name === undefined) continue;
      if (field.name === '_target_') {
        const signature = torchSignature(name, false);
        if (signature) blocks.push({ map: field.container, signature, builder: 'hydra' });
        continue;
      }
      const signature = torchSignature(name, true);
      const initArgs = entryOf(field.container, 'init_args')?.value;
      if (signature && initArgs?.kind === 'map') blocks.push({ map: initArgs, signature, builder: 'lightningcli' });
    }
    for (const { map, signature, builder } of blocks) {
      for (const field of ctx.fields) {
        if (field.container !== map || field.name.startsWith('_') || inSearchSpace(field)) continue;
        // A mapping beside the arguments is the program's own setting, taken out before the class is built: NeMo pops
        // `sched` from `optim: {_target_: torch.optim.AdamW, lr: 2e-4, sched: {...}}`. No torch.optim argument is one.
        if (field.value.kind === 'map') continue;
        if (signature.parameters.has(field.name)) continue;
        if (PROGRAM_KEYS.has(field.name)) continue;
        report(field, signature, builder, (r) => ctx.report(r));
      }
    }
  },
});

function report(field: Field, signature: TorchSignature, builder: Builder, emit: (r: Report) => void): void {
  const short = signature.qualifiedName.slice(signature.qualifiedName.lastIndexOf('.') + 1);
  const known = [...signature.parameters].filter((p) => p !== 'params' && p !== 'optimizer');
  const meant = closestName(field.name, known);
  const how =
    builder === 'hydra'
      ? `Hydra's \`instantiate\` passes every key of this block except \`_target_\` and its other \`_..._\` keys to \`${signature.qualifiedName}\` as a keyword argument`
      : builder === 'hyperpyyaml'
        ? `HyperPyYAML passes every key under the tag to \`${signature.qualifiedName}\` as a keyword argument`
        : `LightningCLI checks \`init_args\` against the signature of \`${signature.qualifiedName}\``;
  const fails =
    builder === 'lightningcli'
      ? 'so the command stops before training with an error that the key is not expected'
      : `so building the ${signature.kind} raises \`TypeError: __init__() got an unexpected keyword argument '${field.name}'\``;
  const suggestions: Fix[] = meant ? [{ description: `Rename to \`${meant}\``, edits: [renameKey(field.key, meant)] }] : [];
  emit({
    field,
    on: 'key',
    message: `\`${short}\` takes no argument \`${field.name}\`${meant ? ` (did you mean \`${meant}\`?)` : ''}.`,
    explanation:
      `${how}, and ${short} has no parameter \`${field.name}\`, ${fails}. ` +
      `Its parameters are ${known.map((p) => `\`${p}\``).join(', ')}. ` +
      (meant ? `Rename the key to \`${meant}\`, or remove it.` : 'Remove the key, or pass it to the code that needs it another way.'),
    ...(suggestions.length > 0 ? { suggestions } : {}),
  });
}

