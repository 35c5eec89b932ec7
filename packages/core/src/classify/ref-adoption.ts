/**
 * HyperPyYAML (SpeechBrain) keeps hyperparameters as top-level scalars and hands them to objects
 * with `!ref <name>`. What a value means is decided where it is used, so classification follows
 * the references both ways:
 *
 * - a use without a concept of its own takes the concept of what it references
 *   (`lr_annealing: {initial_value: !ref <lr>}` is a learning rate);
 * - a top-level scalar used only in places that agree on a concept of a different group takes that
 *   concept (LibriTTS `weight_decay: 0.9999` is only ever the `gamma` of `ExponentialLR`: an LR decay).
 *
 * References with arithmetic (`!ref <a> * <b>`) are left alone.
 */
import type { ConfigDocument } from '../document/types.js';
import type { Field } from './classify.js';
import { conceptById } from './concepts.js';
import { referencedKey } from '../model/references.js';

const SCALAR_SHAPES = new Set(['number', 'numeric-string', 'string', 'boolean']);

export function adoptReferences(doc: ConfigDocument, fields: Field[]): Field[] {
  if (!hasRefs(fields)) return fields;
  const out = [...fields];
  const index = new Map<Field, number>(out.map((f, i) => [f, i]));
  for (const d of doc.documents) {
    // Top-level scalars of this document, by key as written.
    const targets = new Map<string, Field>();
    for (const f of out) if (f.documentIndex === d.index && f.path.length === 1 && SCALAR_SHAPES.has(f.shape)) targets.set(f.name, f);
    const uses = new Map<Field, Field[]>();
    for (const f of out) {
      if (f.documentIndex !== d.index) continue;
      const key = referencedKey(f.value);
      const target = key !== undefined ? targets.get(key) : undefined;
      if (!target) continue;
      uses.set(target, [...(uses.get(target) ?? []), f]);
      if (f.concept === undefined && target.concept !== undefined && target.kind === 'hyperparameter') {
        out[index.get(f)!] = { ...f, kind: target.kind, concept: target.concept, evidence: [...f.evidence, `takes \`${target.name}\` (${target.concept}) through \`!ref\``] };
      }
    }
    for (const [target, referrers] of uses) {
      // Read the referrers as updated above: a use may just have taken its concept from this target.
      const concepts = new Set(referrers.map((r) => out[index.get(r)!].concept));
      const [only] = [...concepts];
      if (concepts.size !== 1 || only === undefined || only === target.concept || target.kind !== 'hyperparameter') continue;
      // Only a use of a different kind overrules the name (a weight decay used as a schedule's gamma);
      // `output_neurons` used as a layer's `n_neurons` is still the number of classes.
      if (target.concept !== undefined && conceptById(target.concept)?.group === conceptById(only)?.group) continue;
      const users = referrers.map((r) => `\`${r.path.join('.')}\``).join(', ');
      out[index.get(target)!] = { ...target, concept: only, evidence: [...target.evidence, `but it is only used as ${only} (${users}) through \`!ref\``] };
    }
  }
  return out;
}

function hasRefs(fields: readonly Field[]): boolean {
  return fields.some((f) => f.value.tag === '!ref');
}
